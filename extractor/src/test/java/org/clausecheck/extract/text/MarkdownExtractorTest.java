package org.clausecheck.extract.text;

import static org.clausecheck.extract.TestDocuments.blockStartingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExtractorTest {

    private final Extractor extractor = new Extractor();

    private ExtractedDocument read(Path folder, String markdown) throws Exception {
        Path file = folder.resolve("agreement.md");
        Files.writeString(file, markdown);
        ExtractedDocument document = extractor.extract(file);
        assertEquals(DocumentFormat.MARKDOWN, document.format());
        return document;
    }

    @Test
    void stripsInlineHtmlAndNumbersNestedListsAsAContractDoes(@TempDir Path folder) throws Exception {
        ExtractedDocument document = read(folder, """
                # Consulting Terms

                1. <span class="title" id="1">Engagement</span>
                    1. <span class="title" id="1.1">Scope.</span>  <span class="term">Consultant</span> shall perform the \
                services in a <b>work order</b>.
                    2. <span class="title">Changes.</span>  Either party may propose changes &amp; the other shall \
                consider them.
                2. <span class="title">Ownership</span>
                    1. <span class="title">Work Product.</span>  <span class="term">Consultant</span> assigns to \
                <span class="term">Client</span>'s nominee all rights in the work product.
                    2. <span class="title">Exceptions.</span>
                        a. Consultant keeps its tools.
                        b. Consultant keeps its templates.
                    3. <span class="title">Moral Rights.</span>  Waived where the law allows.
                """);

        Block engagement = blockStartingWith(document, "1. Engagement");
        assertEquals(BlockKind.HEADING, engagement.kind());
        assertEquals("1", engagement.sectionNumber());
        Block scope = blockStartingWith(document, "1.1 Scope.");
        assertEquals(BlockKind.LIST_ITEM, scope.kind());
        assertEquals("1.1", scope.sectionNumber());
        assertEquals("1.1 Scope. Consultant shall perform the services in a work order.", scope.text(),
                "tags stripped without leaving spaces inside words");
        assertTrue(blockStartingWith(document, "1.2 Changes.").text().contains("changes & the other"), "entity decoded");
        Block workProduct = blockStartingWith(document, "2.1 Work Product.");
        assertTrue(workProduct.text().contains("to Client's nominee"), workProduct.text());
        Block exceptions = blockStartingWith(document, "2.2 Exceptions.");
        assertEquals(BlockKind.HEADING, exceptions.kind(), "a numbered item that is only a title heads its sub-items");
        assertEquals("(b)", blockStartingWith(document, "(b) Consultant keeps its templates.").sectionNumber());
        assertEquals("2.3", blockStartingWith(document, "2.3 Moral Rights.").sectionNumber(),
                "numbering continues after a nested list closes");
        assertEquals(List.of("Consulting Terms", "2. Ownership", "2.2 Exceptions."),
                blockStartingWith(document, "(a) Consultant keeps its tools.").headingPath());
        assertFalse(document.text().contains("<"), "no markup left");
    }

    @Test
    void countsItemsAsARendererDoesAndReadsLettersAndRomanNumerals(@TempDir Path folder) throws Exception {
        ExtractedDocument document = read(folder, """
                1. The Vendor shall deliver the code.
                1. The Vendor shall deliver the documents.
                   i. design notes;
                   ii. runbooks.
                1. The Customer shall pay.
                """);

        assertEquals("2", blockStartingWith(document, "2. The Vendor shall deliver the documents.").sectionNumber());
        assertEquals("(ii)", blockStartingWith(document, "(ii) runbooks.").sectionNumber());
        assertEquals("3", blockStartingWith(document, "3. The Customer shall pay.").sectionNumber());
    }

    @Test
    void keepsCheckBoxesPlaceholdersAndUnderscoresAsTheReaderSeesThem(@TempDir Path folder) throws Exception {
        ExtractedDocument document = read(folder, """
                # Order Form

                - [ ] Option one for {customer_name}
                - [x] Option two
                - <input type="checkbox" checked> Option three
                - <input type="checkbox"> Option four

                Signed by <Customer name> on [___] at \\[insert place\\].

                <!-- Drafting note: delete this form
                before sending. -->
                See the [Standard Terms](https://example.com/terms) and <https://example.com/policy>.
                """);

        assertEquals("[ ] Option one for {customer_name}", blockStartingWith(document, "[ ] Option one").text());
        assertEquals(BlockKind.LIST_ITEM, blockStartingWith(document, "[x] Option two").kind());
        assertNull(blockStartingWith(document, "[x] Option two").sectionNumber());
        blockStartingWith(document, "[x] Option three");
        blockStartingWith(document, "[ ] Option four");
        assertEquals("Signed by <Customer name> on [___] at [insert place].",
                blockStartingWith(document, "Signed by").text());
        assertEquals("See the Standard Terms and https://example.com/policy.", blockStartingWith(document, "See the").text());
        assertFalse(document.text().contains("Drafting note"), "an HTML comment is no text");
    }

    @Test
    void readsEmphasisTablesAndContinuationLines(@TempDir Path folder) throws Exception {
        ExtractedDocument document = read(folder, """
                ## 4. Fees

                1. **"Fees"** means the amounts in
                the order form.

                    The fees are fixed.

                | Milestone | Amount |
                |---|---|
                | Launch | *USD 10* |
                """);

        Block fees = blockStartingWith(document, "1. \"Fees\" means");
        assertEquals("1. \"Fees\" means the amounts in the order form.", fees.text(), "a lazy line joins the item");
        Block continued = blockStartingWith(document, "The fees are fixed.");
        assertEquals(BlockKind.PARAGRAPH, continued.kind());
        assertEquals(BlockKind.TABLE_CELL, blockStartingWith(document, "USD 10").kind());
    }
}
