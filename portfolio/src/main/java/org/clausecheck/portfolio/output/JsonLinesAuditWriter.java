package org.clausecheck.portfolio.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.StoredDocument;
import org.clausecheck.analyze.waiver.AppliedWaiver;

/**
 * JSON Lines: one line per contract, the document object of {@code check --format json} as stored in the
 * index, then one line per file that failed, {@code {"file": ..., "reason": ...}} as in that report's
 * errors. Read from the index one contract at a time.
 */
final class JsonLinesAuditWriter implements AuditWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(AuditOutput audit, Writer writer) throws IOException {
        Writer out = writer;
        for (AuditRow row : audit.documents()) {
            Optional<StoredDocument> details = audit.details(row);
            if (details.isPresent()) {
                out.write(withWaivers(audit, row, details.get().json()));
                out.write('\n');
            }
        }
        for (AuditRow row : audit.failures()) {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("file", row.file());
                json.writeStringField("reason", row.error());
                json.writeEndObject();
            }
            out.write('\n');
        }
        out.flush();
    }

    /**
     * The stored document object with a {@code "waivers"} array added at its end when waivers cover some of its
     * findings: what is stored is the analyzer's judgement, the waivers belong to this run.
     */
    private static String withWaivers(AuditOutput audit, AuditRow row, String stored) throws IOException {
        StringWriter waivers = new StringWriter();
        boolean any = false;
        try (JsonGenerator json = FACTORY.createGenerator(waivers)) {
            json.writeStartArray();
            for (int i = 0; i < audit.rules().size(); i++) {
                Optional<AppliedWaiver> waiver = audit.waiver(row, i);
                if (waiver.isPresent()) {
                    any = true;
                    json.writeStartObject();
                    json.writeStringField("ruleId", audit.rules().get(i).id());
                    json.writeStringField("status", row.statuses().get(i).name());
                    json.writeStringField("state", waiver.get().expired() ? "expired" : "waived");
                    json.writeStringField("reason", waiver.get().waiver().reason());
                    json.writeStringField("approvedBy", waiver.get().waiver().approvedBy());
                    json.writeStringField("until", waiver.get().waiver().until().toString());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        }
        String object = stored.stripTrailing();
        if (!any || !object.endsWith("}")) {
            return stored;
        }
        return object.substring(0, object.length() - 1) + ",\"waivers\":" + waivers + "}";
    }
}
