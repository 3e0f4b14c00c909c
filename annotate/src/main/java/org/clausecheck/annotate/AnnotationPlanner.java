package org.clausecheck.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;

/**
 * Decides which comments a reviewed document gets: one per finding with evidence, anchored on the quote that
 * best shows its status, and one per required protection that is MISSING, at its first related passage or else
 * at the title. The findings are the report's; nothing here judges.
 */
public final class AnnotationPlanner {

    public static final String AUTHOR = "clausecheck";
    public static final String INITIALS = "CC";

    private AnnotationPlanner() {
    }

    /** The comments for one document of a report, in document order (then rule id), so output is stable. */
    public static List<Annotation> plan(CheckReport report, DocumentReport document) {
        List<Annotation> annotations = new ArrayList<>();
        for (Finding finding : document.analysis().findings()) {
            Rule rule = report.rule(finding.ruleId());
            Optional<Evidence> anchor = anchorEvidence(finding);
            if (anchor.isPresent()) {
                Evidence evidence = anchor.get();
                annotations.add(new Annotation(finding.ruleId(), finding.status(), sentence(document, evidence.start(),
                        evidence.end(), evidence.quote()),
                        evidence.start(), comment(rule, finding, finding.evidence().size() - 1)));
            } else if (finding.status() == Status.MISSING && rule.severity() == Severity.REQUIRED) {
                Optional<RelatedPassage> related = finding.related().stream()
                        .min(Comparator.comparingInt(RelatedPassage::start));
                annotations.add(new Annotation(finding.ruleId(), finding.status(),
                        related.map(p -> sentence(document, p.start(), p.end(), p.quote())).orElse(""), related.map(RelatedPassage::start).orElse(0),
                        comment(rule, finding, 0)));
            }
        }
        annotations.sort(Comparator.comparingInt(Annotation::start).thenComparing(Annotation::ruleId));
        return annotations;
    }

    /**
     * The language to insert for a document of a report: one per required protection that is MISSING and has
     * language to request, in playbook order, placed where its comment stands. Issue 15 asks for insertions of
     * MISSING protections only: a WEAK or CONTRARY clause needs its own wording changed, which a comment asks for.
     */
    public static List<Suggestion> suggestions(CheckReport report, DocumentReport document) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Finding finding : document.analysis().findings()) {
            Rule rule = report.rule(finding.ruleId());
            if (finding.status() == Status.MISSING && rule.severity() == Severity.REQUIRED
                    && !finding.recommendation().isBlank()) {
                // where its comment stands: its evidence when it has some, else its first related passage
                int passage = anchorEvidence(finding).map(Evidence::start).orElseGet(() -> finding.related().stream()
                        .mapToInt(RelatedPassage::start).min().orElse(-1));
                suggestions.add(new Suggestion(finding.ruleId(), finding.recommendation().strip(), passage));
            }
        }
        return suggestions;
    }

    /** The whole sentence from the document's text: a report's quote may be shortened ("..."). */
    private static String sentence(DocumentReport document, int start, int end, String quote) {
        String text = document.text();
        return end <= text.length() ? text.substring(start, end) : quote;
    }

    /** The evidence whose kind matches the status (the contrary clause of a CONTRARY finding), else the first. */
    static Optional<Evidence> anchorEvidence(Finding finding) {
        EvidenceKind wanted = switch (finding.status()) {
            case MET -> EvidenceKind.SATISFYING;
            case WEAK -> EvidenceKind.WEAK;
            case CONTRARY -> EvidenceKind.CONTRARY;
            case MISSING -> null;
        };
        List<Evidence> ordered = finding.evidence().stream().sorted(Evidence.ORDER).toList();
        return ordered.stream().filter(e -> e.kind() == wanted).findFirst().or(() -> ordered.stream().findFirst());
    }

    /** "WEAK: Title. Reason. Request: language." with a count of the other quotes the finding rests on. */
    static String comment(Rule rule, Finding finding, int otherQuotes) {
        StringBuilder text = new StringBuilder();
        text.append(finding.status().name()).append(": ").append(rule.title().strip());
        if (!rule.title().strip().endsWith(".")) {
            text.append('.');
        }
        String reason = finding.reasons().isEmpty()
                ? (finding.status() == Status.MISSING ? "No clause in the contract provides this protection." : "")
                : finding.reasons().get(0).strip();
        if (!reason.isEmpty()) {
            text.append(' ').append(reason);
            if (!reason.endsWith(".")) {
                text.append('.');
            }
        }
        if (finding.status() == Status.MISSING && !finding.related().isEmpty()) {
            text.append(" Anchored at the most related passage, which no rule found to provide it.");
        }
        if (otherQuotes > 0) {
            text.append(" The finding rests on ").append(otherQuotes).append(" other quote")
                    .append(otherQuotes == 1 ? "" : "s").append(" as well (see the report).");
        }
        if (finding.status() != Status.MET && !finding.recommendation().isBlank()) {
            text.append(" Request: ").append(finding.recommendation().strip());
        }
        return text.toString();
    }
}
