package org.clausecheck.portfolio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.portfolio.PortfolioFields;
import org.clausecheck.portfolio.PortfolioReader;

/**
 * Searches the portfolio index: ranked clause hits with highlighted snippets for a query, and the
 * contracts whose findings pass the rule and status filters. With both, only clauses of those contracts.
 * One instance can answer many searches; it does not own the reader.
 */
public final class PortfolioSearcher {

    private static final int SNIPPET_PASSAGES = 2;

    private final PortfolioReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = PortfolioFields.textAnalyzer();
    private final UnifiedHighlighter highlighter;

    public PortfolioSearcher(PortfolioReader reader) {
        this.reader = reader;
        this.searcher = reader.searcher();
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " ... ", false))
                .withMaxLength(100_000)
                .build();
    }

    /**
     * Searches; {@link IllegalArgumentException} for an invalid query or a rule no finding in the index refers to
     * (a misspelt id would otherwise list no contract, as if none lacked the protection).
     */
    public SearchResult search(SearchRequest request) throws IOException {
        if (request.rule() != null) {
            List<String> known = reader.ruleIds();
            if (!known.contains(request.rule())) {
                throw new IllegalArgumentException("--rule: unknown rule id " + request.rule() + "; valid ids: "
                        + (known.isEmpty() ? "none (the index holds no findings)" : String.join(", ", known)));
            }
        }
        Set<BytesRef> keys = new LinkedHashSet<>();
        List<ContractMatch> contracts = request.hasFilter() ? contracts(request, keys) : List.of();
        if (request.query() == null) {
            return new SearchResult(List.of(), 0, contracts.size() > request.limit()
                    ? contracts.subList(0, request.limit()) : contracts, contracts.size());
        }
        BooleanQuery.Builder clauses = new BooleanQuery.Builder()
                .add(parse(request.query()), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_CLAUSE)),
                        BooleanClause.Occur.FILTER);
        if (request.hasFilter()) {
            clauses.add(new TermInSetQuery(PortfolioFields.PATH, keys), BooleanClause.Occur.FILTER);
        }
        Query query = clauses.build();
        TopDocs top = searcher.search(query, request.limit());
        String[] snippets = highlighter.highlight(PortfolioFields.TEXT, query, top, SNIPPET_PASSAGES);
        StoredFields stored = searcher.storedFields();
        List<ClauseHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document clause = stored.document(scoreDoc.doc);
            String snippet = snippets[i] != null ? snippets[i] : clause.get(PortfolioFields.TEXT);
            hits.add(new ClauseHit(clause.get(PortfolioFields.FILE),
                    clause.getField(PortfolioFields.PAGE).numericValue().intValue(),
                    clause.get(PortfolioFields.SECTION), clause.get(PortfolioFields.HEADING),
                    oneLine(snippet), scoreDoc.score));
        }
        return new SearchResult(hits, top.totalHits.value, contracts, contracts.size());
    }

    /** Findings passing the filters, as contracts sorted by file then rule. */
    private List<ContractMatch> contracts(SearchRequest request, Set<BytesRef> keys) throws IOException {
        BooleanQuery.Builder findings = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_FINDING)),
                        BooleanClause.Occur.FILTER);
        if (request.rule() != null) {
            findings.add(new TermQuery(new Term(PortfolioFields.RULE, request.rule())), BooleanClause.Occur.FILTER);
        }
        if (request.status() != null) {
            findings.add(new TermQuery(new Term(PortfolioFields.STATUS, request.status().name())),
                    BooleanClause.Occur.FILTER);
        }
        StoredFields stored = searcher.storedFields();
        List<ContractMatch> matches = new ArrayList<>();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(findings.build(), all).scoreDocs) {
            Document finding = stored.document(hit.doc);
            keys.add(new BytesRef(finding.get(PortfolioFields.PATH)));
            matches.add(new ContractMatch(finding.get(PortfolioFields.FILE), finding.get(PortfolioFields.RULE),
                    Status.valueOf(finding.get(PortfolioFields.STATUS))));
        }
        matches.sort(Comparator.comparing(ContractMatch::file).thenComparing(ContractMatch::rule));
        return matches;
    }

    private Query parse(String text) {
        try {
            QueryParser parser = new QueryParser(PortfolioFields.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid query '" + text + "': "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
