package org.clausecheck.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time. A re-audit takes a file whose stamp is the one recorded when it
 * was last read and hashed as unchanged, without reading it again, as git and rsync do; {@code --rehash}
 * hashes every file instead.
 *
 * @param size          bytes
 * @param modifiedNanos last modification, nanoseconds since the epoch
 */
record FileStamp(long size, long modifiedNanos) {

    /**
     * A file changed this shortly before it was read may change again within the same tick of a coarse
     * file-system clock, keeping its stamp: such a stamp is not recorded, and the file is hashed next time.
     */
    static final Duration SETTLING_TIME = Duration.ofSeconds(2);

    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /**
     * This stamp, taken before the file was read at {@code readAt}, when it may stand for what was read:
     * the read saw as many bytes and the file had not changed for a while; otherwise null.
     */
    FileStamp ifSettled(long bytesRead, Instant readAt) {
        long settledNanos = TimeUnit.SECONDS.toNanos(readAt.getEpochSecond()) + readAt.getNano()
                - SETTLING_TIME.toNanos();
        return bytesRead == size && modifiedNanos < settledNanos ? this : null;
    }
}
