package org.clausecheck.analyze.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionWarning;

/**
 * Writes extracted documents as JSON with a fixed field order. {@code formatVersion} changes whenever
 * a field is removed or changes meaning, so that consumers can rely on the schema.
 */
public final class ExtractionJsonWriter {

    public static final int FORMAT_VERSION = 1;

    /** The caller owns the writer: closing the generator must not close standard output. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    public void write(ExtractionReport report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeArrayFieldStart("documents");
            for (ExtractedDocument document : report.documents()) {
                writeDocument(document, json);
            }
            json.writeEndArray();
            JsonReportRenderer.writeErrors(report.errors(), json);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeDocument(ExtractedDocument document, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", document.source());
        json.writeStringField("sha256", document.id());
        json.writeStringField("format", document.format().name());
        writeMetadata(document.metadata(), json);
        json.writeArrayFieldStart("warnings");
        for (ExtractionWarning warning : document.warnings()) {
            json.writeStartObject();
            writeOptionalPage(warning.page(), json);
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("blocks");
        for (Block block : document.blocks()) {
            writeBlock(block, json);
        }
        json.writeEndArray();
        json.writeStringField("text", document.text());
        json.writeEndObject();
    }

    private static void writeMetadata(DocumentMetadata metadata, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("title", metadata.title());
        json.writeStringField("author", metadata.author());
        json.writeStringField("created", instant(metadata.created()));
        json.writeStringField("modified", instant(metadata.modified()));
        json.writeNumberField("pages", metadata.pageCount());
        writeStrings("runningHeaders", metadata.runningHeaders(), json);
        writeStrings("runningFooters", metadata.runningFooters(), json);
        json.writeEndObject();
    }

    private static void writeBlock(Block block, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", block.kind().name());
        writeOptionalPage(block.page(), json);
        json.writeStringField("section", block.sectionNumber());
        writeStrings("headingPath", block.headingPath(), json);
        json.writeNumberField("start", block.start());
        json.writeNumberField("end", block.end());
        json.writeStringField("text", block.text());
        json.writeEndObject();
    }

    private static void writeOptionalPage(int page, JsonGenerator json) throws IOException {
        if (page > 0) {
            json.writeNumberField("page", page);
        } else {
            json.writeNullField("page");
        }
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
