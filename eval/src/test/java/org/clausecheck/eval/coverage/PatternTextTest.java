package org.clausecheck.eval.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.junit.jupiter.api.Test;

class PatternTextTest {

    private static final String PATTERN = "ordered(12, VENDOR, any(\"hereby assign*\", transfer*, @convey), "
            + "notnear(2, any(deliverable*, code), any(user, online)))";

    @Test
    void findsEveryAlternativeOfEveryListWithItsRole() {
        PatternText text = PatternText.read(PATTERN);
        List<String> alternatives = text.alternatives().stream()
                .map(a -> a.list() + ":" + a.text() + (a.exception() ? " (exception)" : "")).toList();
        assertEquals(List.of("1:\"hereby assign*\"", "1:transfer*", "1:@convey", "2:deliverable*", "2:code",
                "3:user (exception)", "3:online (exception)"), alternatives);
        assertEquals(Set.of("convey"), text.groups());
    }

    @Test
    void writesThePatternAgainWithoutOneAlternative() {
        PatternText text = PatternText.read(PATTERN);
        List<PatternText.Alternative> alternatives = text.alternatives();
        assertEquals("ordered(12, VENDOR, any(transfer*, @convey), notnear(2, any(deliverable*, code), any(user, online)))",
                text.without(alternatives.get(0)));
        assertEquals("ordered(12, VENDOR, any(\"hereby assign*\", transfer*), notnear(2, any(deliverable*, code), "
                + "any(user, online)))", text.without(alternatives.get(2)));
        assertEquals("ordered(12, VENDOR, any(\"hereby assign*\", transfer*, @convey), notnear(2, any(deliverable*), "
                + "any(user, online)))", text.without(alternatives.get(4)));
        // every variant is still a pattern
        PatternCompiler compiler = new PatternCompiler(java.util.Map.of("convey", "convey*"));
        for (PatternText.Alternative alternative : alternatives) {
            compiler.compile(text.without(alternative));
        }
    }

    @Test
    void nestedListsAndExceptionsInsideExceptions() {
        PatternText text = PatternText.read("any(a, notcontaining(any(b, c), notnear(1, any(d, e), any(f, g))))");
        List<String> alternatives = text.alternatives().stream()
                .map(a -> a.list() + ":" + a.text() + (a.exception() ? "!" : "")).toList();
        // d and e stand in the excluded pattern of notcontaining(): exceptions; f and g are excluded from them: matches
        assertEquals(List.of("1:a", "1:notcontaining(any(b, c), notnear(1, any(d, e), any(f, g)))", "2:b", "2:c",
                "3:d!", "3:e!", "4:f", "4:g"), alternatives);
    }

    @Test
    void aListOfOneIsNoVocabularyAndPhrasesKeepTheirCommas() {
        PatternText text = PatternText.read("ordered(any(x), any(\"right, title and interest\", \u201Cin it\u201D))");
        assertEquals(List.of("\"right, title and interest\"", "\u201Cin it\u201D"),
                text.alternatives().stream().map(PatternText.Alternative::text).toList());
    }

    @Test
    void rejectsWhatIsNoPattern() {
        assertThrows(IllegalArgumentException.class, () -> PatternText.read("any(a, b"));
        assertThrows(IllegalArgumentException.class, () -> PatternText.read("any(a, \"b)"));
        assertThrows(IllegalArgumentException.class, () -> PatternText.read("a b"));
    }
}
