package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.extract.ExtractionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineFingerprintTest {

    @Test
    void aJarIsKnownByItsContentAFolderAsClasses(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("clausecheck.jar");
        Files.writeString(jar, "build one");
        String first = EngineFingerprint.of(jar);
        assertTrue(first.matches("[0-9a-f]{16}"), first);
        assertEquals(first, EngineFingerprint.of(jar), "the same build, the same fingerprint");
        Files.writeString(jar, "build two");
        assertNotEquals(first, EngineFingerprint.of(jar), "another build, another fingerprint");
        assertEquals("classes", EngineFingerprint.of(folder));
    }

    @Test
    void theAnalysisKeyNamesTheBuild() {
        AuditSettings settings = new AuditSettings(1, Duration.ofSeconds(60), ExtractionOptions.defaults(),
                AnalysisOptions.defaults());
        assertTrue(settings.analysisKey().startsWith("engine=" + EngineFingerprint.current() + " "),
                settings.analysisKey());
    }
}
