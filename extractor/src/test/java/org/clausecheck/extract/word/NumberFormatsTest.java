package org.clausecheck.extract.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "1, decimal, 1",
            "4, upperRoman, IV",
            "14, lowerRoman, xiv",
            "1999, upperRoman, MCMXCIX",
            "1, lowerLetter, a",
            "26, upperLetter, Z",
            "27, lowerLetter, aa",
            "53, upperLetter, AAA",
            "7, decimalZero, 07",
            "12, decimalZero, 12",
            "1, ordinal, 1st",
            "12, ordinal, 12th",
            "23, ordinal, 23rd",
            "3, cardinalText, Three",
            "42, cardinalText, Forty-two",
            "2, ordinalText, Second",
            "20, ordinalText, Twentieth",
            "5, someFutureFormat, 5",
    })
    void printsCountersAsWordDoes(int value, String format, String expected) {
        assertEquals(expected, NumberFormats.format(value, format));
    }

    @ParameterizedTest
    @CsvSource({"3, none", "3, bullet"})
    void noneAndBulletPrintNoCounter(int value, String format) {
        assertEquals("", NumberFormats.format(value, format));
    }

    @ParameterizedTest
    @CsvSource({"0, upperRoman, 0", "0, lowerLetter, 0"})
    void zeroHasNoRomanOrLetterForm(int value, String format, String expected) {
        assertEquals(expected, NumberFormats.format(value, format));
    }
}
