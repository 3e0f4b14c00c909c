package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DehyphenatorTest {

    private static final List<String> DOCUMENT = List.of(
            "all information that one party discloses", "a third-party vendor", "the out-of-pocket expenses",
            "the Licensee shall not sublicense");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the document spells the whole word elsewhere: a broken word, repaired
            "all infor-|mation derived|all information derived",
            // the document spells the hyphenated form: a real hyphen, kept
            "a third-|party vendor|a third-party vendor",
            // part of a longer compound: kept
            "the out-of-|pocket costs|the out-of-pocket costs",
            // no evidence either way: kept, as contracts rarely hyphenate automatically
            "a non-|exclusive licence|a non-exclusive licence",
            // capital after the hyphen: a name or a compound, kept
            "the Non-|Compete clause|the Non-Compete clause",
            // a dash, not a hyphen: the words stay apart
            "the Licensee -|and only the Licensee|the Licensee - and only the Licensee",
            "ordinary|line|ordinary line",
    })
    void joinsLines(String first, String second, String joined) {
        StringBuilder text = new StringBuilder(first);
        new Dehyphenator(() -> DOCUMENT).join(text, second);
        assertEquals(joined, text.toString());
    }
}
