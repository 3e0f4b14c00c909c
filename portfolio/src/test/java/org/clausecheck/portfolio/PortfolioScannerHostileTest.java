package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No file under an audited folder disappears silently: it is a candidate row or a counted skip. */
class PortfolioScannerHostileTest {

    @TempDir
    Path temp;

    @Test
    void binaryContentNamedAsADocumentIsACandidateSoItsReasonIsShown() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("portfolio"));
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        Files.write(folder.resolve("garbage.txt"), garbage);
        Files.write(folder.resolve("photo.pdf"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});

        ScanResult scan = new PortfolioScanner().scan(List.of(folder));

        assertEquals(List.of(folder.resolve("garbage.txt").toString(), folder.resolve("photo.pdf").toString()),
                scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(Map.of("not a contract format", 1), scan.skipped());
    }

    @Test
    void symbolicLinksAreCountedNotFollowed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("portfolio/loop"));
        Files.createSymbolicLink(folder.resolve("parent"), Path.of(".."));
        Files.copy(Portfolios.SAMPLES.resolve("northwind-ai-development-agreement.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("link.txt"), folder.resolve("a.txt"));

        ScanResult scan = new PortfolioScanner().scan(List.of(temp.resolve("portfolio")));

        assertEquals(List.of(folder.resolve("a.txt").toString()),
                scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(Map.of(PortfolioScanner.SYMBOLIC_LINK, 2), scan.skipped());
    }

    @Test
    void aFolderNamedThroughALinkIsWalkedUnderTheNameGiven() throws IOException {
        Path real = Files.createDirectories(temp.resolve("real/sub"));
        Files.copy(Portfolios.SAMPLES.resolve("northwind-ai-development-agreement.txt"), real.resolve("a.txt"));
        Path link = Files.createSymbolicLink(temp.resolve("contracts"), temp.resolve("real"));

        ScanResult scan = new PortfolioScanner().scan(List.of(link));

        assertEquals(List.of(link.resolve("sub/a.txt").toString()),
                scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(Map.of(), scan.skipped());
    }
}
