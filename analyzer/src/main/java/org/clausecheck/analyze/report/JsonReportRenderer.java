package org.clausecheck.analyze.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.doctype.IncorporatedTerms;
import org.clausecheck.analyze.doctype.TemplateSummary;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.waiver.AppliedWaiver;
import org.clausecheck.extract.ExtractionWarning;

/**
 * The machine-readable report. Field order is fixed and documents, findings and evidence keep a stable
 * order, so that two runs on the same input give the same bytes. {@link #FORMAT_VERSION} changes when a
 * field is removed or changes meaning; new fields may be added without a change (each finding's {@code related}
 * array: the passages of a MISSING finding shown as related, not judged; empty otherwise).
 */
public final class JsonReportRenderer implements ReportRenderer {

    public static final int FORMAT_VERSION = 1;

    /** The caller owns the writer: closing the generator must not close standard output. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeObjectFieldStart("playbook");
            json.writeStringField("name", report.playbook().name());
            json.writeStringField("version", report.playbook().version());
            json.writeEndObject();
            json.writeArrayFieldStart("documents");
            for (DocumentReport document : report.documents()) {
                writeDocument(report, document, json);
            }
            json.writeEndArray();
            writeErrors(report.errors(), json);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * Writes one document object of the schema; the portfolio audit stores it per document and writes it
     * as one JSON line. {@code report} supplies the rules the findings refer to.
     */
    public static void writeDocument(CheckReport report, DocumentReport document, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("file", document.file());
        json.writeStringField("sha256", document.sha256());
        json.writeStringField("format", document.format().name());
        json.writeNumberField("pages", document.pages());
        // A document read in part: its verdicts are incomplete, a MISSING one means "not in the pages read".
        ReadCoverage coverage = ReadCoverage.of(document);
        json.writeBooleanField("complete", !coverage.partial());
        json.writeArrayFieldStart("unreadPages");
        for (int page : coverage.unreadPages()) {
            json.writeNumber(page);
        }
        json.writeEndArray();
        if (coverage.partial()) {
            json.writeStringField("incompleteReason", coverage.summary());
        }
        PartyResolution roles = document.analysis().summary().parties();
        json.writeArrayFieldStart("parties");
        for (Party party : roles.parties()) {
            json.writeStartObject();
            json.writeStringField("name", party.name());
            json.writeStringField("term", party.aliases().isEmpty() ? null : party.aliases().get(0));
            json.writeStringField("role", party.role().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("roles");
        json.writeBooleanField("decided", roles.decided());
        writeConfidence("confidence", roles.confidence(), json);
        json.writeStringField("reason", roles.reason());
        json.writeEndObject();
        writeProfile(document.analysis().profile(), json);
        writeSummary(document.analysis().summary(), json);
        json.writeArrayFieldStart("findings");
        for (Finding finding : document.analysis().findings()) {
            writeFinding(report.rule(finding.ruleId()), finding, document.analysis().profile(), coverage.partial(),
                    report.waiver(document, finding), json);
        }
        json.writeEndArray();
        if (document.analysis().inventory() != null) {
            InventoryJson.write(document.analysis().inventory(), json);
        }
        json.writeArrayFieldStart("warnings");
        for (ExtractionWarning warning : document.warnings()) {
            json.writeString(warning.toString());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The document's type (with the rules it is not expected to carry), the terms it incorporates by reference
     * and, of those, the operative terms the file does not hold, and the marks of an unfinished form.
     */
    private static void writeProfile(DocumentProfile profile, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("documentType");
        json.writeStringField("id", profile.type());
        json.writeStringField("name", profile.typeName());
        json.writeStringField("reason", profile.reason());
        writeStrings("notExpected", profile.notExpected(), json);
        json.writeEndObject();
        writeStrings("operativeTermsNotInFile", profile.termsNotInFile().stream().map(IncorporatedTerms::name).toList(),
                json);
        json.writeArrayFieldStart("incorporatedByReference");
        for (IncorporatedTerms terms : profile.incorporated()) {
            json.writeStartObject();
            json.writeStringField("name", terms.name());
            json.writeStringField("section", terms.sectionNumber());
            json.writeNumberField("start", terms.offset());
            json.writeBooleanField("inFile", !terms.notInFile());
            json.writeEndObject();
        }
        json.writeEndArray();
        TemplateSummary template = profile.template();
        json.writeObjectFieldStart("template");
        json.writeNumberField("openElections", template.openElections());
        json.writeNumberField("openOptions", template.openOptions());
        json.writeNumberField("placeholders", template.placeholders());
        json.writeNumberField("draftingNotes", template.draftingNotes());
        json.writeNumberField("emptyHeadings", template.emptyHeadings());
        json.writeEndObject();
    }

    private static void writeSummary(DocumentSummary summary, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("met", summary.met());
        json.writeNumberField("total", summary.total());
        json.writeStringField("risk", summary.risk().name());
        writeStrings("requiredNotMet", summary.requiredNotMet(), json);
        json.writeEndObject();
    }

    private static void writeFinding(Rule rule, Finding finding, DocumentProfile profile, boolean incomplete,
                                     Optional<AppliedWaiver> waiver, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("title", rule.title());
        json.writeStringField("severity", rule.severity().name());
        json.writeStringField("status", finding.status().name());
        json.writeBooleanField("incomplete", incomplete);
        json.writeBooleanField("expected", profile.expects(finding.ruleId()));
        if (!profile.expects(finding.ruleId())) {
            json.writeStringField("expectation", profile.notExpectedLabel());
        }
        if (waiver.isPresent()) {
            writeWaiver(waiver.get(), json);
        }
        writeConfidence("confidence", finding.confidence(), json);
        writeStrings("reasons", finding.reasons(), json);
        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : finding.evidence()) {
            json.writeStartObject();
            json.writeStringField("kind", evidence.kind().name());
            writePlace(evidence.quote(), evidence.page(), evidence.sectionNumber(), evidence.heading(),
                    evidence.start(), evidence.end(), json);
            json.writeStringField("pattern", evidence.patternId());
            json.writeStringField("note", evidence.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("recommendation", finding.recommendation());
        json.writeArrayFieldStart("related");
        for (RelatedPassage passage : finding.related()) {
            json.writeStartObject();
            writePlace(passage.quote(), passage.page(), passage.sectionNumber(), passage.heading(), passage.start(),
                    passage.end(), json);
            writeConfidence("score", passage.score(), json);
            json.writeStringField("basis", passage.basis());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A quoted sentence and where it stands: quote, page (null without pages), section, heading, offsets. */
    /**
     * An accepted gap beside the verdict (only for a finding a waiver covers): "waived" while in force, "expired"
     * after its date, when the finding counts again.
     */
    private static void writeWaiver(AppliedWaiver applied, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("waiver");
        json.writeStringField("state", applied.expired() ? "expired" : "waived");
        json.writeStringField("reason", applied.waiver().reason());
        json.writeStringField("approvedBy", applied.waiver().approvedBy());
        json.writeStringField("until", applied.waiver().until().toString());
        json.writeEndObject();
    }

    static void writePlace(String quote, int page, String section, String heading, int start, int end,
                           JsonGenerator json) throws IOException {
        json.writeStringField("quote", quote);
        if (page > 0) {
            json.writeNumberField("page", page);
        } else {
            json.writeNullField("page");
        }
        json.writeStringField("section", section);
        json.writeStringField("heading", heading);
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
    }

    /** Two decimals, so that floating-point noise never changes a report. */
    static void writeConfidence(String field, double value, JsonGenerator json) throws IOException {
        json.writeNumberField(field, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The {@code errors} array, the same in every JSON clausecheck writes: file and one-line reason. */
    static void writeErrors(List<ProcessingError> errors, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("errors");
        for (ProcessingError error : errors) {
            json.writeStartObject();
            json.writeStringField("file", error.file());
            json.writeStringField("reason", error.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
