package org.clausecheck.eval.candidates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.analyze.candidates.CandidateCategories;
import org.clausecheck.analyze.candidates.DocumentCandidates;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.Failures;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/**
 * Span recall: for every expert span CUAD marks in a category that maps to a playbook rule, whether the rule found
 * evidence of any kind (satisfying, weak or contrary) in a sentence overlapping the span, and whether the candidate
 * finder scores such a sentence at or above the category's threshold. The spans are located in the text extracted
 * from the PDF ({@link SpanLocator}); those that cannot be located are counted and left out of the recall. Both
 * halves of the fixed split are reported: the finder was trained on the write half only.
 */
public final class SpanRecallEvaluation {

    /** One expert span: where it is, whether the rules and the finder reached it. */
    public record SpanOutcome(String id, String category, SpanLocator.Match match, boolean ruleEvidence,
                              boolean candidate) {
    }

    /**
     * Per contract and category, the sentences the finder flags (at or above the threshold) and how many of them
     * overlap an expert span of the category: the price of the finder's recall.
     */
    public record FinderFlags(String id, String category, int flagged, int inSpans) {
    }

    /** Every span's outcome, the finder's flags in every contract, and the contracts that could not be read. */
    public record Result(List<SpanOutcome> spans, List<FinderFlags> flags, List<String> errors, int contracts) {

        /** Per category: {sentences flagged, of them in a span of the category, contracts} in one half. */
        public Map<String, int[]> flagCounts(CorpusSplit split) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            CandidateCategories.ALL.forEach(c -> counts.put(c.id(), new int[3]));
            for (FinderFlags flag : flags) {
                if (split.contains(flag.id())) {
                    int[] c = counts.get(flag.category());
                    c[0] += flag.flagged();
                    c[1] += flag.inSpans();
                    c[2]++;
                }
            }
            return counts;
        }

