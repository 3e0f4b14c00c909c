package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names with Latin-1 bytes under a UTF-8 locale: Java cannot write such a name from a string, so a
 * shell makes them. Both decode to "contrat-\uFFFDt\uFFFD.txt"; each must stay its own file.
 */
class NonUtf8NamesTest {

    @TempDir
    Path temp;

    @Test
    void twoNamesThatDecodeAlikeAreTwoFiles() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(temp.resolve("portfolio"));
        String script = "cd \"$1\" && printf 'one' > \"$(printf 'contrat-\\351t\\351.txt')\""
                + " && printf 'two' > \"$(printf 'contrat-\\350t\\350.txt')\"";
        Process shell = new ProcessBuilder("sh", "-c", script, "sh", folder.toString()).inheritIO().start();
        assertEquals(0, shell.waitFor());

        ScanResult scan = new PortfolioScanner().scan(List.of(folder));

        assertEquals(List.of(folder + "/contrat-%E8t%E8.txt", folder + "/contrat-%E9t%E9.txt"),
                scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(2, scan.files().stream().map(PortfolioFile::key).distinct().count());
        assertEquals("two", Files.readString(scan.files().get(0).path()));
    }
}
