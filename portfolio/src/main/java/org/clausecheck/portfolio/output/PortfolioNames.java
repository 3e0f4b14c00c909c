package org.clausecheck.portfolio.output;

import java.util.Comparator;
import java.util.List;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.portfolio.AuditRow;

/**
 * How the HTML audit names and orders contracts: each path relative to the folder all of them sit in (the audited
 * folder, as the user named it), and the riskiest first, then by that name, with the files that could not be
 * audited last.
 *
 * @param folder the common folder as the user named it, with its trailing slash, or "" when there is none
 */
record PortfolioNames(String folder) {

    /** The deepest folder, as displayed, that holds every row's file. */
    static PortfolioNames of(List<AuditRow> rows) {
        String common = null;
        for (AuditRow row : rows) {
            String folder = folderOf(row.file());
            common = common == null ? folder : commonFolder(common, folder);
        }
        return new PortfolioNames(common == null ? "" : common);
    }

    /** The name shown for a row: its path below the common folder. */
    String relative(AuditRow row) {
        return row.file().substring(folder.length());
    }

    /** HIGH, MEDIUM, LOW, then failures; by relative name within each. */
    List<AuditRow> sorted(List<AuditRow> rows) {
        Comparator<AuditRow> byRisk = Comparator.comparingInt(PortfolioNames::riskRank);
        return rows.stream().sorted(byRisk.thenComparing(this::relative)).toList();
    }

    private static int riskRank(AuditRow row) {
        if (row.failed()) {
            return 3;
        }
        return row.risk() == RiskLevel.HIGH ? 0 : row.risk() == RiskLevel.MEDIUM ? 1 : 2;
    }

    private static String folderOf(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** The longest prefix of both that ends at a separator. */
    private static String commonFolder(String a, String b) {
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/' || a.charAt(i) == '\\') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }
}
