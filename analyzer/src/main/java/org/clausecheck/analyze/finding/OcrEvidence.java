package org.clausecheck.analyze.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.OcrPage;

/**
 * Marks evidence quoted from pages read by OCR: its note says so with Tesseract's mean confidence for the quoted
 * words, and a finding resting on words read with low confidence has its confidence lowered in proportion. The
 * verdict itself is unchanged: the same text gives the same judgement whether it came from a scan or not.
 */
public final class OcrEvidence {

    /** Quoted words read with at least this mean confidence leave the finding's confidence as it is. */
    static final double TRUSTED_CONFIDENCE = 90;
    /** The quote's first tokens, matched against the page's words to find where the quote was read. */
    private static final int ANCHOR_TOKENS = 6;

    private OcrEvidence() {
    }

    public static List<Finding> mark(List<Finding> findings, ExtractedDocument document) {
        if (document.ocrPages().isEmpty()) {
            return findings;
        }
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            marked.add(mark(finding, document));
        }
        return marked;
    }

    private static Finding mark(Finding finding, ExtractedDocument document) {
        List<Evidence> evidence = new ArrayList<>(finding.evidence().size());
        double lowest = 100;
        for (Evidence item : finding.evidence()) {
            Optional<OcrPage> page = document.ocrPage(item.page());
            if (page.isEmpty()) {
                evidence.add(item);
                continue;
            }
            double confidence = quoteConfidence(item.quote(), page.get());
            lowest = Math.min(lowest, confidence);
            String ocrNote = String.format(Locale.ROOT, "read by OCR (mean word confidence %.0f %%)", confidence);
            evidence.add(new Evidence(item.kind(), item.patternId(), item.quote(), item.page(), item.sectionNumber(),
                    item.heading(), item.start(), item.end(), item.note().isEmpty() ? ocrNote
                    : item.note() + "; " + ocrNote));
        }
        if (evidence.equals(finding.evidence())) {
            return finding;
        }
        double factor = Math.min(1, lowest / TRUSTED_CONFIDENCE);
        List<String> reasons = new ArrayList<>(finding.reasons());
        if (factor < 1) {
            reasons.add(String.format(Locale.ROOT, "evidence read by OCR with mean word confidence %.0f %%:"
                    + " confidence lowered", lowest));
        }
        return new Finding(finding.ruleId(), finding.status(), finding.confidence() * factor, reasons, evidence,
                finding.recommendation(), finding.related());
    }

    /**
     * Tesseract's mean confidence for the words of the quote: the quote's first tokens locate it among the page's
     * recognised words, and the words from there on, as many as the quote has, are averaged. When the quote
     * cannot be located (it starts on the page before), the page's mean is the best estimate.
     */
    static double quoteConfidence(String quote, OcrPage page) {
        List<String> quoted = tokens(quote);
        List<String> read = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        for (OcrPage.Word word : page.words()) {
            for (String token : tokens(word.text())) {
                read.add(token);
                confidences.add(word.confidence());
            }
        }
        int anchor = Math.min(ANCHOR_TOKENS, quoted.size());
        int bestStart = -1;
        int bestMatches = 0;
        for (int start = 0; start + anchor <= read.size(); start++) {
            int matches = 0;
            for (int i = 0; i < anchor; i++) {
                matches += read.get(start + i).equals(quoted.get(i)) ? 1 : 0;
            }
            if (matches > bestMatches) {
                bestMatches = matches;
                bestStart = start;
            }
        }
        if (anchor == 0 || 2 * bestMatches < anchor) {
            return page.meanConfidence();
        }
        int end = Math.min(read.size(), bestStart + quoted.size());
        return confidences.subList(bestStart, end).stream().mapToDouble(Double::doubleValue).average()
                .orElse(page.meanConfidence());
    }

    /** Lower-case runs of letters and digits, as the token F1 of the evaluation counts them. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
