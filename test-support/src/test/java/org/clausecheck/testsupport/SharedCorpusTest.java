package org.clausecheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing corpus skips a test locally and fails it where the corpus is required (CI). */
class SharedCorpusTest {

    @TempDir
    Path empty;
    private String corpus;
    private String required;

    @BeforeEach
    void pointAtAnEmptyFolder() {
        corpus = System.getProperty("clausecheck.corpus");
        required = System.getProperty("clausecheck.requireCorpus");
        System.setProperty("clausecheck.corpus", empty.toString());
    }

    @AfterEach
    void restore() {
        restore("clausecheck.corpus", corpus);
        restore("clausecheck.requireCorpus", required);
    }

    @Test
    void skipsWhenTheCorpusIsAbsentAndNotRequired() {
        System.setProperty("clausecheck.requireCorpus", "false");
        RuntimeException skipped = assertThrows(RuntimeException.class, () -> SharedCorpus.require("cuad"));
        assertEquals("TestAbortedException", skipped.getClass().getSimpleName()); // what JUnit reports as skipped
    }

    @Test
    void failsWhenTheCorpusIsAbsentAndRequired() {
        System.setProperty("clausecheck.requireCorpus", "true");
        assertThrows(AssertionError.class, () -> SharedCorpus.require("cuad"));
    }

    @Test
    void filesListsAFolderOfTheCorpusSortedAndFailsWhenItHoldsNone() throws IOException {
        Files.createDirectories(empty.resolve("standard"));
        Files.writeString(empty.resolve("standard/b.txt"), "b");
        Files.writeString(empty.resolve("standard/a.txt"), "a");
        Files.writeString(empty.resolve("standard/c.docx"), "c");
        assertEquals(List.of(empty.resolve("standard/a.txt"), empty.resolve("standard/b.txt")),
                SharedCorpus.files("standard", ".txt"));
        assertThrows(AssertionError.class, () -> SharedCorpus.files("standard", ".pdf"));
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
