package org.clausecheck.analyze.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.doctype.IncorporatedTerms;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.RecommendedLanguage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.waiver.AppliedWaiver;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.extract.ExtractionWarning;

/**
 * SARIF 2.1.0, so that code-review platforms that keep contracts in a repository show the gaps on the
 * contract. The contract is the artifact; a finding with evidence points at it with a region (character
 * offset and length into the extracted text, the quote as snippet, page and section as properties). A
 * protection that nothing provides points at the artifact alone. MET protections are not results. Files
 * that could not be read are tool execution notifications of level error, extraction warnings (a page
 * without text) notifications of level warning.
 *
 * <p>Offsets count UTF-16 code units of the text the extractor produced, hence {@code columnKind}
 * {@code utf16CodeUnits}; for a PDF or Word file they are not byte offsets into the file, which is why the
 * quote, page and section travel with every region.
 */
public final class SarifReportRenderer implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(report, json);
            writeInvocation(report, json);
            writeArtifacts(report, json);
            json.writeArrayFieldStart("results");
            for (DocumentReport document : report.documents()) {
                for (Finding finding : ReportText.findings(report, document)) {
                    if (finding.status() != Status.MET) {
                        writeResult(report, document, finding, json);
                    }
                }
            }
            json.writeEndArray();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeTool(CheckReport report, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "clausecheck");
        String version = toolVersion();
        if (version != null) {
            json.writeStringField("version", version);
        }
        json.writeArrayFieldStart("rules");
        for (Rule rule : report.playbook().rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", pascalCase(rule.id()));
            message("shortDescription", ReportText.oneLine(rule.title()), json);
            message("fullDescription", ReportText.oneLine(rule.rationale()), json);
            message("help", ReportText.oneLine(RecommendedLanguage.generic(rule.recommendation())), json);
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", rule.severity() == Severity.REQUIRED ? "error" : "warning");
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("category", rule.category());
            json.writeStringField("severity", rule.severity().name());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("playbook", report.playbook().name());
        json.writeStringField("playbookVersion", report.playbook().version());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The version from the jar's manifest; absent when running from classes, never a made-up one. */
    private static String toolVersion() {
        return SarifReportRenderer.class.getPackage().getImplementationVersion();
    }

    private static void writeInvocation(CheckReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", report.errors().isEmpty());
        json.writeArrayFieldStart("toolExecutionNotifications");
        // Extraction warnings first (a page without text may hide a clause), each document read in part saying so
        // before its warnings, then the files not read.
        for (int i = 0; i < report.documents().size(); i++) {
            DocumentReport document = report.documents().get(i);
            ReadCoverage coverage = ReadCoverage.of(document);
            if (coverage.partial()) {
                notification("warning", document.file() + ": " + coverage.headline(), document.file(), i, json);
            }
            for (ExtractionWarning warning : document.warnings()) {
                notification("warning", document.file() + ": " + ReportText.oneLine(warning.toString()),
                        document.file(), i, json);
            }
        }
        for (ProcessingError error : report.errors()) {
            notification("error", error.file() + ": " + ReportText.oneLine(error.reason()), error.file(), -1, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void notification(String level, String text, String file, int artifactIndex, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        message("message", text, json);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(file, artifactIndex, json);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeArtifacts(CheckReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("artifacts");
        for (DocumentReport document : report.documents()) {
            json.writeStartObject();
            json.writeObjectFieldStart("location");
            json.writeStringField("uri", uri(document.file()));
            json.writeEndObject();
            json.writeStringField("mimeType", document.format().mediaType());
            json.writeObjectFieldStart("hashes");
            json.writeStringField("sha-256", document.sha256());
            json.writeEndObject();
            DocumentProfile profile = document.analysis().profile();
            json.writeObjectFieldStart("properties");
            json.writeStringField("documentType", profile.type());
            json.writeStringField("documentTypeName", profile.typeName());
            json.writeArrayFieldStart("operativeTermsNotInFile");
            for (IncorporatedTerms terms : profile.termsNotInFile()) {
                json.writeString(terms.name());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeResult(CheckReport report, DocumentReport document, Finding finding,
                                    JsonGenerator json) throws IOException {
        Rule rule = report.rule(finding.ruleId());
        int artifactIndex = report.documents().indexOf(document);
        json.writeStartObject();
        json.writeStringField("ruleId", rule.id());
        json.writeNumberField("ruleIndex", report.playbook().rules().indexOf(rule));
        boolean expected = document.analysis().expects(finding.ruleId());
        json.writeStringField("level", expected ? level(rule.severity(), finding.status()) : "note");
        message("message", (expected ? "" : "(" + document.analysis().profile().notExpectedLabel() + ") ")
                + message(rule, finding, ReportText.incompleteNote(document, finding)), json);
        List<Evidence> evidence = primaryFirst(finding);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(document.file(), artifactIndex, json);
        if (!evidence.isEmpty()) {
            region(evidence.get(0), document.text(), json);
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (evidence.size() > 1 || !finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            for (int i = 1; i < evidence.size(); i++) {
                Evidence item = evidence.get(i);
                json.writeStartObject();
                json.writeNumberField("id", i);
                json.writeObjectFieldStart("physicalLocation");
                artifactLocation(document.file(), artifactIndex, json);
                region(item, document.text(), json);
                json.writeEndObject();
                message("message", item.kind().name().toLowerCase(Locale.ROOT) + " evidence, "
                        + ReportText.location(item), json);
                json.writeEndObject();
            }
            int id = Math.max(1, evidence.size());
            for (RelatedPassage passage : finding.related()) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                json.writeObjectFieldStart("physicalLocation");
                artifactLocation(document.file(), artifactIndex, json);
                region(passage.start(), passage.end(), passage.quote(), relatedProperties(passage), document.text(), json);
                json.writeEndObject();
                message("message", ReportText.RELATED_TITLE.toLowerCase(Locale.ROOT) + " ("
                        + ReportText.relatedBasis(passage) + "), " + ReportText.location(passage), json);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        Optional<AppliedWaiver> waiver = report.waiver(document, finding);
        if (waiver.isPresent() && waiver.get().inForce()) {
            // SARIF's own way to say a result is accepted: viewers and code scanning hide it as suppressed.
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", ReportText.waiverNote(report, document, finding));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("status", finding.status().name());
        json.writeNumberField("confidence", new BigDecimal(ReportText.confidence(finding.confidence())));
        json.writeStringField("severity", rule.severity().name());
        json.writeBooleanField("expected", expected);
        json.writeBooleanField("incomplete", ReadCoverage.of(document).partial());
        if (waiver.isPresent()) {
            json.writeStringField("waiver", ReportText.waiverNote(report, document, finding));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * The evidence that decided the status first (the contrary clause of a CONTRARY finding, the weak one of
     * a WEAK finding), then the rest in document order.
     */
    private static List<Evidence> primaryFirst(Finding finding) {
        List<Evidence> evidence = new ArrayList<>(ReportText.evidence(finding));
        String decisive = switch (finding.status()) {
            case CONTRARY -> "CONTRARY";
            case WEAK -> "WEAK";
            default -> "";
        };
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).kind().name().equals(decisive)) {
                evidence.add(0, evidence.remove(i));
                break;
            }
        }
        return evidence;
    }

    /** "MISSING: title. reasons. Ask for: recommendation": the one text a review platform shows. */
    private static String message(Rule rule, Finding finding, String incomplete) {
        StringBuilder text = new StringBuilder();
        text.append(finding.status().name()).append(incomplete.isEmpty() ? "" : " (" + incomplete + ")").append(": ").append(ReportText.oneLine(rule.title())).append('.');
        List<String> reasons = ReportText.reasons(finding);
        if (!reasons.isEmpty()) {
            String joined = String.join("; ", reasons.stream().map(ReportText::oneLine).toList());
            text.append(' ').append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1));
            if (text.charAt(text.length() - 1) != '.') {
                text.append('.');
            }
        }
        if (!finding.recommendation().isBlank()) {
            text.append(" Ask for: ").append(ReportText.oneLine(finding.recommendation()));
        }
        return text.toString();
    }

    /** Required protections that are missing or contrary are errors; everything else is advice. */
    static String level(Severity severity, Status status) {
        if (severity == Severity.REQUIRED) {
            return status == Status.WEAK ? "warning" : "error";
        }
        return status == Status.WEAK ? "note" : "warning";
    }

    /**
     * Offsets, and the same span as lines and columns of the extracted text when the offsets fall inside it:
     * GitHub code scanning places results by {@code startLine} only.
     */
    private static void region(Evidence evidence, String text, JsonGenerator json) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (evidence.page() > 0) {
            properties.put("page", evidence.page());
        }
        if (evidence.sectionNumber() != null && !evidence.sectionNumber().isBlank()) {
            properties.put("section", evidence.sectionNumber().strip());
        }
        if (!evidence.heading().isBlank()) {
            properties.put("heading", ReportText.oneLine(evidence.heading()));
        }
        properties.put("kind", evidence.kind().name());
        region(evidence.start(), evidence.end(), evidence.quote(), properties, text, json);
    }

    /** A related passage's properties: where it stands, kind RELATED, its score and what ranked it. */
    private static Map<String, Object> relatedProperties(RelatedPassage passage) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (passage.page() > 0) {
            properties.put("page", passage.page());
        }
        if (passage.sectionNumber() != null && !passage.sectionNumber().isBlank()) {
            properties.put("section", passage.sectionNumber().strip());
        }
        if (!passage.heading().isBlank()) {
            properties.put("heading", ReportText.oneLine(passage.heading()));
        }
        properties.put("kind", "RELATED");
        properties.put("score", new BigDecimal(ReportText.confidence(passage.score())));
        properties.put("basis", passage.basis());
        return properties;
    }

    private static void region(int startOffset, int endOffset, String quote, Map<String, Object> properties,
                               String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("region");
        if (endOffset <= text.length()) {
            LineColumn start = LineColumn.of(text, startOffset);
            LineColumn end = LineColumn.of(text, endOffset);
            json.writeNumberField("startLine", start.line());
            json.writeNumberField("startColumn", start.column());
            json.writeNumberField("endLine", end.line());
            json.writeNumberField("endColumn", end.column());
        }
        json.writeNumberField("charOffset", startOffset);
        json.writeNumberField("charLength", endOffset - startOffset);
        json.writeObjectFieldStart("snippet");
        json.writeStringField("text", quote);
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (property.getValue() instanceof Integer number) {
                json.writeNumberField(property.getKey(), number);
            } else if (property.getValue() instanceof BigDecimal decimal) {
                json.writeNumberField(property.getKey(), decimal);
            } else {
                json.writeStringField(property.getKey(), property.getValue().toString());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void artifactLocation(String file, int index, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(file));
        if (index >= 0) {
            json.writeNumberField("index", index);
        }
        json.writeEndObject();
    }

    private static void message(String field, String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /**
     * The file as the user named it, as a URI reference: a relative path stays relative (platforms resolve
     * it against the repository root), separators become '/', and everything outside the unreserved
     * characters is percent-encoded as UTF-8. An absolute path becomes a file URI.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean windowsDrive = path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
        StringBuilder out = new StringBuilder();
        if (path.startsWith("/")) {
            out.append("file://");
        } else if (windowsDrive) {
            out.append("file:///");
        }
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean driveColon = windowsDrive && i == 1;
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || "-._~/".indexOf(b) >= 0
                    || driveColon) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        return out.toString();
    }

    /** A 1-based line and column (UTF-16 code units); CR, LF and CRLF end a line, as SARIF counts them. */
    record LineColumn(int line, int column) {
        static LineColumn of(String text, int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new LineColumn(line, offset - lineStart + 1);
        }
    }

    /** "ip-ownership" becomes "IpOwnership", SARIF's convention for a rule's friendly name. */
    static String pascalCase(String id) {
        List<String> words = new ArrayList<>();
        for (String word : id.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        return String.join("", words);
    }
}