        /** Per category: {spans, located, with rule evidence, with a candidate, either} in one half. */
        public Map<String, int[]> counts(CorpusSplit split) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            CandidateCategories.ALL.forEach(c -> counts.put(c.id(), new int[5]));
            for (SpanOutcome span : spans) {
                if (!split.contains(span.id())) {
                    continue;
                }
                int[] c = counts.get(span.category());
                c[0]++;
                if (span.match() != SpanLocator.Match.NOT_FOUND) {
                    c[1]++;
                    c[2] += span.ruleEvidence() ? 1 : 0;
                    c[3] += span.candidate() ? 1 : 0;
                    c[4] += span.ruleEvidence() || span.candidate() ? 1 : 0;
                }
            }
            return counts;
        }
    }

    private final Playbook playbook;

    public SpanRecallEvaluation(Playbook playbook) {
        this.playbook = playbook;
    }

    public SpanRecallEvaluation() {
        this(PlaybookLoader.loadDefault());
    }

    /** Reads the contracts as {@link CorpusExtraction#OPTIONS} does: text layers only. */
    public Result run(Path labels, Path corpus) throws IOException {
        return run(labels, corpus, CorpusExtraction.OPTIONS);
    }

    /** Reads the contracts with the given options ({@code eval --ocr}). */
    public Result run(Path labels, Path corpus, ExtractionOptions extraction) throws IOException {
        PatternCompiler compiler = new PatternCompiler(playbook.groups());
        Map<String, RuleEvaluator> evaluators = new LinkedHashMap<>();
        for (Rule rule : playbook.rules()) {
            if (CandidateCategories.ALL.stream().anyMatch(c -> c.rules().contains(rule.id()))) {
                evaluators.put(rule.id(), new RuleEvaluator(rule, playbook, compiler));
            }
        }
        Extractor extractor = new Extractor();
        List<SpanOutcome> outcomes = new ArrayList<>();
        List<FinderFlags> flags = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int contracts = 0;
        for (CuadSpans contract : CuadSpans.read(labels, CandidateCategories.columns())) {
            Optional<Path> file = CorpusSource.PDF.locate(corpus, contract.id());
            if (file.isEmpty()) {
                errors.add(contract.id() + ": no file");
                continue;
            }
            CorpusDocument document;
            try {
                document = CorpusDocument.read(extractor, contract.id(), file.get(), extraction);
            } catch (ExtractionException e) {
                errors.add(contract.id() + ": " + Failures.reason(e));
                continue;
            }
            contracts++;
            Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
            evaluators.forEach((ruleId, evaluator) -> {
                Finding finding = evaluator.evaluate(document.index(), document.structure(), document.parties());
                evidence.put(ruleId, finding.evidence());
            });
            DocumentCandidates candidates = DocumentCandidates.of(document.index(), document.structure());
            SpanLocator locator = new SpanLocator(document.text());
            for (CandidateCategories.Category category : CandidateCategories.ALL) {
                int slot = candidates.model().indexOf(category.id());
                double threshold = candidates.model().categories().get(slot).threshold();
                BitSet inSpans = new BitSet();
                for (String text : contract.of(category.column())) {
                    LocatedSpan span = new LocatedSpan(category.column(), locator.locate(text));
                    boolean ruleEvidence = false;
                    boolean candidate = false;
                    for (Sentence sentence : span.sentences(document.structure())) {
                        inSpans.set(sentence.index());
                        double[] scores = candidates.scores(sentence.index());
                        candidate |= !candidates.isHeadingOnly(sentence) && scores[slot] >= threshold;
                        for (String ruleId : category.rules()) {
                            ruleEvidence |= evidence.getOrDefault(ruleId, List.of()).stream()
                                    .anyMatch(e -> e.start() < sentence.end() && e.end() > sentence.start());
                        }
                    }
                    outcomes.add(new SpanOutcome(contract.id(), category.id(), span.location().match(), ruleEvidence,
                            candidate));
                }
                int flagged = 0;
                int flaggedInSpans = 0;
                for (Sentence sentence : document.structure().sentences()) {
                    if (!candidates.isHeadingOnly(sentence) && candidates.scores(sentence.index())[slot] >= threshold) {
                        flagged++;
                        flaggedInSpans += inSpans.get(sentence.index()) ? 1 : 0;
                    }
                }
                flags.add(new FinderFlags(contract.id(), category.id(), flagged, flaggedInSpans));
            }
        }
        return new Result(outcomes, flags, errors, contracts);
    }

    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "span recall: %d contracts, %d errors, reading PDF%n", result.contracts(),
                result.errors().size());
        for (String error : result.errors()) {
            out.println("  error: " + error);
        }
        Map<SpanLocator.Match, Integer> matches = new EnumMap<>(SpanLocator.Match.class);
        result.spans().forEach(s -> matches.merge(s.match(), 1, Integer::sum));
        out.printf(Locale.ROOT, "spans located in the extracted text: %s (not found: left out of the recall)%n",
                matches);
        out.println("a span is recalled by the rule when the rule has evidence (any kind) in a sentence overlapping it,");
        out.println("by the finder when such a sentence scores at or above the category's threshold;");
        out.println("flagged: the sentences the finder scores at or above the threshold, per contract, and the share of");
        out.println("them inside an expert span of the category (its precision)");
        out.println();
        for (CorpusSplit half : List.of(CorpusSplit.WRITE, CorpusSplit.CHECK, CorpusSplit.ALL)) {
            out.printf(Locale.ROOT, "== %s%n", switch (half) {
                case WRITE -> "write half (the finder was trained on it)";
                case CHECK -> "check half (only measured on)";
                case ALL -> "all contracts";
            });
            out.printf(Locale.ROOT, "  %-27s %-38s %-8s %-18s %-18s %-18s %s%n", "category", "rule", "located",
                    "rule evidence", "finder", "either", "flagged: per contract, in spans");
            Map<String, int[]> flags = result.flagCounts(half);
            for (Map.Entry<String, int[]> row : result.counts(half).entrySet()) {
                int[] c = row.getValue();
                int[] f = flags.get(row.getKey());
                String rules = String.join(" | ", CandidateCategories.ALL.stream()
                        .filter(category -> category.id().equals(row.getKey())).findFirst().orElseThrow().rules());
                String flagged = f[2] == 0 ? "-" : String.format(Locale.ROOT, "%.1f, %s", f[0] / (double) f[2],
                        rate(f[1], f[0]));
                out.printf(Locale.ROOT, "  %-27s %-38s %-8s %-18s %-18s %-18s %s%n", row.getKey(), rules,
                        c[1] + "/" + c[0], rate(c[2], c[1]), rate(c[3], c[1]), rate(c[4], c[1]), flagged);
            }
        }
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%d (%.1f%%)", part, 100.0 * part / whole);
    }
}
