package org.clausecheck.cli.command;

import org.clausecheck.extract.OcrMode;

/** {@code --ocr=auto|always|never}, spelled as {@code --color} is. */
public enum OcrChoice {
    auto(OcrMode.AUTO),
    always(OcrMode.ALWAYS),
    never(OcrMode.NEVER);

    private final OcrMode mode;

    OcrChoice(OcrMode mode) {
        this.mode = mode;
    }

    OcrMode mode() {
        return mode;
    }
}
