package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.extract.ExtractionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineFingerprintTest {

    @Test
    void aJarIsKnownByItsContentAFolderAsClasses(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("clausecheck.jar");
        writeJar(jar, "rules one", 1_000_000L);
        String first = EngineFingerprint.of(jar);
        assertTrue(first.matches("[0-9a-f]{16}"), first);
        assertEquals(first, EngineFingerprint.of(jar), "the same build, the same fingerprint");
        writeJar(jar, "rules ONE", 1_000_000L);
        assertNotEquals(first, EngineFingerprint.of(jar), "a class of the same size, changed");
        writeJar(jar, "rules two", 1_000_000L);
        assertNotEquals(first, EngineFingerprint.of(jar), "another build, another fingerprint");
        assertEquals("classes", EngineFingerprint.of(folder));
    }

    @Test
    void onlyTheCentralDirectoryIsRead(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("clausecheck.jar");
        writeJar(jar, "x".repeat(100_000), 1_000_000L);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(jar)) {
            java.nio.ByteBuffer directory = EngineFingerprint.centralDirectory(channel)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x02014b50, directory.getInt(0), "a central directory file header (PK 1 2)");
            assertTrue(directory.remaining() < 200, "one entry's header and name: " + directory.remaining());
        }
    }

    @Test
    void aFileThatIsNotAJarIsKnownByItsBytes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("clausecheck.jar");
        Files.writeString(file, "build one");
        String first = EngineFingerprint.of(file);
        assertTrue(first.matches("[0-9a-f]{16}"), first);
        Files.writeString(file, "build two");
        assertNotEquals(first, EngineFingerprint.of(file));
    }

    /** A jar of one class file with this content, its entry dated {@code time}. */
    private static void writeJar(Path jar, String content, long time) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            ZipEntry entry = new ZipEntry("org/clausecheck/analyze/Rules.class");
            entry.setTime(time);
            out.putNextEntry(entry);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void theAnalysisKeyNamesTheBuild() {
        AuditSettings settings = new AuditSettings(1, Duration.ofSeconds(60), ExtractionOptions.defaults(),
                AnalysisOptions.defaults());
        assertTrue(settings.analysisKey().startsWith("engine=" + EngineFingerprint.current() + " "),
                settings.analysisKey());
    }
}
