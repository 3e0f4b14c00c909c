package org.clausecheck.annotate;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;

/**
 * A DOCX of the text clausecheck read from a format it cannot annotate in place (DOC, TXT, Markdown): one paragraph
 * per block, line breaks kept, headings as Word headings (outline level by their depth), so comments have a
 * document to stand in and the lawyer a file Word opens.
 */
public final class ExtractedTextDocx {

    private ExtractedTextDocx() {
    }

    /** A new document holding the blocks' text; the caller writes and closes it. */
    public static XWPFDocument of(ExtractedDocument extracted) {
        XWPFDocument document = new XWPFDocument();
        for (Block block : extracted.blocks()) {
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun run = paragraph.createRun();
            String[] lines = block.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
            if (block.kind() == BlockKind.HEADING) {
                // Word's own heading level (w:outlineLvl, 0 for level 1): the navigation pane lists it.
                paragraph.getCTP().addNewPPr().addNewOutlineLvl()
                        .setVal(BigInteger.valueOf(Math.min(block.headingPath().size(), 8)));
                run.setBold(true);
            }
        }
        return document;
    }
}
