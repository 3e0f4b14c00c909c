package org.clausecheck.portfolio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.portfolio.PortfolioFields;
import org.clausecheck.portfolio.PortfolioReader;

/**
 * Searches the portfolio index: ranked clause hits with highlighted snippets for a query, and the
 * contracts whose findings pass the rule and status filters and whose clause inventory passes its filters (category,
 * expiration, governing law, renewal). With both, only clauses of those contracts.
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
        Map<BytesRef, String> inventoryPassing = request.inventory().any() ? inventoryContracts(request.inventory())
                : null;
        List<ContractMatch> contracts;
        if (request.hasFindingFilter()) {
            contracts = contracts(request, inventoryPassing, keys);
        } else if (inventoryPassing != null) {
            keys.addAll(inventoryPassing.keySet());
            contracts = inventoryPassing.values().stream().sorted().map(file -> new ContractMatch(file, null, null))
                    .toList();
        } else {
            contracts = List.of();
        }
        int totalContracts = (int) contracts.stream().map(ContractMatch::file).distinct().count();
        if (request.query() == null) {
            // The limit counts contracts: each listed with all its findings that pass (several without --rule).
            return new SearchResult(List.of(), 0, firstContracts(contracts, request.limit()), totalContracts,
                    contracts.size());
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
        return new SearchResult(hits, top.totalHits.value, contracts, totalContracts, contracts.size());
    }

    /** The findings of the first {@code limit} contracts of a list sorted by file. */
    private static List<ContractMatch> firstContracts(List<ContractMatch> findings, int limit) {
        List<ContractMatch> first = new ArrayList<>();
        Set<String> files = new java.util.HashSet<>();
        for (ContractMatch finding : findings) {
            if (files.contains(finding.file()) || files.size() < limit) {
                files.add(finding.file());
                first.add(finding);
            }
        }
        return first;
    }

    /**
     * The contracts whose stored inventory passes the filters: path key to file. An index without any inventory
     * (audited with --no-inventory) is an {@link IllegalArgumentException}: it would list no contract, as if none
     * matched.
     */
    private Map<BytesRef, String> inventoryContracts(InventoryFilter filter) throws IOException {
        Query withInventory = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_DOCUMENT)),
                        BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(PortfolioFields.INVENTORY, PortfolioFields.YES)), BooleanClause.Occur.FILTER)
                .build();
        if (searcher.count(withInventory) == 0) {
            throw new IllegalArgumentException("the index holds no clause inventory (it was audited with"
                    + " --no-inventory): run 'clausecheck audit DIR' without it before filtering by --category,"
                    + " --expires-before, --expires-after, --governing-law or --renews");
        }
        BooleanQuery.Builder documents = new BooleanQuery.Builder().add(withInventory, BooleanClause.Occur.FILTER);
        if (filter.category() != null) {
            documents.add(new TermQuery(new Term(PortfolioFields.CATEGORY, filter.category())),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.expiresBefore() != null || filter.expiresAfter() != null) {
            // ISO dates sort as their text does; both ends are exclusive.
            documents.add(TermRangeQuery.newStringRange(PortfolioFields.EXPIRATION_DATE,
                    filter.expiresAfter() == null ? null : filter.expiresAfter().toString(),
                    filter.expiresBefore() == null ? null : filter.expiresBefore().toString(), false, false),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.governingLaw() != null) {
            documents.add(new WildcardQuery(new Term(PortfolioFields.GOVERNING_LAW,
                    "*" + wildcardLiteral(filter.governingLaw().toLowerCase(Locale.ROOT)) + "*")),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.renews()) {
            documents.add(new TermQuery(new Term(PortfolioFields.RENEWAL, PortfolioFields.YES)),
                    BooleanClause.Occur.FILTER);
        }
        Map<BytesRef, String> passing = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(documents.build(), all).scoreDocs) {
            // Only the two names: the head entry also stores the whole report.
            Document document = stored.document(hit.doc, Set.of(PortfolioFields.PATH, PortfolioFields.FILE));
            passing.put(new BytesRef(document.get(PortfolioFields.PATH)), document.get(PortfolioFields.FILE));
        }
        return passing;
    }

    /** The text as a WildcardQuery matches it literally: its own wildcards and escapes escaped. */
    private static String wildcardLiteral(String text) {
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR
                    || c == WildcardQuery.WILDCARD_ESCAPE) {
                literal.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            literal.append(c);
        }
        return literal.toString();
    }

    /**
     * Findings passing the filters, as contracts sorted by file then rule; only of the contracts in
     * {@code inventoryPassing} when it is not null.
     */
    private List<ContractMatch> contracts(SearchRequest request, Map<BytesRef, String> inventoryPassing,
                                          Set<BytesRef> keys) throws IOException {
        BooleanQuery.Builder findings = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_FINDING)),
                        BooleanClause.Occur.FILTER);
        if (inventoryPassing != null) {
            findings.add(new TermInSetQuery(PortfolioFields.PATH, inventoryPassing.keySet()), BooleanClause.Occur.FILTER);
        }
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
