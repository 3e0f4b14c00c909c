package org.clausecheck.portfolio;

import java.util.Map;

/**
 * One contract's details read back from the index, for the outputs that show evidence. Read one at a
 * time, so that an output of a thousand contracts never holds more than one.
 *
 * @param json            the document object of {@code check --format json}, on one line
 * @param parties         the parties with their roles, for display
 * @param playbookVersion the playbook version it was analysed with
 * @param findings        findings by rule id
 */
public record StoredDocument(String json, String parties, String playbookVersion, Map<String, StoredFinding> findings) {

    public StoredDocument {
        findings = Map.copyOf(findings);
    }
}
