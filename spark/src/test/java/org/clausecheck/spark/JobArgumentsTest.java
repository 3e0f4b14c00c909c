package org.clausecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.clausecheck.extract.OcrMode;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void readsEveryOption() {
        assertEquals(new JobArguments("s3a://bucket/contracts", "out", Optional.of("mine.yaml"),
                        Optional.of("out/contracts"), true, false, OcrMode.NEVER),
                JobArguments.parse("--input", "s3a://bucket/contracts", "--output", "out", "--playbook", "mine.yaml",
                        "--since", "out/contracts", "--matrix", "--no-inventory", "--ocr", "never"));
        assertEquals(new JobArguments("in", "out", Optional.empty(), Optional.empty(), false, true, OcrMode.AUTO),
                JobArguments.parse("--output", "out", "--input", "in"));
    }

    @Test
    void aMistakeIsOneLineWithTheUsage() {
        assertEquals("--output is required; " + JobArguments.USAGE,
                assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--input", "in")).getMessage());
        assertEquals("--since needs a value; " + JobArguments.USAGE, assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse("--input", "in", "--output", "out", "--since", "--matrix")).getMessage());
        assertEquals("unknown argument '-j'; " + JobArguments.USAGE, assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse("--input", "in", "--output", "out", "-j", "2")).getMessage());
        assertEquals("--ocr takes auto, always or never, not 'sometimes'; " + JobArguments.USAGE,
                assertThrows(IllegalArgumentException.class,
                        () -> JobArguments.parse("--input", "in", "--output", "out", "--ocr", "sometimes")).getMessage());
    }
}
