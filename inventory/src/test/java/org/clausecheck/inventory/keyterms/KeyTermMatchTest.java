package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.inventory.keyterms.KeyTermMatch.Term;
import org.junit.jupiter.api.Test;

class KeyTermMatchTest {

    private static final Citation CITED = new Citation("x", 1, null, "", 0, 1);

    private static KeyTerm term(String value) {
        return new KeyTerm(value, value, CITED);
    }

    private static KeyTerms terms(KeyTerm agreement, KeyTerm effective, KeyTerm expiration, KeyTerm law,
                                  String... parties) {
        return new KeyTerms(List.of(parties).stream().map(name -> new KeyParty(name, "party")).toList(), agreement,
                effective, expiration, null, null, law);
    }

    @Test
    void datesMatchOnTheDayAndAbsenceOnAbsence() {
        KeyTerms read = terms(term("2010-06-08"), null, null, null);
        assertTrue(KeyTermMatch.matches(Term.AGREEMENT_DATE, "6/8/10", read));
        assertFalse(KeyTermMatch.matches(Term.AGREEMENT_DATE, "6/9/10", read));
        assertFalse(KeyTermMatch.matches(Term.AGREEMENT_DATE, "", read));
        assertTrue(KeyTermMatch.matches(Term.EFFECTIVE_DATE, "", read));
        assertFalse(KeyTermMatch.matches(Term.EFFECTIVE_DATE, "6/8/10", read));
    }

    @Test
    void aBlankDateMatchesADateAsWrittenOfTheSameYear() {
        assertTrue(KeyTermMatch.matches(Term.AGREEMENT_DATE, "[]/[]/2000", terms(term("____, 2000"), null, null, null)));
        assertFalse(KeyTermMatch.matches(Term.AGREEMENT_DATE, "[]/[]/2000", terms(term("____, 2001"), null, null, null)));
        assertFalse(KeyTermMatch.matches(Term.AGREEMENT_DATE, "[]/[]/2000", terms(term("2000-01-01"), null, null, null)));
    }

    @Test
    void aRelativeExpirationIsResolvedFromTheEffectiveDate() {
        KeyTerms read = terms(term("2003-03-01"), term("2003-03-01"), term("1 year after the Effective Date"), null);
        assertTrue(KeyTermMatch.matches(Term.EXPIRATION_DATE, "3/1/04", read));
        assertTrue(KeyTermMatch.matches(Term.EXPIRATION_DATE, "2/29/04", read));
        assertFalse(KeyTermMatch.matches(Term.EXPIRATION_DATE, "3/1/05", read));
        assertTrue(KeyTermMatch.matches(Term.EXPIRATION_DATE, "Perpetual",
                terms(null, null, term("perpetual"), null)));
    }

    @Test
    void jurisdictionsMatchAfterNormalising() {
        assertTrue(KeyTermMatch.matches(Term.GOVERNING_LAW, "State of New York", terms(null, null, null, term("New York"))));
        assertTrue(KeyTermMatch.matches(Term.GOVERNING_LAW, "England, United Kingdom; Wales, United Kingdom",
                terms(null, null, null, term("England and Wales"))));
        assertTrue(KeyTermMatch.matches(Term.GOVERNING_LAW, "People's Republic of China",
                terms(null, null, null, term("China"))));
        assertFalse(KeyTermMatch.matches(Term.GOVERNING_LAW, "New Jersey", terms(null, null, null, term("New York"))));
        assertFalse(KeyTermMatch.matches(Term.GOVERNING_LAW, "Delaware", terms(null, null, null, null)));
    }

    @Test
    void everyNamedPartyMustBeRead() {
        String answer = "Miltenyi Biotec GmbH (\"Miltenyi\"); Bellicum Phamaceuticals, Inc. (\"Bellicum\"); "
                + "Miltenyi and Bellicum (individually as a \u201CParty\u201D and collectively as the \u201CParties\u201D)";
        assertTrue(KeyTermMatch.matches(Term.PARTIES, answer,
                terms(null, null, null, null, "Bellicum Pharmaceuticals, Inc.", "Miltenyi Biotec GmbH")));
        assertFalse(KeyTermMatch.matches(Term.PARTIES, answer,
                terms(null, null, null, null, "Miltenyi Biotec GmbH", "Company")));
        assertTrue(KeyTermMatch.matches(Term.PARTIES, "ENERGY XXI USA, INC. (\"Transporter\")",
                terms(null, null, null, null, "Energy XXI USA, Inc.")));
    }
}
