package org.clausecheck.portfolio.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.StoredDocument;

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
                out.write(details.get().json());
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
}
