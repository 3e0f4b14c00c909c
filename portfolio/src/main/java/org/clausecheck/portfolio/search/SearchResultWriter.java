package org.clausecheck.portfolio.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;

/** Writes search results for a person (ranked hits with where they are) or for scripts (JSON). */
public final class SearchResultWriter {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SearchResultWriter() {
    }

    public static void writeText(SearchRequest request, SearchResult result, PrintWriter out) {
        if (request.query() == null) {
            // "20 of 206": the page limit must never read as the number of contracts that match. Without --rule a
            // contract can have several findings that pass: contracts are counted, the findings said beside.
            long shown = result.shownContracts();
            boolean cut = shown < result.totalContracts();
            boolean several = result.totalFindings() != result.totalContracts();
            String findings = several ? result.totalFindings() + (result.totalFindings() == 1 ? " finding" : " findings")
                    + (cut ? ", " + result.contracts().size() + " listed" : "") : "";
            String more = cut ? "--limit N or --all for more" : "";
            out.printf("%s contracts%s%s%s%s:%n", cut ? shown + " of " + result.totalContracts()
                            : String.valueOf(result.totalContracts()),
                    request.rule() == null ? "" : " with " + request.rule(),
                    request.status() == null ? "" : " " + request.status(),
                    request.inventory().any() ? (request.hasFindingFilter() ? "; " : " with ")
                            + request.inventory().describe() : "",
                    findings.isEmpty() && more.isEmpty() ? ""
                            : " (" + String.join("; ", java.util.stream.Stream.of(findings, more)
                                    .filter(part -> !part.isEmpty()).toList()) + ")");
            for (ContractMatch match : result.contracts()) {
                out.println("  " + match.file() + (match.rule() == null ? "" : "  " + match.rule() + "  "
                        + match.status()));
            }
            return;
        }
        out.printf("%d clauses match%s; showing %d%n", result.totalHits(),
                request.hasFilter() ? " in " + distinctFiles(result) + " filtered contracts" : "", result.hits().size());
        int rank = 1;
        for (ClauseHit hit : result.hits()) {
            StringBuilder where = new StringBuilder(hit.file());
            if (hit.page() > 0) {
                where.append(", page ").append(hit.page());
            }
            if (!hit.section().isEmpty()) {
                where.append(", section ").append(hit.section());
            }
            if (!hit.heading().isEmpty()) {
                where.append(" (").append(hit.heading()).append(')');
            }
            out.printf("%2d. %s%n    %s%n", rank++, where, hit.snippet());
        }
    }

    private static long distinctFiles(SearchResult result) {
        return result.contracts().stream().map(ContractMatch::file).distinct().count();
    }

    public static void writeJson(SearchRequest request, SearchResult result, PrintWriter out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("query", request.query());
            json.writeStringField("rule", request.rule());
            json.writeStringField("status", request.status() == null ? null : request.status().name());
            InventoryFilter inventory = request.inventory();
            json.writeStringField("category", inventory.category());
            json.writeStringField("expiresBefore", inventory.expiresBefore() == null ? null
                    : inventory.expiresBefore().toString());
            json.writeStringField("expiresAfter", inventory.expiresAfter() == null ? null
                    : inventory.expiresAfter().toString());
            json.writeStringField("governingLaw", inventory.governingLaw());
            json.writeBooleanField("renews", inventory.renews());
            json.writeNumberField("totalHits", result.totalHits());
            json.writeNumberField("total", result.totalContracts());
            json.writeNumberField("totalFindings", result.totalFindings());
            json.writeArrayFieldStart("hits");
            for (ClauseHit hit : result.hits()) {
                json.writeStartObject();
                json.writeStringField("file", hit.file());
                if (hit.page() > 0) {
                    json.writeNumberField("page", hit.page());
                } else {
                    json.writeNullField("page");
                }
                json.writeStringField("section", hit.section());
                json.writeStringField("heading", hit.heading());
                json.writeStringField("snippet", hit.snippet());
                json.writeNumberField("score", hit.score());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("contracts");
            for (ContractMatch match : result.contracts()) {
                json.writeStartObject();
                json.writeStringField("file", match.file());
                json.writeStringField("rule", match.rule());
                json.writeStringField("status", match.status() == null ? null : match.status().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }
}
