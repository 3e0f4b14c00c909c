package org.clausecheck.extract.word;

import java.util.function.IntFunction;

/**
 * The counters of one Word list as its paragraphs are read in order, and the labels Word prints for
 * them: advancing a level restarts the deeper levels (subject to {@code lvlRestart}), and a template such
 * as "%1.%2" is filled from the counters of the levels it names.
 */
public final class ListCounters {

    public static final int LEVELS = 9;

    private final int[] counters = new int[LEVELS];
    private final boolean[] started = new boolean[LEVELS];

    /**
     * Counts one paragraph at the given level and returns its label as printed.
     *
     * @param level  0-based level of the paragraph
     * @param levels the definition of each level of this list (null where the list defines none)
     */
    public ListLabel advance(int level, IntFunction<ListLevel> levels) {
        int lvl = Math.max(0, Math.min(LEVELS - 1, level));
        ListLevel definition = levelOrDefault(levels, lvl);
        counters[lvl] = started[lvl] ? counters[lvl] + 1 : definition.start();
        started[lvl] = true;
        for (int deeper = lvl + 1; deeper < LEVELS; deeper++) {
            if (levelOrDefault(levels, deeper).restartsAfter(lvl, deeper)) {
                started[deeper] = false;
            }
        }
        return new ListLabel(label(lvl, levels), definition.isBullet());
    }

    /** Makes the next paragraph at this level start again from the level's start value. */
    public void restart(int level) {
        started[level] = false;
    }

    private String label(int level, IntFunction<ListLevel> levels) {
        ListLevel current = levelOrDefault(levels, level);
        if (current.isBullet()) {
            return "";
        }
        String text = current.levelText();
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(i + 1) - '1';
                ListLevel definition = levelOrDefault(levels, referenced);
                // A level that has not been used yet prints its start value, as Word does.
                int value = started[referenced] ? counters[referenced] : definition.start();
                String format = current.legal() ? NumberFormats.DECIMAL : definition.numFmt();
                out.append(NumberFormats.format(value, format));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static ListLevel levelOrDefault(IntFunction<ListLevel> levels, int level) {
        ListLevel definition = levels.apply(level);
        return definition != null ? definition
                : new ListLevel(1, NumberFormats.DECIMAL, "", false, ListLevel.RESTART_AFTER_ANY);
    }
}
