package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.clausecheck.analyze.parties.RoleMention;

/**
 * The terms {@link LegalAnalyzer} makes of a whole document, with the same offsets and position increments, in one
 * pass over the text: what the document index records. Through Lucene's token stream, indexing cost more per token
 * (attributes, a call per filter, a scanner for the Unicode word breaks of every script) than anything done with
 * the tokens; a contract's words are almost all plain ASCII and a few quotation marks, for which each step of the
 * chain is a few lines here.
 *
 * <p>The text is cut into runs between ASCII white space, which never belongs to a token and after which the
 * tokenizer starts afresh. A run of characters whose word break class {@link #breakClass} knows is split and
 * analysed here; any other run goes, with the white space before it, through the analyzer itself. Party mentions
 * are read as their role tokens between two spaces, so the text on either side is read on its own and keeps its
 * offsets. Tests compare all this with the analyzer on every short ASCII text and on many mixed ones.
 */
final class DocumentAnalysis {

    /** Receives each term in order; the term's buffer is reused. */
    interface TermSink {
        void term(char[] term, int length, int start, int end, int positionIncrement);
    }

    /** The standard tokenizer's longest token; longer runs are left to it, as it splits long tokens its own way. */
    private static final int MAX_TOKEN_LENGTH = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    /** For the runs analysed by Lucene; it keeps a token stream per thread. */
    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();
    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    /** Word break classes (Unicode UAX #29), as far as the rules of {@link #joined} tell them apart. */
    private static final byte UNKNOWN = -1;
    /** ASCII white space: never part of a token, and the end of a run. */
    private static final byte SPACE = -2;
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte NUMERIC = 2;
    /** The underscore: joins letters and digits on either side ("foo_bar", "_1"). */
    private static final byte EXTEND_NUM_LET = 3;
    /** The colon: inside a word between letters ("a:b"). */
    private static final byte MID_LETTER = 4;
    /** Full stop and apostrophes: between letters ("U.S", "don't") or between digits ("1.5"). */
    private static final byte MID_NUM_LET = 5;
    /** Comma and semicolons: between digits only ("1,000"). */
    private static final byte MID_NUM = 6;
    private static final byte[] ASCII_CLASSES = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASSES[c] = LETTER;
            ASCII_CLASSES[c - 'a' + 'A'] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_CLASSES[c] = NUMERIC;
        }
        ASCII_CLASSES['_'] = EXTEND_NUM_LET;
        ASCII_CLASSES[':'] = MID_LETTER;
        ASCII_CLASSES['.'] = MID_NUM_LET;
        ASCII_CLASSES['\''] = MID_NUM_LET;
        ASCII_CLASSES[','] = MID_NUM;
        ASCII_CLASSES[';'] = MID_NUM;
        for (char c : new char[] {' ', '\n', '\r', '\t', '\u000B', '\f'}) {
            ASCII_CLASSES[c] = SPACE;
        }
    }

    private final char[] text;
    private final TermSink sink;
    /**
     * The word break class of each character of the run being read, shifted by one: OTHER before and after it, so
     * that the rules can look one character beyond the run.
     */
    private final byte[] classes = new byte[MAX_TOKEN_LENGTH + 2];
    private final char[] term = new char[MAX_TOKEN_LENGTH];

    private DocumentAnalysis(String text, TermSink sink) {
        this.text = text.toCharArray();
        this.sink = sink;
    }

    /**
     * Analyses a document, each party mention read as its role token, as the analyzer reads the text with each
     * mention replaced by the token between two spaces. Offsets are those of the document; a role token spans the
     * mention.
     *
     * @param mentions sorted, without overlaps
     */
    static void analyze(String text, List<RoleMention> mentions, TermSink sink) throws IOException {
        DocumentAnalysis analysis = new DocumentAnalysis(text, sink);
        int from = 0;
        for (RoleMention mention : mentions) {
            analysis.analyze(from, mention.start());
            String role = mention.role().token();
            sink.term(role.toCharArray(), role.length(), mention.start(), mention.end(), 1);
            from = mention.end();
        }
        analysis.analyze(from, text.length());
    }

    /** The terms of the text from {@code start} to {@code end}, read as if nothing stood around it. */
    private void analyze(int start, int end) throws IOException {
        int next = start;
        while (next < end) {
            int spaceStart = next;
            while (next < end && breakClass(text[next]) == SPACE) {
                next++;
            }
            if (next == end) {
                break;
            }
            // One pass to the end of the run, keeping the classes of its first characters for the split.
            int runStart = next;
            boolean known = true;
            for (byte c; next < end && (c = breakClass(text[next])) != SPACE; next++) {
                int i = next - runStart;
                if (i < MAX_TOKEN_LENGTH) {
                    classes[i + 1] = c;
                }
                known &= c != UNKNOWN;
            }
            int length = next - runStart;
            if (known && length < MAX_TOKEN_LENGTH) {
                classes[length + 1] = OTHER;
                split(runStart, length);
            } else {
                analyzeWithLucene(spaceStart, next);
            }
        }
    }

    /** The tokens of a run of known characters, word break by word break. */
    private void split(int runStart, int length) {
        int at = 0;
        while (at < length) {
            int tokenStart = at;
            boolean word = false;
            do {
                byte c = classes[at + 1];
                word |= c == LETTER || c == NUMERIC;
                at++;
            } while (at < length && joined(at));
            if (word) {
                analyzeToken(tokenStart, at, runStart);
            }
        }
    }

    /**
     * The filters of {@link LegalAnalyzer} on the token from {@code start} to {@code end} of the run: possessive
     * removed, lower case, articles dropped (without a position), role tokens kept as they are, other words reduced
     * to their singular.
     */
    private void analyzeToken(int start, int end, int runStart) {
        int size = end - start;
        int last = runStart + end - 1;
        if (size >= 2 && (text[last - 1] == '\'' || text[last - 1] == '\u2019')
                && (text[last] == 's' || text[last] == 'S')) {
            size -= 2;
        }
        for (int i = 0; i < size; i++) {
            char c = text[runStart + start + i];
            term[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        int verb = NegativeContractions.verbLength(term, size);
        if (verb > 0) {
            emit(NegativeContractions.writeVerb(term, verb), runStart + start, runStart + end);
            "not".getChars(0, 3, term, 0);
            size = 3;
        }
        emit(size, runStart + start, runStart + end);
    }

    /** The term in {@link #term}: articles dropped, role tokens kept as they are, other words to their singular. */
    private void emit(int size, int start, int end) {
        if (LegalAnalyzer.isArticle(term, size)) {
            return;
        }
        if (!LegalAnalyzer.isRoleToken(term, size) && !LegalAnalyzer.isPossessiveIts(term, size)) {
            size = STEMMER.stem(term, size);
        }
        sink.term(term, size, start, end, 1);
    }

    /** A run of other characters, with the white space before it, through the analyzer's own token stream. */
    private void analyzeWithLucene(int start, int end) throws IOException {
        try (TokenStream stream = ANALYZER.tokenStream("", new StringReader(new String(text, start, end - start)))) {
            CharTermAttribute analysed = stream.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.term(analysed.buffer(), analysed.length(), start + offset.startOffset(),
                        start + offset.endOffset(), increment.getPositionIncrement());
            }
            stream.end();
        }
    }

    /** Whether no word break falls before character {@code i} of the run (UAX #29, rules WB5 to WB13b). */
    private boolean joined(int i) {
        byte before = classes[i];
        byte after = classes[i + 1];
        return switch (before) {
            case LETTER -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET
                    || (after == MID_LETTER || after == MID_NUM_LET) && classes[i + 2] == LETTER;
            case NUMERIC -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET
                    || (after == MID_NUM || after == MID_NUM_LET) && classes[i + 2] == NUMERIC;
            case EXTEND_NUM_LET -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET;
            case MID_LETTER -> after == LETTER && classes[i - 1] == LETTER;
            case MID_NUM_LET -> after == LETTER && classes[i - 1] == LETTER
                    || after == NUMERIC && classes[i - 1] == NUMERIC;
            case MID_NUM -> after == NUMERIC && classes[i - 1] == NUMERIC;
            default -> false;
        };
    }

    /**
     * The word break class (or SPACE) of ASCII characters and of the punctuation contracts use most besides: curly
     * quotes, ellipsis, bullet, section sign, dashes and the Greek question mark that stands for a semicolon. UNKNOWN
     * for all others.
     */
    private static byte breakClass(char c) {
        if (c < 128) {
            return ASCII_CLASSES[c];
        }
        return switch (c) {
            case '\u2018', '\u2019' -> MID_NUM_LET;
            case '\u037E' -> MID_NUM;
            case '\u201C', '\u201D', '\u2026', '\u2022', '\u00A7', '\u2013', '\u2014' -> OTHER;
            default -> UNKNOWN;
        };
    }
}
