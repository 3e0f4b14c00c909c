package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternCompilerTest {

    private static final String TEXT = "Supplier hereby irrevocably assigns to the Client all right, title and interest "
            + "in the Deliverables. Client shall pay the fees. The system will be maintained.";

    private static int count(String pattern) {
        return IndexedText.of(TEXT).matches(pattern).size();
    }

    @Test
    void wordsMatchSingularAndPlural() {
        assertEquals(1, count("deliverable"));
        assertEquals(1, count("deliverables"));
    }

    @Test
    void prefixesAndPhrasesIgnoringArticles() {
        assertEquals(1, count("\"irrevocably assign*\""));
        assertEquals(1, count("\"assigns to CUSTOMER\""));
        assertEquals(0, count("\"assigns to Client\""));
        assertEquals(1, count("maint*"));
    }

    @Test
    void rolesReplaceNamesAndDefinedTerms() {
        assertEquals(1, count("ordered(VENDOR, assign*, CUSTOMER)"));
        assertEquals(0, count("ordered(CUSTOMER, assign*, VENDOR)"));
        assertEquals(7, count("PARTY")); // the preamble names each party twice
    }

    @Test
    void phrasesDoNotCrossPunctuationUnlessWrittenWithIt() {
        assertEquals(0, count("\"right title\""));
        assertEquals(1, count("\"right, title and interest\""));
    }

    @Test
    void windowsAndExclusions() {
        assertEquals(1, count("within(10, assign*, interest)"));
        assertEquals(0, count("within(3, assign*, interest)"));
        assertEquals(1, count("notnear(3, pay, maintain*)"));
        assertEquals(0, count("notnear(3, pay, fees)"));
        assertEquals(0, count("notcontaining(ordered(VENDOR, CUSTOMER), assign*)"));
    }

    @Test
    void noPatternSpansTwoSentences() {
        assertEquals(0, count("ordered(deliverable, pay)"));
        assertEquals(0, count("within(200, assign*, fee)"));
    }

    @Test
    void namedGroups() {
        PatternCompiler compiler = new PatternCompiler(Map.of("money", "any(fees, payment*)"));
        assertEquals(1, IndexedText.of(TEXT).index().matches(compiler.compile("ordered(pay, @money)")).size());
        assertThrows(PatternSyntaxException.class, () -> compiler.compile("@unknown"));
    }

    @Test
    void syntaxErrorsSayWhere() {
        PatternCompiler compiler = new PatternCompiler();
        PatternSyntaxException error = assertThrows(PatternSyntaxException.class, () -> compiler.compile("ordered(x, y"));
        assertTrue(error.getMessage().contains("')' expected"), error.getMessage());
        assertThrows(PatternSyntaxException.class, () -> compiler.compile("within(a, b)"));
        assertThrows(PatternSyntaxException.class, () -> compiler.compile("frobnicate(a, b)"));
        assertThrows(PatternSyntaxException.class, () -> compiler.compile("\"unclosed"));
        assertThrows(PatternSyntaxException.class, () -> compiler.compile("ab*"));
    }

    @Test
    void matchesMapBackToSentencesAndOffsets() {
        IndexedText text = IndexedText.of(TEXT);
        PositionSpan span = text.matches("pay").get(0);
        var sentence = text.structure().sentences().get(span.sentence());
        assertEquals("Client shall pay the fees.", sentence.text());
        Token token = text.index().tokenAt(span.startPosition());
        assertEquals("pay", text.document().text().substring(token.start(), token.end()));
        Token role = text.index().tokenAt(text.matches("CUSTOMER").get(0).startPosition());
        assertEquals("Acme Corp.", text.document().text().substring(role.start(), role.end()));
    }
}
