package org.clausecheck.portfolio;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The layout of the portfolio index. Every Lucene document has a {@link #TYPE} and the file's
 * {@link #PATH} key, so that one {@code updateDocuments(path, ...)} replaces all entries of a file.
 *
 * <ul>
 *   <li>{@code document}: playbook version, parties, the document's JSON (the schema of {@code check
 *       --format json}), and what a re-audit needs (hash, analysis key, format, pages, risk, statuses, the
 *       inventory's columns) as one doc value, {@link #ENTRY}; with the clause inventory, keyword fields that
 *       {@code search} filters by: {@link #CATEGORY}, {@link #EXPIRATION_DATE}, {@link #GOVERNING_LAW},
 *       {@link #RENEWAL};</li>
 *   <li>{@code clause}: one block of text with page, section, heading and offsets, searchable;</li>
 *   <li>{@code finding}: rule id and status as keyword fields for filtering, the evidence stored;</li>
 *   <li>{@code error}: a file that could not be audited, its hash and reason in the {@link #ENTRY} doc
 *       value, so that an unchanged broken file is not parsed again.</li>
 * </ul>
 */
public final class PortfolioFields {

    public static final String TYPE = "type";
    public static final String PATH = "path";
    public static final String FILE = "file";

    public static final String TYPE_DOCUMENT = "document";
    public static final String TYPE_CLAUSE = "clause";
    public static final String TYPE_FINDING = "finding";
    public static final String TYPE_ERROR = "error";

    public static final String PLAYBOOK_VERSION = "playbookVersion";
    public static final String PARTIES = "parties";
    public static final String JSON = "json";

    /** "yes" on the document entries of contracts whose clause inventory was read. */
    public static final String INVENTORY = "inventory";
    /** One keyword per CUAD category found, named exactly as CUAD names it. */
    public static final String CATEGORY = "category";
    /** The expiration date, only where it is an ISO date: ISO dates sort as their text does. */
    public static final String EXPIRATION_DATE = "expirationDate";
    /** The governing law in lower case, for a case-insensitive "contains" filter. */
    public static final String GOVERNING_LAW = "governingLaw";
    /** "yes" where the contract states a renewal term. */
    public static final String RENEWAL = "renewal";
    public static final String YES = "yes";

    public static final String TEXT = "text";
    public static final String PAGE = "page";
    public static final String SECTION = "section";
    public static final String HEADING = "heading";
    public static final String START = "start";
    public static final String END = "end";

    public static final String RULE = "rule";
    public static final String STATUS = "status";
    public static final String EVIDENCE_KIND = "evidenceKind";
    public static final String EVIDENCE_QUOTE = "evidenceQuote";
    public static final String EVIDENCE_PAGE = "evidencePage";
    public static final String EVIDENCE_SECTION = "evidenceSection";
    public static final String RECOMMENDATION = "recommendation";

    /** On document and error entries only: the {@link KnownEntry} of the file, as a binary doc value. */
    static final String ENTRY = "entry";

    /** Clause text: stemmed English, offsets in the postings so that snippets need no re-analysis. */
    static final FieldType TEXT_TYPE = textType();

    private PortfolioFields() {
    }

    /** The same analyzer must index and parse queries: "assigns" finds "assign". */
    public static Analyzer textAnalyzer() {
        return new EnglishAnalyzer();
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
