package org.clausecheck.analyze.portfolio;

import java.util.List;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;

/**
 * What the index already holds for one file: enough to decide whether to analyse it again and, when
 * not, to make its matrix row without reading anything else.
 *
 * @param sha256      content hash when it was indexed
 * @param analysisKey playbook and options it was analysed with
 * @param format      format name, "" for an error entry
 * @param pages       page count
 * @param risk        risk, null for an error entry
 * @param statuses    statuses in playbook order, empty for an error entry
 * @param error       the stored failure reason, or null
 */
record KnownEntry(String sha256, String analysisKey, String format, int pages, RiskLevel risk,
                  List<Status> statuses, String error) {

    boolean matches(String currentSha256, String currentAnalysisKey) {
        return sha256.equals(currentSha256) && analysisKey.equals(currentAnalysisKey);
    }

    AuditRow toRow(PortfolioFile file) {
        if (error != null) {
            return AuditRow.failed(file, sha256, error, true);
        }
        return new AuditRow(file.display(), file.key(), sha256, format, pages, risk, statuses, null, true);
    }
}
