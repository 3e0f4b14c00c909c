package org.clausecheck.portfolio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.PortfolioIndex;
import org.clausecheck.portfolio.PortfolioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the workbook leaves nothing in the temporary folder, not even POI's empty "poifiles" folder. */
class XlsxTemporaryFilesTest {

    @TempDir
    Path temp;

    @Test
    void theWorkbookLeavesNoTemporaryFileOrFolder() throws IOException {
        // A temporary folder of this test's own: other builds on the machine share the default one. POI reads
        // the property when it makes its folder; the JDK caches it, so clausecheck's own folder is looked for
        // in the shared one by its name.
        Path own = Files.createDirectories(temp.resolve("tmp"));
        String shared = System.getProperty("java.io.tmpdir");
        Set<String> before = clausecheckFolders(shared);
        Path xlsx = temp.resolve("audit.xlsx");
        System.setProperty("java.io.tmpdir", own.toString());
        try (PortfolioIndex empty = PortfolioIndex.open(temp.resolve("index"))) {
            empty.commit();
            Playbook playbook = PlaybookLoader.loadDefault();
            List<Status> statuses = playbook.rules().stream().map(rule -> Status.MET).toList();
            AuditResult rows = new AuditResult(List.of(
                    new AuditRow("a.txt", "/k/a.txt", "ab", "TXT", 0, RiskLevel.LOW, statuses, null, false)),
                    Map.of(), 1, 0, 0, Duration.ZERO);
            try (PortfolioReader index = PortfolioReader.open(temp.resolve("index"))) {
                AuditFormat.XLSX.write(new AuditOutput(playbook, rows, index), xlsx);
            }
        } finally {
            System.setProperty("java.io.tmpdir", shared);
        }

        assertTrue(Files.size(xlsx) > 1000);
        try (Stream<Path> left = Files.list(own)) {
            assertEquals(List.of(), left.toList(), "POI left its folder or files");
        }
        assertEquals(before, clausecheckFolders(shared));
    }

    private static Set<String> clausecheckFolders(String folder) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(folder))) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("clausecheck-xlsx-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
