package org.clausecheck.analyze.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
