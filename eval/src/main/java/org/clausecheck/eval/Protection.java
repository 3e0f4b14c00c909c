package org.clausecheck.eval;

/** A labelled protection: its rule id and its columns in the labels CSV. */
public record Protection(String ruleId, String labelColumn, String sectionsColumn) {

    /** The four core protections of core-dev.csv. */
    public static final java.util.List<Protection> CORE = java.util.List.of(
            new Protection("ip-ownership", "ip_ownership", "ip_sections"),
            new Protection("documentation", "documentation", "doc_sections"),
            new Protection("environment-access", "environment_access", "env_sections"),
            new Protection("knowledge-transfer", "knowledge_transfer", "kt_sections"));
}
