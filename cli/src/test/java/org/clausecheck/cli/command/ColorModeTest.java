package org.clausecheck.cli.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** --color=auto colours a terminal unless NO_COLOR is set; always and never are the user's word over NO_COLOR. */
class ColorModeTest {

    private static final Map<String, String> NO_COLOR = Map.of("NO_COLOR", "1");
    private static final Map<String, String> PLAIN = Map.of();

    @Test
    void autoColoursOnlyATerminalWithoutNoColor() {
        assertTrue(ColorMode.auto.enabled(PLAIN, true));
        assertFalse(ColorMode.auto.enabled(PLAIN, false), "a pipe or file gets no colour");
        assertFalse(ColorMode.auto.enabled(NO_COLOR, true), "NO_COLOR turns it off, even set to any value");
        assertFalse(ColorMode.auto.enabled(Map.of("NO_COLOR", ""), true), "NO_COLOR set but empty still counts");
    }

    @Test
    void alwaysAndNeverWinOverTheTerminalAndNoColor() {
        assertTrue(ColorMode.always.enabled(NO_COLOR, false));
        assertFalse(ColorMode.never.enabled(PLAIN, true));
    }
}
