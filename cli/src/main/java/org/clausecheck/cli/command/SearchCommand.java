package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.portfolio.PortfolioIndexMissingException;
import org.clausecheck.portfolio.PortfolioLocation;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.search.InventoryFilter;
import org.clausecheck.portfolio.search.PortfolioSearcher;
import org.clausecheck.portfolio.search.SearchLatency;
import org.clausecheck.portfolio.search.SearchRequest;
import org.clausecheck.portfolio.search.SearchResult;
import org.clausecheck.portfolio.search.SearchResultWriter;
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
                + " hits to those contracts. --category, --expires-before, --expires-after, --governing-law and"
                + " --renews filter by the clause inventory and key terms the audit stored, alone or with the others."
                + " The index is .clausecheck/ in the current folder, where audit writes it,"
                + " or --index; its path is printed on standard error. Exit codes: 0 whether or not anything"
                + " matched (the first line says how many), 1 no index or a damaged one, 2 invalid command line"
                + " (also a --rule no finding in the index refers to).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck search '\"source code\"~5'",
                "  clausecheck search 'assign AND (prompts OR models)' --limit 5",
                "  clausecheck search --rule knowledge-transfer --status missing --all",
                "  clausecheck search handover --rule knowledge-transfer --status weak \\",
                "      --format json",
                "  clausecheck search --category \"Change Of Control\" --governing-law Delaware",
                "  clausecheck search --renews --expires-after \"$(date -I)\" \\",
                "      --expires-before \"$(date -I -d '+90 days')\"",
        })
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Lucene query over clause text.")
    String query;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The portfolio index (default: .clausecheck/ in the current folder, where audit writes it).")
    Path index;

    @Option(names = "--rule", paramLabel = "RULE_ID", description = "Only contracts with a finding on this rule.")
    String rule;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Only contracts whose finding has this status: met, weak, contrary or missing.")
    Status status;

    @Option(names = "--category", paramLabel = "NAME", converter = CategoryConverter.class,
            description = "Only contracts whose clause inventory holds this CUAD category, named as CUAD names it in"
                    + " any case: \"Change Of Control\", \"Anti-Assignment\", \"Source Code Escrow\" ...")
    String category;

    @Option(names = "--expires-before", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Only contracts whose expiration date (a date the contract states, yyyy-mm-dd) is earlier"
                    + " than DATE. A contract whose term is stated only as a duration has no such date.")
    LocalDate expiresBefore;

    @Option(names = "--expires-after", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Only contracts whose expiration date is later than DATE (yyyy-mm-dd).")
    LocalDate expiresAfter;

    @Option(names = "--governing-law", paramLabel = "TEXT",
            description = "Only contracts whose governing law contains TEXT, in any case (Delaware, \"New York\").")
    String governingLaw;

    @Option(names = "--renews",
            description = "Only contracts that state a renewal term (they renew by themselves unless notice is given).")
    boolean renews;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "At most N clause hits, or N contracts without a QUERY (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "Every hit or contract: no --limit.")
    boolean all;

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
            request = new SearchRequest(query, rule, status, all ? Integer.MAX_VALUE : limit,
                    new InventoryFilter(category, expiresBefore, expiresAfter, governingLaw, renews));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path folder = index != null ? index : PortfolioLocation.defaultFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PortfolioReader reader = openIndex(folder, err)) {
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
                SearchResultWriter.writeJson(request, result, out);
            } else {
                SearchResultWriter.writeText(request, result, out);
            }
            out.flush();
            // No hit is an answer, not a failure: exit 4 means gaps found in every other command.
            return ExitCode.OK.code();
        } catch (PortfolioIndexMissingException e) {
            err.println("clausecheck: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (IOException e) {
            if (!PortfolioLocation.isDamage(e)) {
                throw e;
            }
            err.println("clausecheck: " + PortfolioLocation.damaged(folder, e));
            return ExitCode.ERROR.code();
        }
    }

    /** Opens the index and says where it is, on standard error so that the JSON on standard output stays clean. */
    private static PortfolioReader openIndex(Path folder, PrintWriter err) throws IOException {
        PortfolioReader reader = PortfolioReader.open(folder);
        err.println("search: index " + PortfolioLocation.shown(folder));
        err.flush();
        return reader;
    }
}
