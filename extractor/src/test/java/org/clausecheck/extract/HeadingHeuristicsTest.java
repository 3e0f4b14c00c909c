package org.clausecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingHeuristicsTest {

    @ParameterizedTest
    @ValueSource(strings = {"[ ] ISO 27001", "[x] SOC 2 TYPE II", "\u2610 PCI DSS", "\u2612 HIPAA", "( ) NONE"})
    void aLineOfAFormThatOpensWithABoxIsNoHeading(String line) {
        assertTrue(HeadingHeuristics.headingLevel(line).isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO 27001 CERTIFICATION", "7. Security", "ARTICLE IV"})
    void headingsStayHeadings(String line) {
        assertEquals(Optional.of(true), HeadingHeuristics.headingLevel(line).map(level -> level > 0));
    }
}
