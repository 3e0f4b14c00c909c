package org.clausecheck.extract.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.FileUnreadableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A named pipe given as a contract is refused at once: reading it would wait for a writer forever. */
class NamedPipeTest {

    @Test
    void aNamedPipeIsRefusedWithoutReadingIt(@TempDir Path folder) throws Exception {
        Path pipe = folder.resolve("contract.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        FileUnreadableException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FileUnreadableException.class, () -> new Extractor().extract(pipe)));
        assertEquals(pipe + ": not a regular file (a named pipe, socket or device)", refused.getMessage());
    }
}
