package org.clausecheck.extract.ocr;

/** Tesseract cannot be run here: not installed, or without its English data. */
public final class OcrUnavailableException extends Exception {

    /** What to install, for the one line a user sees. */
    public static final String INSTALL_HINT = "install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng)";

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
