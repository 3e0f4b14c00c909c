package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.parties.RoleMention;
import org.junit.jupiter.api.Test;

/** The one-pass analysis gives what the analyzer's token stream gives: terms, offsets, position increments. */
class DocumentAnalysisTest {

    private final LegalAnalyzer analyzer = new LegalAnalyzer();

    /** Every text of up to three printable ASCII characters, white space and a control character included. */
    @Test
    void everyShortAsciiText() throws IOException {
        StringBuilder alphabet = new StringBuilder("\t\n\r\u000B\f\u0001");
        for (char c = ' '; c < 127; c++) {
            alphabet.append(c);
        }
        char[] chars = alphabet.toString().toCharArray();
        char[] text = new char[3];
        for (char a : chars) {
            text[0] = a;
            for (char b : chars) {
                text[1] = b;
                for (char c : chars) {
                    text[2] = c;
                    assertSameTerms(new String(text));
                }
            }
        }
    }

    /** Every text of up to five characters of the classes that decide word breaks and possessives. */
    @Test
    void everyShortMixOfWordsAndTheirPunctuation() throws IOException {
        char[] alphabet = "aS1_.':,;- \u2019".toCharArray();
        for (int length = 1; length <= 5; length++) {
            char[] text = new char[length];
            int combinations = (int) Math.pow(alphabet.length, length);
            for (int n = 0; n < combinations; n++) {
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length) {
                    text[i] = alphabet[rest % alphabet.length];
                }
                assertSameTerms(new String(text));
            }
        }
    }

    /** Words, articles, plurals and possessives among the punctuation and scripts contracts hold. */
    @Test
    void mixedTexts() throws IOException {
        String[] pieces = {"a", "an", "The", "B", "z", "7", "0", "_", ".", "'", ":", ",", ";", "-", "\"", "(", ")", "/",
            "&", "$", "s", "S", "ies", "es", "Licenses", "xcustomerx", "xvendorx", "xpartyx", " ", " ", "\n", "\r\n",
            "\t", "\u2019", "\u2018", "\u201C", "\u201D", "\u00A0", "\u00AD", "\u200B", "\u2013", "\u2014", "\u00A7",
            "\u00E9", "\u00C4", "\u0301", "\u2026", "\u2022", "\u037E", "\u00B7", "\u7535", "\uD83D\uDE00", "\u20E3",
            "\uFE0F", "#", "*", "\u05D0", "\u30A2", "\u0E01", "\uAC00", "\u200D", "\uFF07", "\u0130", "\u00AE"};
        Random random = new Random(20240611L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameTerms(text.toString());
        }
    }

    @Test
    void longRunsAreLeftToTheTokenizer() throws IOException {
        assertSameTerms("a".repeat(254) + " " + "b".repeat(255) + " " + "c".repeat(600) + ". x" + "1,2".repeat(300));
    }

    @Test
    void partyMentionsAreReadAsRoleTokensSpanningThem() throws IOException {
        String text = "Acme Corp.'s Licenses to Beta\u2019s customers; the Beta LLC \u201Cservices\u201D.";
        assertSameTerms(text, List.of(new RoleMention(0, 12, Role.CUSTOMER), new RoleMention(25, 31, Role.VENDOR),
                new RoleMention(52, 60, Role.VENDOR)));
    }

    /** Mentions anywhere: at the ends of the text, next to each other, inside words and runs of other scripts. */
    @Test
    void partyMentionsAnywhere() throws IOException {
        String[] pieces = {"Acme", " ", "shall", "'s", "\u2019s", ",", ".", "(", "\"", "\u201C", "\u00E9", "\u7535",
            "\n", "the", "Licenses", "1.5"};
        Role[] roles = Role.values();
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<RoleMention> mentions = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                int start = at + random.nextInt(Math.max(1, (text.length() - at) / 2) + 1);
                if (start >= text.length()) {
                    break;
                }
                int end = start + 1 + random.nextInt(Math.min(6, text.length() - start));
                mentions.add(new RoleMention(start, end, roles[random.nextInt(roles.length)]));
                at = end;
            }
            assertSameTerms(text.toString(), mentions);
        }
    }

    private void assertSameTerms(String text) throws IOException {
        assertSameTerms(text, List.of());
    }

    /** The analyzer reading the text through {@link RoleCharFilter}, as the index did, against the one pass. */
    private void assertSameTerms(String text, List<RoleMention> mentions) throws IOException {
        List<String> expected = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", new RoleCharFilter(text, mentions))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                expected.add(term(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            stream.end();
        }
        List<String> actual = new ArrayList<>();
        DocumentAnalysis.analyze(text, mentions,
                (term, length, start, end, increment) -> actual.add(term(term, length, start, end, increment)));
        assertEquals(expected, actual, () -> "terms of \"" + text + "\" with " + mentions);
    }

    private static String term(char[] term, int length, int start, int end, int increment) {
        return new String(term, 0, length) + "@" + start + "-" + end + "+" + increment;
    }
}
