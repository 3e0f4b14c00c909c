package org.clausecheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * Plain text. Paragraphs are separated by blank lines; hard-wrapped lines are joined; a line that starts with a
 * section number or a bullet starts a new block even without a blank line before it. Markdown is read by
 * {@link MarkdownExtractor}, which hands its plain paragraphs to {@link #addParagraph}.
 */
public final class PlainTextExtractor implements FormatExtractor {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022\u25AA\u25CF])\\s+");

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.TXT;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        DocumentBuilder builder = source.newDocument();
        String text = TextDecoder.decodeWarning(source.bytes(), builder);
        String title = null;
        for (List<String> paragraph : paragraphs(text)) {
            title = addParagraph(builder, paragraph, title);
        }
        builder.metadata(new DocumentMetadata(title, null, null, null, 0, List.of(), List.of()));
        return builder.build();
    }

    /** Adds one paragraph, after any heading lines that open it; returns the document title (the first heading). */
    static String addParagraph(DocumentBuilder builder, List<String> lines, String title) {
        if (lines.isEmpty()) {
            return title;
        }
        String first = lines.get(0);
        int headingLines = headingLines(lines);
        if (headingLines > 0) {
            String text = join(lines.subList(0, headingLines));
            String section = sectionOf(text);
            // An unnumbered first heading is the document's title: every other heading stands under it.
            int level = title == null && section == null ? 0 : HeadingHeuristics.headingLevel(lines.get(0)).orElse(1);
            builder.addHeading(text, level, 0, section);
            List<String> rest = lines.subList(headingLines, lines.size());
            return rest.isEmpty() ? orFirst(title, text) : addParagraph(builder, rest, orFirst(title, text));
        }
        String text = join(lines);
        Optional<SectionNumber> number = SectionNumber.parse(text);
        boolean item = BULLET.matcher(first).find()
                || number.map(n -> n.level() >= SectionNumber.ITEM_LEVEL).orElse(false);
        builder.add(BULLET.matcher(text).replaceFirst(""), item ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, 0,
                number.map(SectionNumber::printed).orElse(null));
        return title;
    }

    /**
     * How many lines at the start of a paragraph form a heading: 0, 1, or 2 when a bare label
     * ("ARTICLE I", "Schedule 1") is followed by its title on the next line. A line in capitals followed
     * by more capitals is the start of a capitalised paragraph (a disclaimer), not a heading.
     */
    private static int headingLines(List<String> lines) {
        String first = lines.get(0);
        if (HeadingHeuristics.headingLevel(first).isEmpty()) {
            return 0;
        }
        if (lines.size() == 1) {
            return 1;
        }
        String next = lines.get(1);
        Optional<SectionNumber> number = SectionNumber.parse(first);
        boolean bareLabel = number.isPresent() && number.get().stripFrom(first).isEmpty();
        boolean nextIsTitle = SectionNumber.parse(next).isEmpty()
                && (HeadingHeuristics.isAllCaps(next) || HeadingHeuristics.isShortTitle(next));
        if (bareLabel && nextIsTitle) {
            return 2;
        }
        boolean capitalisedParagraph = number.isEmpty() && HeadingHeuristics.isAllCaps(next);
        return capitalisedParagraph ? 0 : 1;
    }

    private static String sectionOf(String text) {
        return SectionNumber.parse(text).map(SectionNumber::printed).orElse(null);
    }

    private static String join(List<String> lines) {
        return String.join(" ", lines.stream().map(String::strip).toList());
    }

    private static String orFirst(String title, String heading) {
        return title == null ? heading : title;
    }

    /** Splits text into paragraphs: at blank lines, and before lines that open a numbered section or a bullet. */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            boolean blank = line.isBlank();
            if (blank || (!current.isEmpty() && startsBlock(line))) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!blank) {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    static boolean startsBlock(String line) {
        return BULLET.matcher(line).find() || line.stripLeading().startsWith("#")
                || line.stripLeading().startsWith("|") || SectionNumber.parse(line).isPresent();
    }
}
