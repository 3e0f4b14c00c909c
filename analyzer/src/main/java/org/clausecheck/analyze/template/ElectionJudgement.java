package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;

/**
 * Joins the finding on the agreed text with the finding on the text with its open options put back. Evidence that
 * only the open options give is no agreed term: it is kept as WEAK evidence, with the option quoted, and a protection
 * that rests on it is WEAK: it "depends on an election not made". An open option that would give the opposite takes
 * a MET down to WEAK; one that would give the protection lifts a CONTRARY to WEAK; an option that would only take
 * away what nothing gives leaves a MISSING protection MISSING, with the reason.
 */
final class ElectionJudgement {

    static final String OPEN_ELECTION = "depends on an election not made";
    private static final int OPTION_QUOTE = 160;

    private ElectionJudgement() {
    }

    static Finding combine(Finding agreed, Finding withOpenOptions, TemplateMarks marks, String text) {
        Set<String> known = new LinkedHashSet<>();
        for (Evidence evidence : agreed.evidence()) {
            known.add(key(evidence));
        }
        List<Evidence> elected = new ArrayList<>();
        Set<String> grantReasons = new LinkedHashSet<>();
        Set<String> oppositeReasons = new LinkedHashSet<>();
        for (Evidence evidence : withOpenOptions.evidence()) {
            List<TemplateMark> options = marks.openOptionsIn(evidence.start(), evidence.end());
            if (known.contains(key(evidence)) || options.isEmpty()) {
                continue;
            }
            String option = "\u201C" + options.get(0).quote(text, OPTION_QUOTE) + "\u201D";
            boolean opposite = evidence.kind() == EvidenceKind.CONTRARY;
            String note = OPEN_ELECTION + (opposite ? ", which would give the opposite: " : ": ") + option;
            (opposite ? oppositeReasons : grantReasons).add(note);
            elected.add(new Evidence(EvidenceKind.WEAK, evidence.patternId(), evidence.quote(), evidence.page(),
                    evidence.sectionNumber(), evidence.heading(), evidence.start(), evidence.end(), note));
        }
        if (elected.isEmpty()) {
            return agreed;
        }
        Status status = switch (agreed.status()) {
            case MET -> oppositeReasons.isEmpty() ? Status.MET : Status.WEAK;
            case CONTRARY -> grantReasons.isEmpty() ? Status.CONTRARY : Status.WEAK;
            case WEAK -> Status.WEAK;
            case MISSING -> grantReasons.isEmpty() ? Status.MISSING : Status.WEAK;
        };
        if (status == Status.MET || status == Status.MISSING) {
            List<String> reasons = new ArrayList<>(agreed.reasons());
            reasons.addAll(status == Status.MET ? grantReasons : oppositeReasons);
            return new Finding(agreed.ruleId(), status, agreed.confidence(), reasons, agreed.evidence(),
                    agreed.recommendation());
        }
        List<String> reasons = new ArrayList<>();
        if (agreed.status() != Status.WEAK) {
            reasons.add("WEAK: the protection " + OPEN_ELECTION + " (" + (agreed.status() == Status.MET
                    ? "an open option would take it back" : agreed.status() == Status.CONTRARY
                    ? "the agreed terms give the opposite and an open option would give it" : "only an open option gives it")
                    + ")");
        }
        reasons.addAll(grantReasons);
        reasons.addAll(oppositeReasons);
        reasons.addAll(agreed.reasons());
        List<Evidence> evidence = new ArrayList<>(agreed.evidence());
        evidence.addAll(elected);
        evidence.sort(Evidence.ORDER);
        double confidence = status == agreed.status() ? agreed.confidence()
                : Math.min(agreed.confidence(), withOpenOptions.confidence());
        String recommendation = agreed.recommendation().isBlank() ? withOpenOptions.recommendation()
                : agreed.recommendation();
        return new Finding(agreed.ruleId(), status, confidence, reasons, evidence, recommendation);
    }

    private static String key(Evidence evidence) {
        return evidence.start() + "/" + evidence.kind();
    }
}
