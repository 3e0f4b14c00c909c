package org.clausecheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentBuilder;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.SectionNumber;
import org.clausecheck.extract.SourceFile;
import org.clausecheck.extract.TextDecoder;
import org.clausecheck.extract.word.HeadingText;

/**
 * Markdown, also with inline HTML as standard forms publish it. Text is read as a renderer shows it
 * ({@link MarkdownInline}: tags stripped, links reduced to their text, emphasis removed); "#" headings are headings;
 * ordered lists, nested by indentation, number as the same agreement does in Word ("1.", "1.1", "(a)", see
 * {@link MarkdownLists}), and a numbered item whose text is a short title ("2.4 Third-Party Materials.") is a heading
 * at its depth; tables give a cell per block; other paragraphs are read as plain text is.
 */
public final class MarkdownExtractor implements FormatExtractor {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern BLOCK_QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.MARKDOWN;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        DocumentBuilder builder = source.newDocument();
        String text = TextDecoder.decodeWarning(source.bytes(), builder);
        Reader reader = new Reader(builder);
        for (String line : withoutComments(text).split("\\R", -1)) {
            reader.line(line);
        }
        reader.finish();
        builder.metadata(new DocumentMetadata(reader.title, null, null, null, 0, List.of(), List.of()));
        return builder.build();
    }

    /** HTML comments are notes to the editor, not text; their line breaks stay so that lines keep their places. */
    static String withoutComments(String text) {
        if (!text.contains("<!--")) {
            return text;
        }
        return HTML_COMMENT.matcher(text).replaceAll(match -> "\n".repeat((int) match.group().chars().filter(c -> c == '\n').count()));
    }

    /** Reads lines into blocks: the open paragraph or list item collects lines until a block ends it. */
    private static final class Reader {
        private final DocumentBuilder builder;
        private final MarkdownLists lists = new MarkdownLists();
        private final List<String> paragraph = new ArrayList<>();
        private final List<String> table = new ArrayList<>();
        private MarkdownLists.Numbered item;
        private final List<String> itemLines = new ArrayList<>();
        private boolean blankBefore;
        private boolean inFence;
        /** The level of the innermost "#" heading: numbered headings of lists stand below it. */
        private int headingBase;
        String title;

        Reader(DocumentBuilder builder) {
            this.builder = builder;
        }

        void line(String rawLine) {
            String line = expandTabs(rawLine);
            if (FENCE.matcher(line).lookingAt()) {
                inFence = !inFence;
                flush();
                return;
            }
            Matcher quote = BLOCK_QUOTE.matcher(line);
            if (!inFence && quote.lookingAt()) {
                line = line.substring(quote.end());
            }
            if (line.isBlank() || MarkdownInline.plain(line).isBlank() && !line.isBlank() && isOnlyMarkup(line)) {
                flushParagraph();
                flushTable();
                blankBefore = true;
                return;
            }
            if (inFence) {
                paragraph.add(line);
                return;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                flush();
                lists.closeAll();
                String text = MarkdownInline.plain(heading.group(2) == null ? "" : heading.group(2)).strip();
                headingBase = heading.group(1).length();
                builder.addHeading(text, headingBase, 0, SectionNumber.parse(text).map(SectionNumber::printed).orElse(null));
                title = title == null && !text.isEmpty() ? text : title;
                blankBefore = false;
                return;
            }
            if (line.strip().startsWith("|")) {
                flushParagraph();
                flushItem();
                table.add(line);
                blankBefore = false;
                return;
            }
            flushTable();
            if (!paragraph.isEmpty() && paragraph.size() == 1 && SETEXT_UNDERLINE.matcher(line).matches()) {
                String text = plainJoined(paragraph);
                paragraph.clear();
                headingBase = line.strip().startsWith("=") ? 1 : 2;
                builder.addHeading(text, headingBase, 0, SectionNumber.parse(text).map(SectionNumber::printed).orElse(null));
                title = title == null ? text : title;
                return;
            }
            if (THEMATIC_BREAK.matcher(line).matches()) {
                flush();
                blankBefore = true;
                return;
            }
            Optional<MarkdownLists.Marker> marker = lists.marker(line);
            if (marker.isPresent()) {
                flush();
                item = lists.add(marker.get());
                itemLines.add(marker.get().text());
                blankBefore = false;
                return;
            }
            text(line);
        }

        /** A line of text: continues the open item or paragraph, or starts a paragraph. */
        private void text(String line) {
            int indent = line.length() - line.stripLeading().length();
            boolean continuesItem = item != null && (!blankBefore || indent >= lists.contentIndent());
            if (continuesItem && !blankBefore) {
                itemLines.add(line.strip());
                return;
            }
            if (!blankBefore && !paragraph.isEmpty() && !PlainTextExtractor.startsBlock(MarkdownInline.plain(line))) {
                paragraph.add(line.strip());
                return;
            }
            flush();
            if (!continuesItem) {
                lists.closeDeeperThan(indent);
            }
            paragraph.add(line.strip());
            blankBefore = false;
        }

        void finish() {
            flush();
        }

        private void flush() {
            flushItem();
            flushParagraph();
            flushTable();
        }

        private void flushItem() {
            if (item == null) {
                return;
            }
            String text = plainJoined(itemLines);
            String printed = item.printed().isEmpty() ? text : (item.printed() + " " + text).strip();
            boolean heading = item.decimalDepth() > 0 && HeadingText.readsAsTitle(text)
                    && HeadingHeuristics.headingLevel(printed).isPresent();
            if (heading) {
                builder.addHeading(printed, headingBase + item.decimalDepth(), 0, item.sectionNumber());
                title = title == null ? printed : title;
            } else {
                builder.add(printed, BlockKind.LIST_ITEM, 0, item.sectionNumber());
            }
            item = null;
            itemLines.clear();
        }

        private void flushParagraph() {
            if (paragraph.isEmpty()) {
                return;
            }
            List<String> plain = paragraph.stream().map(MarkdownInline::plain).filter(l -> !l.isBlank()).toList();
            title = PlainTextExtractor.addParagraph(builder, plain, title);
            paragraph.clear();
        }

        private void flushTable() {
            for (String row : table) {
                if (!TABLE_RULE.matcher(row).matches()) {
                    for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
                        builder.add(MarkdownInline.plain(cell), BlockKind.TABLE_CELL, 0, null);
                    }
                }
            }
            table.clear();
        }

        private static String plainJoined(List<String> lines) {
            return MarkdownInline.plain(String.join(" ", lines.stream().map(String::strip).toList())).strip();
        }

        /** True for a line of HTML tags only ("<div class=...>", "<br>"): a separator, like a blank line. */
        private static boolean isOnlyMarkup(String line) {
            return line.strip().startsWith("<");
        }

        private static String expandTabs(String line) {
            if (line.indexOf('\t') < 0) {
                return line;
            }
            StringBuilder out = new StringBuilder(line.length() + 8);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\t') {
                    out.append(" ".repeat(4 - out.length() % 4));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
