package org.clausecheck.analyze.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standard forms of ../shared/corpus/standard (real templates with blanks, notes and elections), when the
 * corpus is there: the same agreement as Markdown and DOCX gets the same verdicts, and nothing is MET from a box
 * not ticked, a note, a blank or an empty heading.
 */
class CommonPaperFormsTest {

    private static final Set<MarkKind> NOT_AGREED = EnumSet.of(MarkKind.OPEN_OPTION, MarkKind.UNCHOSEN_OPTION,
            MarkKind.DRAFTING_NOTE, MarkKind.PLACEHOLDER_SENTENCE, MarkKind.EMPTY_HEADING);
    private static final String ELECTION = "depends on an election not made";

    private final ContractAnalyzer analyzer = new ContractAnalyzer();

    private static Path standard() {
        return SharedCorpus.require("standard");
    }

    private record Analysed(ExtractedDocument document, AnalysisReport report) {
    }

    private Analysed analyse(Path file) throws Exception {
        ExtractedDocument document = new Extractor().extract(file);
        return new Analysed(document, analyzer.analyze(document, AnalysisOptions.defaults()));
    }

    @Test
    void theProfessionalServicesAgreementGetsTheSameVerdictsAsMarkdownAndDocx() throws Exception {
        Path standard = standard();
        List<Path> markdown;
        try (Stream<Path> files = Files.list(standard)) {
            markdown = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Assumptions.assumeFalse(markdown.isEmpty(), "no Markdown forms");
        for (Path md : markdown) {
            Path docx = Path.of(md.toString().replaceAll("\\.md$", ".docx"));
            if (!Files.exists(docx)) {
                continue;
            }
            AnalysisReport fromMarkdown = analyse(md).report();
            AnalysisReport fromWord = analyse(docx).report();
            assertEquals(fromMarkdown.profile().type(), fromWord.profile().type(), md.getFileName().toString());
            for (Finding word : fromWord.findings()) {
                Finding text = fromMarkdown.finding(word.ruleId()).orElseThrow();
                // The DOCX carries a cover page with elections the Markdown (standard terms only) does not have.
                boolean onlyCoverPageElections = text.status() == Status.MISSING && word.status() == Status.WEAK
                        && word.evidence().stream().allMatch(e -> e.note().startsWith(ELECTION));
                assertTrue(word.status() == text.status() || onlyCoverPageElections,
                        md.getFileName() + " " + word.ruleId() + ": md " + text.status() + " " + text.reasons()
                                + " / docx " + word.status() + " " + word.reasons());
                Map<String, String> sections = new HashMap<>();
                for (Evidence evidence : text.evidence()) {
                    sections.put(normalised(evidence.quote()), String.valueOf(evidence.sectionNumber()));
                }
                for (Evidence evidence : word.evidence()) {
                    String section = sections.get(normalised(evidence.quote()));
                    if (section != null) {
                        assertEquals(section, String.valueOf(evidence.sectionNumber()),
                                md.getFileName() + " " + word.ruleId() + ": " + evidence.quote());
                    }
                }
            }
        }
    }

    @Test
    void nothingIsMetFromABoxNotTickedANoteABlankOrAnEmptyHeading() throws Exception {
        List<String> falseMet = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> files = Files.list(standard())) {
            for (Path file : files.sorted().toList()) {
                Analysed analysed = analyse(file);
                TemplateMarks marks = TemplateReader.read(analysed.document(),
                        StructureBuilder.build(analysed.document()));
                forms += marks.isEmpty() ? 0 : 1;
                for (Finding finding : analysed.report().findings()) {
                    if (finding.status() != Status.MET) {
                        continue;
                    }
                    boolean agreedEvidence = false;
                    for (Evidence evidence : finding.evidence()) {
                        if (evidence.kind() == EvidenceKind.SATISFYING && !withinAMark(evidence, marks)) {
                            agreedEvidence = true;
                        }
                    }
                    if (!agreedEvidence) {
                        falseMet.add(file.getFileName() + " " + finding.ruleId() + " " + finding.reasons());
                    }
                }
            }
        }
        assertTrue(forms > 0, "the standard forms hold template marks");
        assertEquals(List.of(), falseMet);
    }

    @Test
    void aStatementOfWorkFormNamesTheAgreementItIsIssuedUnder() throws Exception {
        Path sow = standard().resolve("common-paper-sow.docx");
        Assumptions.assumeTrue(Files.exists(sow), "no SOW form");
        AnalysisReport report = analyse(sow).report();
        assertEquals("sow", report.profile().type(), report.profile().reason());
        assertFalse(report.profile().termsNotInFile().isEmpty(), report.profile().incorporated().toString());
        assertTrue(report.profile().template().openElections() > 0);
    }

    private static boolean withinAMark(Evidence evidence, TemplateMarks marks) {
        for (TemplateMark mark : marks.marks()) {
            if (NOT_AGREED.contains(mark.kind()) && mark.start() <= evidence.start() && evidence.start() < mark.end()) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String quote) {
        return quote.replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'").replaceAll("\\s+", " ")
                .strip();
    }
}
