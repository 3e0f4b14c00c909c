package org.clausecheck.eval.candidates;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.candidates.RelatedPassages;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.Evaluation;
import org.clausecheck.eval.LabelMapping;
import org.clausecheck.eval.Protection;

/**
 * How often the related passages of a wrongly MISSING verdict (labelled MET or WEAK, reported MISSING) include a
 * passage from a section the label names as deciding it (core-dev's *_sections column). A passage is from a
 * labelled section when its section number is that section or inside it ("5.2.1" in "5.2", "11(a)" in "11", and
 * the other way round, since a number inside a paragraph is not always read), or, for a label that names a heading
 * instead of a number, when its heading holds that name.
 */
public final class RelatedPassageEvaluation {

    /** One wrongly MISSING verdict: whether a related passage came from a labelled section. */
    public record Miss(String id, String ruleId, String sections, boolean found, List<String> shown) {
    }

    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^(?:section|sec\\.|article|art\\.|clause|§)?\\s*((?:\\d+(?:\\.\\d+)*|[ivxlc]+)(?:\\.?\\([a-z0-9]+\\))*)\\b",
            Pattern.CASE_INSENSITIVE);

    private RelatedPassageEvaluation() {
    }

    public static List<Miss> misses(Evaluation.Result result) {
        List<Miss> misses = new ArrayList<>();
        for (Evaluation.Outcome outcome : result.outcomes()) {
            for (Protection protection : result.protections()) {
                Status expected = LabelMapping.status(outcome.labels().get(protection.ruleId()));
                Finding finding = outcome.report().finding(protection.ruleId()).orElse(null);
                if (finding == null || !expected.isPresent() || finding.status() != Status.MISSING) {
                    continue;
                }
                String sections = outcome.sections().get(protection.ruleId());
                boolean found = finding.related().stream().anyMatch(p -> inLabelledSection(p, sections));
                misses.add(new Miss(outcome.id(), protection.ruleId(), sections, found, finding.related().stream()
                        .map(p -> p.sectionNumber() == null ? "(no section)" : p.sectionNumber()).toList()));
            }
        }
        return misses;
    }

    /** Whether the passage stands in one of the "; "-separated sections of a label. */
    static boolean inLabelledSection(RelatedPassage passage, String sections) {
        for (String entry : sections.split(";")) {
            String label = entry.strip();
            if (label.isEmpty()) {
                continue;
            }
            Matcher number = SECTION_NUMBER.matcher(label);
            if (number.find() && passage.sectionNumber() != null) {
                if (nested(normalise(passage.sectionNumber()), normalise(number.group(1)))) {
                    return true;
                }
            } else if (!number.lookingAt()) {
                String name = label.replaceAll("\\(.*", "").strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && passage.heading().toLowerCase(Locale.ROOT).contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "5.2.1" and "5.2", "11(a)" and "11", either way round; "5.2" and "5.20" are not. */
    static boolean nested(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (!longer.startsWith(shorter) || shorter.isEmpty()) {
            return false;
        }
        return longer.length() == shorter.length() || !Character.isDigit(longer.charAt(shorter.length()))
                && !Character.isLetter(longer.charAt(shorter.length()));
    }

    private static String normalise(String section) {
        String s = section.strip().toLowerCase(Locale.ROOT).replaceAll("^(section|sec\\.|article|art\\.|clause|§)\\s*", "");
        s = s.replaceAll("\\s+", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Per half, the wrongly MISSING verdicts and how many showed a passage of a labelled section; then each. */
    public static void print(Evaluation.Result result, PrintStream out) {
        List<Miss> misses = misses(result);
        out.printf(Locale.ROOT, "== related passages of wrongly MISSING verdicts (label MET or WEAK, reported MISSING):"
                + " is a passage of a labelled section among the %d shown? (ranking: %s)%n", RelatedPassages.LIMIT,
                RelatedPassages.RANKING.name().toLowerCase(Locale.ROOT));
        for (CorpusSplit half : List.of(CorpusSplit.WRITE, CorpusSplit.CHECK, CorpusSplit.ALL)) {
            List<Miss> inHalf = misses.stream().filter(m -> half.contains(m.id())).toList();
            long found = inHalf.stream().filter(Miss::found).count();
            out.printf(Locale.ROOT, "  %-6s %d/%d%s%n", half.label(), found, inHalf.size(),
                    inHalf.isEmpty() ? "" : String.format(Locale.ROOT, " = %.0f%%", 100.0 * found / inHalf.size()));
        }
        for (Miss miss : misses) {
            out.printf(Locale.ROOT, "  [%s] %s %s | %s: labelled sections %s, shown %s%n",
                    CorpusSplit.of(miss.id()).label(), miss.found() ? "FOUND " : "absent", miss.id(), miss.ruleId(),
                    miss.sections(), miss.shown());
        }
        out.println();
    }
}
