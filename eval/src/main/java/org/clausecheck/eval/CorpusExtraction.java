package org.clausecheck.eval;

import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.OcrMode;

/**
 * How the corpus evaluations read a contract: its text layer only, never OCR. CUAD's few image pages would
 * otherwise be read by Tesseract on every pass, which costs minutes and measures the OCR rather than the rules;
 * OCR has its own corpus check in the extractor.
 */
public final class CorpusExtraction {

    public static final ExtractionOptions OPTIONS = ExtractionOptions.defaults().withOcr(OcrMode.NEVER);

    private CorpusExtraction() {
    }
}
