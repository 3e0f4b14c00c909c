package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausecheck.analyze.match.index.IndexedText;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionScopeTest {

    /** A vendor keeping something, the object last ("Supplier retains all rights in X"). */
    private static final String RETAINS = "ordered(30, ordered(8, VENDOR, any(retain*, \"shall own\", ordered(5, remain*, "
            + "owner))), any(deliverable*, technology, software, tool*))";
    /** The object first ("X owned by Supplier"). */
    private static final String OWNED_BY = "ordered(30, any(technology, software, tool*), \"owned by\", VENDOR)";
    private static final String PRE_EXISTING = "any(pre-existing, background, \"prior to effective date\")";

    private static boolean cancels(String sentence, String pattern) {
        IndexedText text = IndexedText.of(sentence);
        List<PositionSpan> matches = text.matches(pattern);
        assertEquals(1, matches.size(), () -> "one match of " + pattern + " in: " + sentence);
        return ExceptionScope.cancels(text.index(), matches.get(0), text.matches(PRE_EXISTING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the exception describes all the match keeps: cancelled, as at sentence scope
        "Supplier retains all rights in its pre-existing tools.|true",
        "Supplier retains all right, title and interest in and to its Background Technology.|true",
        "Supplier retains all rights in the software, tools and templates it developed prior to the Effective Date.|true",
        // one item of a list the match covers: the other items are kept too
        "Supplier shall remain at all times the owner of all Reports, Datasets and Supplier's Background Technology.|false",
        "Supplier shall remain at all times the owner of all Reports, Datasets, Supplier's Background Technology.|false",
        "Supplier retains all rights in the Deliverables and its pre-existing tools.|false",
        // after an exclusion the exception names what the match leaves out
        "Supplier shall own all Deliverables other than Client's pre-existing tools.|false",
        "Except for its pre-existing tools, Supplier retains all rights in the Deliverables.|false",
        "Supplier retains all rights in the Deliverables, excluding any background technology of Client.|false",
    })
    void anExceptionCancelsOnlyWhatItDescribes(String sentence, boolean expected) {
        assertEquals(expected, cancels(sentence, RETAINS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an exception heading a list describes every item ("any pre-existing tools, templates and software")
        "Any pre-existing tools, templates and software owned by Supplier remain its property.|true",
        "All background technology owned by Supplier remains its property.|true",
    })
    void anExceptionBeforeTheObjectCancelsAsBefore(String sentence, boolean expected) {
        assertEquals(expected, cancels(sentence, OWNED_BY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Supplier retains all rights in its pre-existing tools. Supplier shall own the Deliverables.",
    })
    void anExceptionInAnotherSentenceNeverCancels(String text) {
        IndexedText indexed = IndexedText.of(text);
        List<PositionSpan> matches = indexed.matches(RETAINS);
        PositionSpan deliverables = matches.get(matches.size() - 1);
        assertEquals(false, ExceptionScope.cancels(indexed.index(), deliverables, indexed.matches(PRE_EXISTING)));
    }
}
