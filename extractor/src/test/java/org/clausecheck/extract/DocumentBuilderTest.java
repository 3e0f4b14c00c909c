package org.clausecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    private final SourceFile source = new SourceFile(Path.of("a.txt"), new byte[] {1}, "00", DocumentFormat.TXT);

    @Test
    void keepsTheHeadingPathAsHeadingsOpenAndClose() throws EmptyDocumentException {
        ExtractedDocument document = source.newDocument()
                .addHeading("ARTICLE I", 1, 0, "ARTICLE I")
                .addHeading("1.1 Scope", 2, 0, "1.1")
                .add("Text of 1.1", BlockKind.PARAGRAPH, 0, null)
                .addHeading("1.2 Fees", 2, 0, "1.2")
                .add("Text of 1.2", BlockKind.PARAGRAPH, 0, null)
                .addHeading("ARTICLE II", 1, 0, "ARTICLE II")
                .add("Text of II", BlockKind.PARAGRAPH, 0, null)
                .build();

        assertEquals(List.of("ARTICLE I", "1.1 Scope"), document.blocks().get(2).headingPath());
        assertEquals(List.of("ARTICLE I"), document.blocks().get(3).headingPath(), "a heading excludes itself");
        assertEquals(List.of("ARTICLE I", "1.2 Fees"), document.blocks().get(4).headingPath());
        assertEquals(List.of("ARTICLE II"), document.blocks().get(6).headingPath());
    }

    @Test
    void aNumberedParagraphInSequenceEndsTheNumberedHeadingBeforeIt() throws EmptyDocumentException {
        ExtractedDocument document = source.newDocument()
                .addHeading("Terms", 0, 0, null)
                .addHeading("2. Ownership", 1, 0, "2")
                .add("1. a list restarting under the heading", BlockKind.LIST_ITEM, 0, "1")
                .add("3. Use of Data. Customer grants", BlockKind.PARAGRAPH, 0, "3")
                .addHeading("3.1 Scope", 2, 0, "3.1")
                .add("3.2 Limits. The Vendor", BlockKind.PARAGRAPH, 0, "3.2")
                .build();

        assertEquals(List.of("Terms", "2. Ownership"), document.blocks().get(2).headingPath());
        assertEquals(List.of("Terms"), document.blocks().get(3).headingPath());
        assertEquals(List.of("Terms"), document.blocks().get(5).headingPath());
    }

    @Test
    void normalisesWhitespaceAndComputesOffsets() throws EmptyDocumentException {
        ExtractedDocument document = source.newDocument()
                .add("  first\u00A0 block\t", BlockKind.PARAGRAPH, 0, null)
                .add("   ", BlockKind.PARAGRAPH, 0, null)
                .add("second", BlockKind.PARAGRAPH, 0, null)
                .build();

        assertEquals("first block\n\nsecond", document.text());
        assertEquals(2, document.blocks().size(), "blank blocks are dropped");
        assertEquals(13, document.blocks().get(1).start());
    }

    @Test
    void aDocumentWithoutTextIsAnError() {
        assertThrows(EmptyDocumentException.class, () -> source.newDocument().build());
    }

    @Test
    void blocksRefuseImpossibleOffsets() {
        assertThrows(IllegalArgumentException.class,
                () -> new Block("abc", BlockKind.PARAGRAPH, 0, null, List.of(), 5, 7));
    }
}
