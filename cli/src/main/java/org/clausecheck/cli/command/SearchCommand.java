package org.clausecheck.cli.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.portfolio.PortfolioIndexMissingException;
import org.clausecheck.analyze.portfolio.PortfolioLocation;
import org.clausecheck.analyze.portfolio.PortfolioReader;
import org.clausecheck.analyze.portfolio.search.ClauseHit;
import org.clausecheck.analyze.portfolio.search.ContractMatch;
import org.clausecheck.analyze.portfolio.search.PortfolioSearcher;
import org.clausecheck.analyze.portfolio.search.SearchLatency;
import org.clausecheck.analyze.portfolio.search.SearchRequest;
import org.clausecheck.analyze.portfolio.search.SearchResult;
import org.clausecheck.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck search}: the audited portfolio's clauses and findings. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        header = "Search the clauses of an audited portfolio, or list the contracts lacking a protection.",
        description = "QUERY uses Lucene syntax over clause text (stemmed English): words, \"phrases\","
                + " \"source code\"~5 (within 5 words), AND, OR, NOT, parentheses; words are ANDed by default."
                + " Hits are ranked and show file, page, section and a snippet with the matches in [brackets]."
                + " --rule and --status list the contracts whose finding matches; with a QUERY they restrict the"
                + " hits to those contracts. Exit codes: 0 found, 4 nothing found, 1 no index.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck search '\"source code\"~5'",
                "  clausecheck search 'assign AND (prompts OR models)' --limit 5",
                "  clausecheck search --rule knowledge-transfer --status MISSING",
                "  clausecheck search handover --rule knowledge-transfer --status WEAK --format json",
        })
public final class SearchCommand implements Callable<Integer> {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Lucene query over clause text.")
    String query;

    @Option(names = "--index", paramLabel = "DIR", description = "The portfolio index (default: ./.clausecheck).")
    Path index;

    @Option(names = "--rule", paramLabel = "RULE_ID", description = "Only contracts with a finding on this rule.")
    String rule;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only contracts whose finding has this status: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "Benchmark: run the search N times to warm up, then N times measured, and print the"
                    + " median latency on standard error.")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String chosenFormat = format.toLowerCase(Locale.ROOT);
        if (!chosenFormat.equals("text") && !chosenFormat.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; choose text or json");
        }
        SearchRequest request;
        try {
            request = new SearchRequest(query, rule, status, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path folder = index != null ? index : PortfolioLocation.defaultForSearch();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PortfolioReader reader = PortfolioReader.open(folder)) {
            PortfolioSearcher searcher = new PortfolioSearcher(reader);
            SearchResult result;
            try {
                result = searcher.search(request);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (repeat > 0) {
                err.printf(Locale.ROOT, "search: median %.2f ms over %d runs after %d warm-up runs%n",
                        SearchLatency.medianMillis(searcher, request, repeat), repeat, repeat);
            }
            if (chosenFormat.equals("json")) {
                writeJson(request, result, out);
            } else {
                writeText(request, result, out);
            }
            out.flush();
            boolean found = request.query() != null ? !result.hits().isEmpty() : !result.contracts().isEmpty();
            return found ? ExitCode.OK.code() : ExitCode.GAPS_FOUND.code();
        } catch (PortfolioIndexMissingException e) {
            err.println("clausecheck: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
    }

    private static void writeText(SearchRequest request, SearchResult result, PrintWriter out) {
        if (request.query() == null) {
            out.printf("%d contracts%s%s:%n", result.contracts().size(),
                    request.rule() == null ? "" : " with " + request.rule(),
                    request.status() == null ? "" : " " + request.status());
            for (ContractMatch match : result.contracts()) {
                out.println("  " + match.file() + "  " + match.rule() + "  " + match.status());
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

    private static void writeJson(SearchRequest request, SearchResult result, PrintWriter out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("query", request.query());
            json.writeStringField("rule", request.rule());
            json.writeStringField("status", request.status() == null ? null : request.status().name());
            json.writeNumberField("totalHits", result.totalHits());
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
                json.writeStringField("status", match.status().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }
}
