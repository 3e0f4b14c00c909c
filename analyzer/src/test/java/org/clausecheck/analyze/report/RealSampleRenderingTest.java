package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.UnsupportedFormatException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real sample read, analysed and rendered in every format, end to end. */
class RealSampleRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"../samples/northwind-ai-development-agreement.txt",
            "../samples/vendor-keeps-ip-saas-terms.pdf"})
    void rendersARealAnalysisInEveryFormat(String sample) throws IOException {
        Path file = Path.of(sample);
        Assumptions.assumeTrue(Files.exists(file), "sample not found: " + file);
        ExtractedDocument document;
        try {
            document = new Extractor().extract(file);
        } catch (UnsupportedFormatException e) {
            // The PDF reader is developed on another branch; until it is merged the placeholder refuses PDFs.
            Assumptions.abort("no reader for " + file + " yet: " + e.getMessage());
            return;
        } catch (ExtractionException e) {
            throw new AssertionError(e);
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        AnalysisReport analysis = new ContractAnalyzer().analyze(document, options);
        CheckReport report = new CheckReport(options.playbook(), List.of(DocumentReport.of(document, analysis)),
                List.of(new ProcessingError("missing.pdf", "no such file")));

        for (String format : RendererFactory.names()) {
            StringWriter out = new StringWriter();
            RendererFactory.byName(format).render(report, RenderOptions.plain(), out);
            assertFalse(out.toString().isBlank(), format);
        }

        StringWriter html = new StringWriter();
        new HtmlReportRenderer().render(report, RenderOptions.plain(), html);
        Evidence quoted = analysis.findings().stream()
                .map(Finding::evidence)
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence at all in " + file));
        String marked = HtmlEscaper.escape(document.text().substring(quoted.start(), quoted.end()));
        assertTrue(html.toString().contains("<mark>" + marked.lines().findFirst().orElseThrow()),
                "the html does not mark the quote " + marked);
        assertTrue(html.toString().contains(HtmlEscaper.escape(quoted.quote().strip())),
                "the html does not contain the escaped quote " + quoted.quote());
    }
}
