package org.clausecheck.analyze.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertEquals(List.of("Supplier shall deliver the code.", "Client shall pay the fees."),
                sentences("Supplier shall deliver the code. Client shall pay the fees."));
    }

    @Test
    void legalAndCorporateAbbreviationsDoNotSplit() {
        String text = "Acme Inc. and Beta Corp. agree under Sec. 4.2 of the U.S. Code, e.g. No. 5 of the list, "
                + "as Mr. Smith and Dr. Jones of Gamma Ltd. confirm. Then it ends.";
        List<String> sentences = sentences(text);
        assertEquals(2, sentences.size(), sentences.toString());
        assertEquals("Then it ends.", sentences.get(1));
    }

    @Test
    void decimalNumbersAndInitialsDoNotSplit() {
        assertEquals(1, sentences("Fees rise by 1.5 percent as set out in Section 1.1 by John A. Smith today.").size());
    }

    @Test
    void lowerCaseAfterFullStopDoesNotSplit() {
        assertEquals(1, sentences("The parties agree to the terms of the Agt. as amended.").size());
    }

    @Test
    void numberedParagraphOpensANewSentence() {
        assertEquals(List.of("The term is one year.", "2.1 Supplier shall deliver."),
                sentences("The term is one year. 2.1 Supplier shall deliver."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheSentence() {
        assertEquals(List.of("It is called the \"Work.\"", "Next one."), sentences("It is called the \"Work.\" Next one."));
    }

    @Test
    void handWrittenScansAgreeWithTheRegularExpressionsTheyReplace() {
        Pattern end = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*\\s+");
        Pattern listNumber = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");
        Pattern dotted = Pattern.compile("([A-Za-z]\\.)+[A-Za-z]");
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String text = RandomClauseText.next(random);
            Matcher matcher = end.matcher(text);
            for (int at = 0; at < text.length(); at++) {
                matcher.region(at, text.length());
                int expected = matcher.lookingAt() ? matcher.end() : -1;
                assertEquals(expected, SentenceSplitter.candidateEnd(text.toCharArray(), at), text + " at " + at);
            }
            String word = text.strip();
            assertEquals(listNumber.matcher(word).matches(), SentenceSplitter.isListNumber(word), word);
            assertEquals(dotted.matcher(word).matches(), SentenceSplitter.isDottedAbbreviation(word), word);
        }
        for (String word : List.of("1", "12.3", "1.2.10", "1234", "1.", ".1", "1..2", "U.S", "e.g", "N.A.", "U.", "a")) {
            assertEquals(listNumber.matcher(word).matches(), SentenceSplitter.isListNumber(word), word);
            assertEquals(dotted.matcher(word).matches(), SentenceSplitter.isDottedAbbreviation(word), word);
        }
    }
}
