package org.clausecheck.analyze.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateReaderTest {

    private record Read(ExtractedDocument document, TemplateMarks marks) {
        /** Mark kind to the marked texts, in order. */
        Map<MarkKind, List<String>> byKind() {
            return marks.marks().stream().collect(Collectors.groupingBy(TemplateMark::kind,
                    Collectors.mapping(mark -> mark.quote(document.text(), 200), Collectors.toList())));
        }

        List<String> of(MarkKind kind) {
            return byKind().getOrDefault(kind, List.of());
        }
    }

    private static Read read(String text) {
        ExtractedDocument document = TestDocuments.of(text);
        return new Read(document, TemplateReader.read(document, StructureBuilder.build(document)));
    }

    @Test
    void anElectionWithNothingTickedIsOpenAndOneTickedLeavesTheOthersUnchosen() {
        Read read = read("""
                Hosting:

                [ ] Supplier hosts the system.

                [ ] Client hosts the system.

                Warranty period:

                [X] Ninety days from acceptance.

                [ ] Twelve months from acceptance.
                """);

        assertEquals(List.of("[ ] Supplier hosts the system.", "[ ] Client hosts the system."),
                read.of(MarkKind.OPEN_OPTION));
        assertEquals(List.of("[ ] Twelve months from acceptance."), read.of(MarkKind.UNCHOSEN_OPTION));
        assertEquals(List.of("[X] Ninety days from acceptance."), read.of(MarkKind.CHOSEN_OPTION));
        assertEquals(1, read.marks().openElections());
    }

    @Test
    void optionsInOneLineRunToTheNextBoxAndTheirTextIsBlankedInTheAgreedReading() {
        Read read = read("Payment terms: ( ) thirty days ( ) sixty days after invoice. The Client shall pay in euros.");

        assertEquals(List.of("( ) thirty days", "( ) sixty days after invoice. The Client shall pay in euros."),
                read.of(MarkKind.OPEN_OPTION));
        String agreed = read.marks().readableText(read.document().text(), false);
        String open = read.marks().readableText(read.document().text(), true);
        assertEquals(read.document().text().length(), agreed.length(), "offsets stay");
        assertFalse(agreed.contains("thirty"));
        assertTrue(agreed.startsWith("Payment terms:"));
        assertTrue(open.contains("thirty days") && !open.contains("( )"), "the open reading keeps the text, not the box");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2610", "\u25A1", "\u274F", "[  ]", "[]", "( )"})
    void readsEveryOpenBox(String box) {
        Read read = read("Certifications:\n\n" + box + " ISO 27001\n\n" + box + " SOC 2 Type II\n");
        assertEquals(2, read.of(MarkKind.OPEN_OPTION).size(), read.byKind().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2612", "\u2611", "\u2713", "[x]", "[ X ]", "(\u2022)"})
    void readsEveryTickedBox(String box) {
        Read read = read("Certifications:\n\n" + box + " ISO 27001\n\n[ ] SOC 2 Type II\n");
        assertEquals(List.of(box + " ISO 27001"), read.of(MarkKind.CHOSEN_OPTION));
        assertEquals(List.of("[ ] SOC 2 Type II"), read.of(MarkKind.UNCHOSEN_OPTION));
    }

    @Test
    void aLetteredListItemAndLoneBulletsAreNoOptions() {
        Read list = read("The Licensee shall not: (ix) copy the Software; or\n\n(x) use the Software in breach of law.");
        assertTrue(list.marks().isEmpty(), list.byKind().toString());

        Read bullets = read("\u25CF Deliver the code.\n\n\u25CB Deliver the documentation.");
        assertTrue(bullets.marks().isEmpty(), "filled and hollow circles in separate lines are bullets");

        Read buttons = read("Renewal: \u25CF automatic \u25CB on notice only");
        assertEquals(List.of("\u25CF automatic"), buttons.of(MarkKind.CHOSEN_OPTION));
        assertEquals(List.of("\u25CB on notice only"), buttons.of(MarkKind.UNCHOSEN_OPTION));

        Read chosen = read("Renewal:\n\n(x) automatic\n\n( ) on notice only");
        assertEquals(List.of("(x) automatic"), chosen.of(MarkKind.CHOSEN_OPTION), "beside an empty button, (x) is ticked");
    }

    @Test
    void anEmptyBoxThatStandsForAWrittenValueIsNoOption() {
        Read read = read("Fees may increase by up to [ ]% each year, starting on [ ], 20[ ].");
        assertTrue(read.of(MarkKind.OPEN_OPTION).isEmpty(), read.byKind().toString());
    }

    @Test
    void readsBlanksAndNotesButNotValuesRedactionsOrOptionalWording() {
        Read read = read("""
                The Vendor is {vendor_name} and the Client is {{ client_name }}. Fees: [\u25CF]. Start: [____].

                Notices go to [Customer name] at [insert address], attention [NOTICE CONTACT NAME].

                [Drafting note: The Vendor shall provide transition assistance only if the parties agree.]

                [add details] [Describe the services, milestones and key personnel.]

                [If the Vendor hosts the system, delete this clause.]

                Payment within [30] days of [***]. [Reserved] [ILLEGIBLE] [(a) the Deliverables, and (b) the Reports].
                """);

        assertEquals(List.of("{vendor_name}", "{{ client_name }}", "[\u25CF]", "[____]", "[Customer name]",
                "[insert address]", "[NOTICE CONTACT NAME]"), read.of(MarkKind.PLACEHOLDER));
        assertEquals(List.of("[Drafting note: The Vendor shall provide transition assistance only if the parties agree.]",
                "[add details]", "[Describe the services, milestones and key personnel.]",
                "[If the Vendor hosts the system, delete this clause.]"), read.of(MarkKind.DRAFTING_NOTE));
        String agreed = read.marks().readableText(read.document().text(), false);
        assertFalse(agreed.contains("transition assistance"), "a note is no text of the agreement");
        assertTrue(agreed.contains("Payment within [30] days of [***]"), "values and redactions stay");
        assertTrue(agreed.contains("[(a) the Deliverables, and (b) the Reports]"));
    }

    @Test
    void aLabelWithOnlyABlankIsNoSentenceAndAHeadingWithOnlyNotesIsEmpty() {
        Read read = read("""
                Security Policy: {security_policy_url}

                Transition Plan [add details]

                Knowledge Transfer

                [Describe the handover to the Client's team.]

                Exit Plan

                The Vendor shall return all Client data within 30 days of termination.

                The Vendor shall comply with {security_standard}.
                """);

        assertEquals(List.of("Security Policy: {security_policy_url}"), read.of(MarkKind.PLACEHOLDER_SENTENCE),
                "a sentence with an obligation and a blank is still an obligation");
        assertEquals(List.of("Transition Plan [add details]", "Knowledge Transfer"), read.of(MarkKind.EMPTY_HEADING),
                "a label followed by text is no empty heading");
        String agreed = read.marks().readableText(read.document().text(), false);
        assertFalse(agreed.contains("Transition Plan") || agreed.contains("Knowledge Transfer"));
        assertTrue(agreed.contains("Exit Plan"));
    }

    @Test
    void aDocumentWithoutMarksReadsAsItIs() {
        Read read = read("The Vendor shall deliver the source code. The Client shall pay the fees within (30) days.");
        assertTrue(read.marks().isEmpty());
        assertEquals(read.document().text(), read.marks().readableText(read.document().text(), false));
        assertNull(read.byKind().get(MarkKind.OPEN_OPTION));
    }
}
