package org.clausecheck.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.analyze.candidates.CandidateJudge;
import org.clausecheck.analyze.candidates.DocumentCandidates;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Document-level precision, recall and F1 of direction-free sub-signals against CUAD's yes/no answers, with
 * the same machinery as the playbook (structure, roles, Lucene intervals, negation, scope).
 *
 * <p>Usage: {@code CuadSignalEvaluation LABELS.csv CORPUS_DIR [OUTPUT]} where the corpus holds pdf/ID.pdf or
 * ID.pdf (or .txt); the PDF is read when both exist, the text with {@code -Dclausecheck.source=txt}.
 */
public final class CuadSignalEvaluation {

    /** Signal rule id, CUAD answer column, the naive regular-expression baseline F1 from the corpus README. */
    public record Signal(String ruleId, String column, double baselineF1) {

        /** The column of the clauses CUAD's experts marked: the answer column without "-Answer". */
        public String clauseColumn() {
            return column.substring(0, column.length() - "-Answer".length());
        }
    }

    public static final List<Signal> SIGNAL_COLUMNS = List.of(
            new Signal("ip-ownership-assignment", "Ip Ownership Assignment-Answer", 0.67),
            new Signal("joint-ip-ownership", "Joint Ip Ownership-Answer", 0.67),
            new Signal("source-code-escrow", "Source Code Escrow-Answer", 0.59),
            new Signal("post-termination-services", "Post-Termination Services-Answer", 0.36),
            new Signal("audit-rights", "Audit Rights-Answer", 0.82));

    /**
     * One document's answer for one signal: what CUAD says, what clausecheck found and its first quote, and the
     * first clause CUAD's experts marked for the signal's category ("" when none).
     */
    public record Answer(String id, String ruleId, boolean expected, boolean predicted, String quote,
                         String expertClause) {
    }

    /** Every document's answers, from which the scores of either half of the corpus follow. */
    public record Result(List<Answer> answers, int documents, List<String> errors, CorpusSource source) {

        /** Per signal, the scores over the documents of {@code split}. */
        public Map<String, Scores> scores(CorpusSplit split) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            SIGNAL_COLUMNS.forEach(signal -> counts.put(signal.ruleId(), new int[3]));
            for (Answer answer : answers) {
                if (!split.contains(answer.id())) {
                    continue;
                }
                int[] c = counts.get(answer.ruleId());
                if (answer.predicted() && answer.expected()) {
                    c[0]++;
                } else if (answer.predicted()) {
                    c[1]++;
                } else if (answer.expected()) {
                    c[2]++;
                }
            }
            Map<String, Scores> scores = new LinkedHashMap<>();
            counts.forEach((rule, c) -> scores.put(rule, Scores.of(c[0], c[1], c[2])));
            return scores;
        }

