package org.clausecheck.portfolio;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.clausecheck.analyze.ContractAnalyzer;

/**
 * Which build of clausecheck judged a file: a SHA-256 of the jar the analyzer runs from, so that findings kept in
 * an index are not reused after an upgrade changed the rules, the models or the key-term reader (the playbook's own
 * version does not change with them). The same sources build the same jar byte for byte, so a rebuild without a
 * change keeps the index. Run from class folders (a development tree, the tests), it is "classes".
 *
 * <p>The hash covers the jar's table of contents (each entry's name, size and CRC-32), not its bytes: any changed
 * class or resource changes its CRC and size, and the JVM has already read that table to load classes, where
 * hashing the whole 38 MB jar cost a re-audit of 270 unchanged files a third of its time.
 */
final class EngineFingerprint {

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
        try (ZipFile jar = new ZipFile(file.toFile())) {
            ByteBuffer sizeAndCrc = ByteBuffer.allocate(2 * Long.BYTES);
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(sizeAndCrc.clear().putLong(entry.getSize()).putLong(entry.getCrc()).array());
            }
        } catch (ZipException e) {
            digest.reset(); // not a jar (a test's file): its bytes, then
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
