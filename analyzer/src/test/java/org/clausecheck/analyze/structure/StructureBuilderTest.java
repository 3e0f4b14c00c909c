package org.clausecheck.analyze.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class StructureBuilderTest {

    @Test
    void sectionNumbersInsideARunningParagraphOpenClauses() {
        ExtractedDocument document = TestDocuments.of("1. Services. Supplier shall perform the Services. "
                + "2. Intellectual Property. Supplier hereby assigns to Client all Deliverables. 2.1 Client owns the code.");
        DocumentStructure structure = StructureBuilder.build(document);
        assertEquals(3, structure.clauses().size(), structure.clauses().toString());
        Clause ip = structure.clauses().get(1);
        assertEquals("2", ip.sectionNumber());
        assertEquals("Intellectual Property", ip.title());
        Sentence assignment = structure.sentences().stream()
                .filter(s -> s.text().contains("hereby assigns")).findFirst().orElseThrow();
        assertEquals("2", assignment.sectionNumber());
        assertTrue(assignment.heading().contains("Intellectual Property"));
        assertEquals("2.1", structure.sentences().get(structure.sentences().size() - 1).sectionNumber());
    }

    @Test
    void sentencesKeepTheirOffsetsIntoTheDocumentText() {
        ExtractedDocument document = TestDocuments.of("PREAMBLE\n\nThe parties agree. Client shall pay.\n\n"
                + "CONFIDENTIALITY\n\nSupplier shall keep secrets.");
        DocumentStructure structure = StructureBuilder.build(document);
        for (Sentence sentence : structure.sentences()) {
            assertEquals(sentence.text(), document.text().substring(sentence.start(), sentence.end()));
        }
        Sentence last = structure.sentences().get(structure.sentences().size() - 1);
        assertEquals("Supplier shall keep secrets.", last.text());
        assertTrue(last.heading().contains("CONFIDENTIALITY"), last.heading());
        assertEquals(last, structure.sentenceAt(last.start() + 3));
    }

    @Test
    void inlineSectionsAreFoundWhereThePlainSearchFindsThem() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = RandomClauseText.next(random);
            List<String> expected = new ArrayList<>();
            Matcher plain = StructureBuilder.INLINE_SECTION.matcher(text);
            while (plain.find()) {
                expected.add(plain.start() + "-" + plain.end() + ":" + plain.group(1));
            }
            List<String> found = new ArrayList<>();
            Matcher scanned = StructureBuilder.INLINE_SECTION.matcher(text);
            for (int from = 0; StructureBuilder.findInlineSection(scanned, text.toCharArray(), from); from = scanned.end()) {
                found.add(scanned.start() + "-" + scanned.end() + ":" + scanned.group(1));
            }
            assertEquals(expected, found, text);
        }
    }

    @Test
    void inlineTitlesAreReadAsFromTheRestOfThePiece() {
        java.util.regex.Pattern caps = java.util.regex.Pattern.compile(
                "^([A-Z][A-Z'&/,\\- ]{3,70}[A-Z])(?=\\s+[A-Z][a-z]|\\.|:)");
        java.util.regex.Pattern title = java.util.regex.Pattern.compile(
                "^([A-Z][A-Za-z'&/,\\- ]{2,70}?)(?:\\.|:|\\s[-\u2013\u2014])\\s");
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            String piece = RandomClauseText.next(random);
            String number = List.of("1", "2.3", "IV", "Section 2", "12").get(random.nextInt(5));
            String rest = piece;
            int numberEnd = piece.indexOf(number);
            if (numberEnd >= 0) {
                rest = piece.substring(numberEnd + number.length()).replaceFirst("^[.:]?\\s+", "");
            }
            String expected = "";
            Matcher capsMatcher = caps.matcher(rest);
            Matcher titleMatcher = title.matcher(rest);
            if (capsMatcher.find()) {
                expected = capsMatcher.group(1).strip();
            } else if (titleMatcher.find() && org.clausecheck.extract.HeadingHeuristics.isShortTitle(titleMatcher.group(1))) {
                expected = titleMatcher.group(1).strip();
            }
            assertEquals(expected, StructureBuilder.inlineTitle(piece, number), piece);
        }
    }
}
