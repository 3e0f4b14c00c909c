package org.clausecheck.portfolio;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.clausecheck.analyze.ContractAnalyzer;

/**
 * Which build of clausecheck judged a file: a SHA-256 of the jar the analyzer runs from, so that findings kept in
 * an index are not reused after an upgrade changed the rules, the models or the key-term reader (the playbook's own
 * version does not change with them). The same sources build the same jar byte for byte, so a rebuild without a
 * change keeps the index. Run from class folders (a development tree, the tests), it is "classes".
 *
 * <p>The hash covers the jar's central directory (each entry's name, sizes and CRC-32), not all its bytes: any
 * changed class or resource changes its CRC-32, and the directory is 2.3 MB where hashing the whole 38 MB jar cost a
 * re-audit of 270 unchanged files about a sixth of its CPU time (iterating the 21,000 entries instead, in a cold
 * JVM, was still a fifth of a re-audit's samples).
 */
final class EngineFingerprint {

    /** "PK\5\6" read as a little-endian int. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD_BYTES = 22;
    private static final int MAX_COMMENT_BYTES = 0xFFFF;

    private EngineFingerprint() {
    }

    /** The fingerprint of the running build, read once. */
    static String current() {
        return Holder.VALUE;
    }

    /** The lazy holder idiom: read on first use, by one thread, then a constant. */
    private static final class Holder {
        static final String VALUE = read();
    }

    static String read() {
        CodeSource source = ContractAnalyzer.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** The fingerprint of code loaded from {@code location}: a jar's hash, "classes" for a folder. */
    static String of(Path location) {
        try {
            return Files.isRegularFile(location) ? sha256(location) : "classes";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (FileChannel jar = FileChannel.open(file)) {
            ByteBuffer directory = centralDirectory(jar);
            if (directory != null) {
                digest.update(directory);
            } else { // not a zip with a plain end record (a test's file, a ZIP64 jar): all of its bytes
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /**
     * The jar's central directory (APPNOTE 4.3.12: per entry its name, CRC-32 and sizes), found through the end of
     * central directory record in the last 64 KB; null when there is none or it points outside the file.
     */
    static ByteBuffer centralDirectory(FileChannel jar) throws IOException {
        long size = jar.size();
        int tail = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
        ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
        readFully(jar, end, size - tail);
        for (int at = tail - END_RECORD_BYTES; at >= 0; at--) {
            if (end.getInt(at) == END_SIGNATURE) {
                long length = Integer.toUnsignedLong(end.getInt(at + 12));
                long offset = Integer.toUnsignedLong(end.getInt(at + 16));
                if (offset + length > size - tail + at || length > Integer.MAX_VALUE) {
                    return null;
                }
                ByteBuffer directory = ByteBuffer.allocate((int) length);
                readFully(jar, directory, offset);
                return directory.flip();
            }
        }
        return null;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the jar ended early");
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
