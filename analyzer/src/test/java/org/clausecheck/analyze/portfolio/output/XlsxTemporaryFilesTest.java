package org.clausecheck.analyze.portfolio.output;

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
import org.clausecheck.analyze.portfolio.AuditResult;
import org.clausecheck.analyze.portfolio.AuditRow;
import org.clausecheck.analyze.portfolio.PortfolioIndex;
import org.clausecheck.analyze.portfolio.PortfolioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the workbook leaves nothing in the temporary folder, not even POI's empty "poifiles" folder. */
class XlsxTemporaryFilesTest {

    @TempDir
    Path temp;

    @Test
    void theWorkbookLeavesNoTemporaryFileOrFolder() throws IOException {
        Path poifiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        boolean poifilesBefore = Files.exists(poifiles);
        Set<String> before = temporary();
        Path xlsx = temp.resolve("audit.xlsx");

        try (PortfolioIndex empty = PortfolioIndex.open(temp.resolve("index"))) {
            empty.commit();
        }
        Playbook playbook = PlaybookLoader.loadDefault();
        List<Status> statuses = playbook.rules().stream().map(rule -> Status.MET).toList();
        AuditResult rows = new AuditResult(List.of(
                new AuditRow("a.txt", "/k/a.txt", "ab", "TXT", 0, RiskLevel.LOW, statuses, null, false)),
                Map.of(), 1, 0, 0, Duration.ZERO);
        try (PortfolioReader index = PortfolioReader.open(temp.resolve("index"))) {
            AuditFormat.XLSX.write(new AuditOutput(playbook, rows, index), xlsx);
        }

        assertTrue(Files.size(xlsx) > 1000);
        assertEquals(before, temporary());
        assertEquals(poifilesBefore, Files.exists(poifiles), "POI made its folder in the temporary folder");
    }

    private static Set<String> temporary() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("clausecheck") || name.startsWith("poi"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
