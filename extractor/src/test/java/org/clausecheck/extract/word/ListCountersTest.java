package org.clausecheck.extract.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ListCountersTest {

    private static final ListLevel ARTICLE = new ListLevel(1, "upperRoman", "Article %1", false,
            ListLevel.RESTART_AFTER_ANY);
    private static final ListLevel SECTION = new ListLevel(1, "decimal", "%1.%2", false, ListLevel.RESTART_AFTER_ANY);
    private static final ListLevel ITEM = new ListLevel(1, "lowerLetter", "(%3)", false, ListLevel.RESTART_AFTER_ANY);

    private static List<String> labels(IntFunction<ListLevel> levels, int... paragraphLevels) {
        ListCounters counters = new ListCounters();
        List<String> out = new ArrayList<>();
        for (int level : paragraphLevels) {
            out.add(counters.advance(level, levels).printed());
        }
        return out;
    }

    @Test
    void deeperLevelsRestartWhenAShallowerLevelAdvances() {
        IntFunction<ListLevel> levels = i -> i < 3 ? List.of(ARTICLE, SECTION, ITEM).get(i) : null;
        assertEquals(List.of("Article I", "I.1", "(a)", "(b)", "I.2", "(a)", "Article II", "II.1"),
                labels(levels, 0, 1, 2, 2, 1, 2, 0, 1));
    }

    @Test
    void legalNumberingPrintsEveryLevelAsDecimal() {
        ListLevel legal = new ListLevel(1, "decimal", "Section %1.%2", true, ListLevel.RESTART_AFTER_ANY);
        IntFunction<ListLevel> levels = i -> i == 0 ? ARTICLE : legal;
        assertEquals(List.of("Article I", "Article II", "Section 2.1"), labels(levels, 0, 0, 1));
    }

    @Test
    void levelRestartZeroKeepsCountingAcrossShallowerLevels() {
        ListLevel step = new ListLevel(1, "decimal", "Step %2", false, 0);
        IntFunction<ListLevel> levels = i -> i == 0 ? ARTICLE : step;
        assertEquals(List.of("Article I", "Step 1", "Step 2", "Article II", "Step 3"), labels(levels, 0, 1, 1, 0, 1));
    }

    @Test
    void levelRestartOneRestartsOnlyAfterTheTopLevel() {
        // w:lvlRestart is 1-based: 1 means "after level 1 (index 0)", so a new section does not restart it.
        ListLevel item = new ListLevel(1, "lowerLetter", "(%3)", false, 1);
        IntFunction<ListLevel> levels = i -> i < 3 ? List.of(ARTICLE, SECTION, item).get(i) : null;
        assertEquals(List.of("Article I", "(a)", "(b)", "I.1", "(c)", "Article II", "(a)"),
                labels(levels, 0, 2, 2, 1, 2, 0, 2));
    }

    @Test
    void aLevelNotYetUsedPrintsItsStartValue() {
        IntFunction<ListLevel> levels = i -> i < 3 ? List.of(ARTICLE, SECTION, ITEM).get(i) : null;
        assertEquals(List.of("I.1", "I.2"), labels(levels, 1, 1));
    }

    @Test
    void startValuesAndRestartsAreHonoured() {
        ListLevel fromFive = new ListLevel(5, "decimal", "%1.", false, ListLevel.RESTART_AFTER_ANY);
        ListCounters counters = new ListCounters();
        IntFunction<ListLevel> levels = i -> fromFive;
        assertEquals("5.", counters.advance(0, levels).printed());
        assertEquals("6.", counters.advance(0, levels).printed());
        counters.restart(0);
        assertEquals("5.", counters.advance(0, levels).printed());
    }

    @Test
    void bulletsAreNotSectionNumbers() {
        ListLevel bullet = new ListLevel(1, "bullet", "\uF0B7", false, ListLevel.RESTART_AFTER_ANY);
        ListLabel label = new ListCounters().advance(0, i -> bullet);
        assertTrue(label.bullet());
        assertNull(label.sectionNumber());
        assertEquals("text", label.prefix("text"));
    }

    @Test
    void sectionNumberDropsTheTrailingPeriodOnly() {
        assertEquals("1", new ListLabel("1.", false).sectionNumber());
        assertEquals("(a)", new ListLabel("(a)", false).sectionNumber());
        assertEquals("Article IV", new ListLabel("Article IV", false).sectionNumber());
        assertEquals("1.1 Text", new ListLabel("1.1", false).prefix("Text"));
        assertNull(new ListLabel("", false).sectionNumber());
    }
}