        public Map<String, Scores> scores() {
            return scores(CorpusSplit.ALL);
        }
    }

    public static Playbook signals() {
        return CuadSignals.playbook();
    }

    private final CorpusSource source;

    /** Reads the source named by {@code clausecheck.source}: the PDFs unless it says txt. */
    public CuadSignalEvaluation() {
        this(CorpusSource.fromSystemProperty());
    }

    public CuadSignalEvaluation(CorpusSource source) {
        this.source = source;
    }

    /** Reads the contracts as {@link CorpusExtraction#OPTIONS} does: text layers only. */
    public Result run(Path labelsCsv, Path corpus) throws IOException {
        return run(labelsCsv, corpus, CorpusExtraction.OPTIONS);
    }

    /** Reads the contracts with the given options ({@code eval --ocr}). */
    public Result run(Path labelsCsv, Path corpus, ExtractionOptions extraction) throws IOException {
        CuadSignals signals = CuadSignals.shipped();
        List<Answer> answers = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int documents = 0;
        Extractor extractor = new Extractor();
        for (Map<String, String> row : Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8))) {
            String id = row.get("id");
            Optional<Path> file = source.locate(corpus, id);
            if (file.isEmpty()) {
                errors.add(id + ": not found");
                continue;
            }
            ExtractedDocument document;
            try {
                document = extractor.extract(file.get(), extraction);
            } catch (ExtractionException e) {
                errors.add(id + ": " + Failures.reason(e));
                continue;
            }
            documents++;
            Map<String, Finding> findings = signals.judge(document);
            for (Signal signal : SIGNAL_COLUMNS) {
                Finding finding = findings.get(signal.ruleId());
                boolean predicted = finding.status().isPresent();
                boolean expected = "yes".equalsIgnoreCase(row.getOrDefault(signal.column(), "").strip());
                answers.add(new Answer(id, signal.ruleId(), expected, predicted, predicted ? firstQuote(finding) : "",
                        shortened(firstListed(row.getOrDefault(signal.clauseColumn(), "")))));
            }
        }
        return new Result(answers, documents, errors, source);
    }

    private static String firstQuote(Finding finding) {
        if (finding.evidence().isEmpty()) {
            return "";
        }
        return shortened(finding.evidence().get(0).quote());
    }

    private static String shortened(String text) {
        String quote = text.replaceAll("\\s+", " ").strip();
        return quote.length() > 160 ? quote.substring(0, 160) + "..." : quote;
    }

    /**
     * The first string of a list as CUAD's labels.csv writes it (Python's notation: {@code ['...', "..."]}), or ""
     * for an empty list.
     */
    static String firstListed(String list) {
        int open = list.indexOf('[');
        int at = open < 0 ? 0 : open + 1;
        while (at < list.length() && Character.isWhitespace(list.charAt(at))) {
            at++;
        }
        if (at >= list.length() || list.charAt(at) != '\'' && list.charAt(at) != '"') {
            return "";
        }
        char quote = list.charAt(at);
        StringBuilder text = new StringBuilder();
        for (int i = at + 1; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == quote) {
                break;
            }
            if (c == '\\' && i + 1 < list.length()) {
                char escaped = list.charAt(++i);
                text.append(escaped == 'n' || escaped == 't' || escaped == 'r' ? ' ' : escaped);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Scores of both halves and of all documents, then the mistakes of the documents in {@code split}. */
    public static void print(Result result, CorpusSplit split, PrintStream out, boolean withMistakes) {
        out.printf(Locale.ROOT, "CUAD signal evaluation: %d documents, %d errors, reading %s%n", result.documents(),
                result.errors().size(), result.source().name());
        for (String error : result.errors()) {
            out.println("  error: " + error);
        }
        Map<CorpusSplit, Map<String, Scores>> halves = new LinkedHashMap<>();
        for (CorpusSplit half : CorpusSplit.values()) {
            halves.put(half, result.scores(half));
        }
        out.printf(Locale.ROOT, "%-27s %-40s %-40s %-40s %s%n", "signal", "write half (patterns written from)",
                "check half (only measured on)", "all", "naive regex F1");
        for (Signal signal : SIGNAL_COLUMNS) {
            out.printf(Locale.ROOT, "%-27s %-40s %-40s %-40s %.2f%n", signal.ruleId(),
                    halves.get(CorpusSplit.WRITE).get(signal.ruleId()).compact(),
                    halves.get(CorpusSplit.CHECK).get(signal.ruleId()).compact(),
                    halves.get(CorpusSplit.ALL).get(signal.ruleId()).compact(), signal.baselineF1());
        }
        if (withMistakes) {
            for (Signal signal : SIGNAL_COLUMNS) {
                out.println();
                out.printf(Locale.ROOT, "== %s mistakes (%s)%n", signal.ruleId(),
                        split == CorpusSplit.ALL ? "all documents" : split.label() + " half");
                for (Answer answer : result.answers()) {
                    if (answer.ruleId().equals(signal.ruleId()) && answer.predicted() != answer.expected()
                            && split.contains(answer.id())) {
                        out.printf(Locale.ROOT, "  [%s] %s %s%s%n", CorpusSplit.of(answer.id()).label(),
                                answer.predicted() ? "FP" : "FN", answer.id(), mistakeQuote(answer));
                    }
                }
            }
        }
    }

    /**
     * What a mistake rests on: the sentence clausecheck relied on for a false positive; for a false negative in
     * the write half the clause CUAD's experts marked, which patterns may be written from. A false negative in the
     * check half shows nothing of the contract: no pattern is to be written from it.
     */
    private static String mistakeQuote(Answer answer) {
        if (answer.predicted()) {
            return ": " + answer.quote();
        }
        if (CorpusSplit.of(answer.id()) == CorpusSplit.WRITE && !answer.expertClause().isEmpty()) {
            return ": experts marked \"" + answer.expertClause() + "\"";
        }
        return "";
    }
}
