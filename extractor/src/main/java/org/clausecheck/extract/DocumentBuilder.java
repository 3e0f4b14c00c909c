package org.clausecheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Assembles blocks into one body text with exact offsets and keeps the heading path as headings
 * arrive. Format extractors only decide what each block is; offsets and paths are computed here once.
 */
public final class DocumentBuilder {

    /** Separates blocks in the full text, so that sentences never run across blocks. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    private record OpenHeading(int level, String text, String sectionNumber) {
    }

    private final SourceFile source;
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<ExtractionWarning> warnings = new ArrayList<>();
    private final List<OcrPage> ocrPages = new ArrayList<>();
    private final Deque<OpenHeading> headings = new ArrayDeque<>();
    private DocumentMetadata metadata = DocumentMetadata.empty();

    DocumentBuilder(SourceFile source) {
        this.source = source;
    }

    public DocumentBuilder metadata(DocumentMetadata newMetadata) {
        this.metadata = newMetadata;
        return this;
    }

    public DocumentBuilder warn(ExtractionWarning warning) {
        warnings.add(warning);
        return this;
    }

    /** Records that a page was read by OCR. */
    public DocumentBuilder ocrPage(OcrPage page) {
        ocrPages.add(page);
        return this;
    }

    /**
     * Adds a heading. Headings of the same or a deeper level are closed first.
     *
     * @param level 1 for the outermost level (an article or top-level section), larger for deeper
     */
    public DocumentBuilder addHeading(String headingText, int level, int page, String sectionNumber) {
        String clean = normalise(headingText);
        if (clean.isEmpty()) {
            return this;
        }
        while (!headings.isEmpty() && headings.peek().level() >= level) {
            headings.pop();
        }
        append(clean, BlockKind.HEADING, page, sectionNumber);
        headings.push(new OpenHeading(level, clean, sectionNumber));
        return this;
    }

    /** Adds a block that is not a heading; blank text is ignored. */
    public DocumentBuilder add(String blockText, BlockKind kind, int page, String sectionNumber) {
        if (kind == BlockKind.HEADING) {
            throw new IllegalArgumentException("use addHeading for headings");
        }
        String clean = normalise(blockText);
        if (!clean.isEmpty()) {
            closeHeadingsPassedBy(sectionNumber);
            append(clean, kind, page, sectionNumber);
        }
        return this;
    }

    /** True when no block with text has been added yet. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public ExtractedDocument build() throws EmptyDocumentException {
        if (blocks.isEmpty()) {
            throw new EmptyDocumentException(source.path(), "the document contains no text");
        }
        return new ExtractedDocument(source.sha256(), source.path().toString(), source.format(), metadata,
                text.toString(), blocks, warnings, ocrPages);
    }

    private void append(String blockText, BlockKind kind, int page, String sectionNumber) {
        if (!blocks.isEmpty()) {
            text.append(BLOCK_SEPARATOR);
        }
        int start = text.length();
        text.append(blockText);
        blocks.add(new Block(blockText, kind, page, sectionNumber, currentPath(), start, text.length()));
    }

    /**
     * A numbered paragraph that follows a numbered heading in sequence ("3. Use of Data. ..." after the
     * heading "2. Ownership") ends that heading's section, even though the paragraph is no heading itself.
     * A list restarting at "1." under heading "2." does not.
     */
    private void closeHeadingsPassedBy(String sectionNumber) {
        int[] number = decimal(sectionNumber);
        if (number.length == 0) {
            return;
        }
        for (OpenHeading heading : List.copyOf(headings)) {
            if (follows(number, decimal(heading.sectionNumber()))) {
                while (headings.peek() != heading) {
                    headings.pop();
                }
                headings.pop();
                return;
            }
        }
    }

    /** True when {@code next} is a later sibling of {@code earlier}: same parent, larger last part. */
    private static boolean follows(int[] next, int[] earlier) {
        if (earlier.length == 0 || next.length != earlier.length) {
            return false;
        }
        for (int i = 0; i < next.length - 1; i++) {
            if (next[i] != earlier[i]) {
                return false;
            }
        }
        return next[next.length - 1] > earlier[earlier.length - 1];
    }

    /** "7.2" as {7, 2}; empty for anything that is not a plain decimal number. */
    private static int[] decimal(String sectionNumber) {
        if (sectionNumber == null || !sectionNumber.matches("\\d{1,3}(\\.\\d{1,3})*")) {
            return new int[0];
        }
        String[] parts = sectionNumber.split("\\.");
        int[] number = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            number[i] = Integer.parseInt(parts[i]);
        }
        return number;
    }

    private List<String> currentPath() {
        List<String> path = new ArrayList<>(headings.size());
        headings.descendingIterator().forEachRemaining(heading -> path.add(heading.text()));
        return path;
    }

    /** Collapses runs of spaces and tabs, drops control characters and trims; keeps line breaks. */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
