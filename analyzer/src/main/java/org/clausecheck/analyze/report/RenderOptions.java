package org.clausecheck.analyze.report;

/**
 * Presentation choices that do not change a report's content.
 *
 * @param color ANSI colours in terminal output (only on a terminal, never in files)
 */
public record RenderOptions(boolean color) {

    public static RenderOptions plain() {
        return new RenderOptions(false);
    }
}
