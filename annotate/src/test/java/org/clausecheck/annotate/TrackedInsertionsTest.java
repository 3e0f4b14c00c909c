package org.clausecheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.testsupport.LibreOffice;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code --suggest} on real contracts: the copy holds one tracked insertion by clausecheck per required MISSING
 * protection, with the requested language; rejecting every insertion gives back the original's blocks, accepting
 * them puts each language after the last block of the section its comment stands in (the document's last block when
 * none), under the same headings.
 */
class TrackedInsertionsTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            return files.filter(f -> f.toString().matches(".*\\.(docx|doc|txt)$")).sorted().toList();
        }
    }

    static List<Path> standard() throws IOException {
        List<Path> files = new ArrayList<>(SharedCorpus.files("standard", ".docx"));
        files.addAll(SharedCorpus.files("standard", ".md"));
        return files;
    }

    @Test
    void everySampleGetsItsSuggestionsAsTrackedInsertions(@TempDir Path temp) throws Exception {
        int suggested = 0;
        for (Path sample : samples()) {
            suggested += assertSuggestedCopy(sample, temp).suggestions().size();
        }
        assertTrue(suggested > 0, "no sample has a required MISSING protection to suggest language for");
    }

    @Test
    void theStandardAgreementsGetTheirSuggestions(@TempDir Path temp) throws Exception {
        for (Path agreement : standard()) {
            assertSuggestedCopy(agreement, temp);
        }
    }

    /**
     * LibreOffice opens every copy with insertions and keeps them as tracked changes by clausecheck holding the
     * language. Skips when {@code soffice} is absent, unless the corpus is required (CI installs LibreOffice).
     */
    @Test
    void libreOfficeKeepsTheInsertionsAsTrackedChanges(@TempDir Path temp) throws Exception {
        List<Path> documents = new ArrayList<>(samples());
        documents.addAll(standard());
        Map<Path, List<Suggestion>> copies = new LinkedHashMap<>();
        for (Path document : documents) {
            Copy copy = suggestedCopy(document, temp); // checked in the other tests; LibreOffice is the point here
            if (!copy.suggestions().isEmpty()) {
                copies.put(copy.path(), copy.suggestions());
            }
        }
        assertFalse(copies.isEmpty());
        Path out = Files.createDirectories(temp.resolve("odt"));
        boolean converted = LibreOffice.convert(List.copyOf(copies.keySet()), "odt", out);
        if (!converted && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("soffice is required in CI but could not convert the copies with insertions");
        }
        Assumptions.assumeTrue(converted, "soffice is not available");
        for (Map.Entry<Path, List<Suggestion>> copy : copies.entrySet()) {
            Path odt = out.resolve(copy.getKey().getFileName().toString().replaceAll("\\.docx$", ".odt"));
            String content = odtContent(odt);
            String inserted = insertedTextBy(content, "clausecheck");
            for (Suggestion suggestion : copy.getValue()) {
                assertTrue(inserted.contains(WordText.normalise(suggestion.language())),
                        odt + ": LibreOffice does not show the language of " + suggestion.ruleId()
                                + " as an insertion by clausecheck");
            }
        }
    }

    record Copy(Path path, List<Suggestion> suggestions) {
    }

    private static Copy suggestedCopy(Path file, Path temp) throws Exception {
        ExtractedDocument original = new Extractor().extract(file);
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        Path copy = temp.resolve("suggested-" + file.getFileName().toString().replace('.', '-') + ".docx");
        AnnotationResult result = new ContractAnnotator(RevisionView.ACCEPTED, true).write(report,
                report.documents().get(0), original, file, copy);
        return new Copy(copy, result.suggested());
    }

    private static Copy assertSuggestedCopy(Path file, Path temp) throws Exception {
        ExtractedDocument original = new Extractor().extract(file);
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        DocumentReport document = report.documents().get(0);
        List<Suggestion> suggestions = AnnotationPlanner.suggestions(report, document);
        Path copy = temp.resolve("suggested-" + file.getFileName().toString().replace('.', '-') + ".docx");

        AnnotationResult result = new ContractAnnotator(RevisionView.ACCEPTED, true).write(report, document, original,
                file, copy);

        assertEquals(suggestions, result.suggested(), file + ": every suggestion inserted");
        assertEquals(List.of(), result.notFound(), file + ": comments not anchored");
        try (InputStream in = Files.newInputStream(copy); XWPFDocument reopened = new XWPFDocument(in)) {
            List<String> inserted = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (XWPFParagraph paragraph : reopened.getParagraphs()) {
                for (CTRunTrackChange insertion : paragraph.getCTP().getInsList()) {
                    if (insertion.getAuthor().equals("clausecheck")) {
                        assertNotNull(insertion.getDate(), file + ": an insertion without w:date");
                        assertTrue(ids.add(insertion.getId().longValue()), file + ": w:id used twice");
                        inserted.add(text(insertion));
                        assertTrue(paragraph.getCTP().getPPr().getRPr().isSetIns(),
                                file + ": the paragraph mark of an insertion is not marked inserted");
                    }
                }
            }
            assertEquals(suggestions.stream().map(s -> WordText.normalise(s.language())).sorted().toList(),
                    inserted.stream().map(WordText::normalise).sorted().toList(), file + ": one insertion each");
        }
        assertRejectingGivesTheOriginal(file, original, copy, temp);
        assertAcceptingPutsEachInItsSection(file, original, suggestions, copy, temp);
        return new Copy(copy, suggestions);
    }

    private static void assertRejectingGivesTheOriginal(Path file, ExtractedDocument original, Path copy, Path temp)
            throws Exception {
        Path rejected = temp.resolve("rejected-" + copy.getFileName());
        try (InputStream in = Files.newInputStream(copy); XWPFDocument document = new XWPFDocument(in)) {
            List<IBodyElement> elements = document.getBodyElements();
            for (int i = elements.size() - 1; i >= 0; i--) {
                if (elements.get(i) instanceof XWPFParagraph paragraph && insertedByUs(paragraph.getCTP())) {
                    document.removeBodyElement(i); // its mark was inserted: the paragraph goes whole
                }
            }
            write(document, rejected);
        }
        assertEquals(texts(original.blocks()), texts(new Extractor().extract(rejected).blocks()),
                file + ": rejecting the insertions does not give the original's blocks");
    }

    private static void assertAcceptingPutsEachInItsSection(Path file, ExtractedDocument original,
                                                           List<Suggestion> suggestions, Path copy, Path temp)
            throws Exception {
        Path accepted = temp.resolve("accepted-" + copy.getFileName());
        try (InputStream in = Files.newInputStream(copy); XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if (insertedByUs(paragraph.getCTP())) {
                    paragraph.getCTP().getPPr().getRPr().unsetIns();
                    for (CTRunTrackChange insertion : List.copyOf(paragraph.getCTP().getInsList())) {
                        unwrap((Element) insertion.getDomNode());
                    }
                }
            }
            write(document, accepted);
        }
        List<Block> blocks = new Extractor().extract(accepted).blocks();
        List<String> languages = suggestions.stream().map(s -> WordText.normalise(s.language())).toList();
        for (Suggestion suggestion : suggestions) {
            String language = WordText.normalise(suggestion.language());
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (WordText.normalise(blocks.get(i).text()).endsWith(language)) {
                    at.add(i);
                }
            }
            assertEquals(1, at.size(), file + ": blocks ending with the language of " + suggestion.ruleId());
            int before = at.get(0) - 1;
            while (before >= 0 && languages.stream().anyMatch(WordText.normalise(blocks.get(before).text())::endsWith)) {
                before--; // another suggestion for the same section stands before this one
            }
            // Between the section's last block and the block that followed it: at the end of that section.
            List<Block> body = original.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).toList();
            Block sectionEnd = SectionEnd.of(original.blocks(), suggestion.passageStart()).orElseThrow();
            assertEquals(WordText.normalise(sectionEnd.text()), WordText.normalise(blocks.get(before).text()),
                    file + ": the language of " + suggestion.ruleId() + " follows another block than its section's last");
            int after = at.get(0) + 1;
            while (after < blocks.size() && languages.stream()
                    .anyMatch(WordText.normalise(blocks.get(after).text())::endsWith)) {
                after++;
            }
            int next = body.indexOf(sectionEnd) + 1;
            if (next < body.size()) {
                assertEquals(WordText.normalise(body.get(next).text()), WordText.normalise(blocks.get(after).text()),
                        file + ": the language of " + suggestion.ruleId() + " comes before another block than the"
                                + " one after its section");
            }
            if (!suggestion.atDocumentEnd()) {
                List<String> passageHeadings = blockAt(original.blocks(), suggestion.passageStart()).headingPath();
                List<String> endHeadings = sectionEnd.headingPath();
                assertTrue(endHeadings.size() >= passageHeadings.size()
                                && endHeadings.subList(0, passageHeadings.size()).equals(passageHeadings),
                        file + ": the section of " + suggestion.ruleId() + " ends under " + endHeadings
                                + ", its passage stands under " + passageHeadings);
            }
        }
    }

    private static Block blockAt(List<Block> blocks, int offset) {
        return blocks.stream().filter(b -> b.kind() != BlockKind.FOOTNOTE && b.start() <= offset)
                .reduce((first, second) -> second).orElseThrow();
    }

    private static boolean insertedByUs(CTP paragraph) {
        return paragraph.isSetPPr() && paragraph.getPPr().isSetRPr() && paragraph.getPPr().getRPr().isSetIns()
                && paragraph.getPPr().getRPr().getIns().getAuthor().equals("clausecheck");
    }

    /** Accepting an insertion: its runs take its place. */
    private static void unwrap(Element insertion) {
        Node parent = insertion.getParentNode();
        while (insertion.getFirstChild() != null) {
            parent.insertBefore(insertion.getFirstChild(), insertion);
        }
        parent.removeChild(insertion);
    }

    private static String text(CTRunTrackChange insertion) {
        StringBuilder text = new StringBuilder();
        for (CTR run : insertion.getRList()) {
            for (CTText t : run.getTList()) {
                text.append(t.getStringValue());
            }
        }
        return text.toString();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static void write(XWPFDocument document, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            document.write(out);
        }
    }

    private static String odtContent(Path odt) throws IOException {
        try (ZipFile zip = new ZipFile(odt.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The text an ODT marks as inserted by the author: what stands between the change-start and change-end marks of
     * each changed region whose insertion the author made (LibreOffice merges adjacent insertions into one region).
     */
    private static String insertedTextBy(String content, String author) {
        Matcher regions = Pattern.compile("<text:changed-region[^>]*text:id=\"([^\"]+)\"[^>]*>\\s*<text:insertion>"
                + "(?:(?!</text:changed-region>).)*?<dc:creator>([^<]*)</dc:creator>", Pattern.DOTALL).matcher(content);
        StringBuilder inserted = new StringBuilder();
        while (regions.find()) {
            if (!regions.group(2).equals(author)) {
                continue;
            }
            String id = Pattern.quote(regions.group(1));
            Matcher span = Pattern.compile("<text:change-start text:change-id=\"" + id + "\"/>(.*?)"
                    + "<text:change-end text:change-id=\"" + id + "\"/>", Pattern.DOTALL).matcher(content);
            while (span.find()) {
                inserted.append(printedText(span.group(1))).append(' ');
            }
        }
        return inserted.toString();
    }

    /** The characters of an ODT's content, markup left out (spans split text) and entities read. */
    private static String printedText(String content) {
        String text = content.replaceAll("<[^>]+>", "").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return WordText.normalise(text);
    }
}
