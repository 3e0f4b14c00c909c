package org.clausecheck.analyze.candidates;

import java.util.List;
import org.clausecheck.candidates.CandidateTrainer;

/**
 * The CUAD categories the candidate finder is trained on, and the playbook rules each one finds candidates for.
 * CUAD's categories are direction-free (an IP span may give the IP to either party); the rules decide direction.
 */
public final class CandidateCategories {

    /**
     * @param id     the category's id in the model
     * @param column its CUAD label column
     * @param rules  the default playbook's rules it finds candidates for
     * @param judged whether its candidates go before the rules ({@link CandidateJudge}): only where that measured
     *               better on the check half (post-termination services: CUAD signal F1 0.64 to 0.74, core-dev
     *               unchanged); IP assignment and audit rights gained nothing and added false presence
     */
    public record Category(String id, String column, List<String> rules, boolean judged) {
    }

    public static final List<Category> ALL = List.of(
            new Category("ip-ownership-assignment", "Ip Ownership Assignment", List.of("ip-ownership"), false),
            new Category("joint-ip-ownership", "Joint Ip Ownership", List.of("ip-ownership"), false),
            new Category("license-grant", "License Grant", List.of("ip-ownership"), false),
            new Category("post-termination-services", "Post-Termination Services",
                    List.of("knowledge-transfer", "exit-assistance"), true),
            new Category("audit-rights", "Audit Rights", List.of("environment-access"), false),
            new Category("source-code-escrow", "Source Code Escrow", List.of("environment-access"), false));

    private CandidateCategories() {
    }

    /**
     * The categories that find candidates for a rule; empty for a rule no category maps to. A rule named after a
     * category (CUAD's signal rules, cuad-signals.yaml) is found candidates by that category.
     */
    public static List<Category> forRule(String ruleId) {
        return ALL.stream().filter(c -> c.rules().contains(ruleId) || c.id().equals(ruleId)).toList();
    }

    public static List<String> columns() {
        return ALL.stream().map(Category::column).toList();
    }

    public static List<CandidateTrainer.Category> forTraining() {
        return ALL.stream().map(c -> new CandidateTrainer.Category(c.id(), c.column())).toList();
    }
}
