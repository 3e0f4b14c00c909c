package org.clausecheck.analyze.match;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms {@link LegalAnalyzer} makes of a whole document, with the same offsets and position increments, in one
 * pass over the text: what the document index records. Through Lucene's token stream, indexing cost more per token
 * (attributes, a call per filter, a scanner for the Unicode word breaks of every script) than anything done with
 * the tokens; a contract's words are almost all plain ASCII and a few quotation marks, for which each step of the
 * chain is a few lines here.
 *
 * <p>The text is cut into runs between ASCII white space, which never belongs to a token and after which the
 * tokenizer starts afresh. A run of characters whose word break class {@link #breakClass} knows is split and
 * analysed here; any other run goes, with the white space before it, through the analyzer itself. Tests compare the
 * two on every short ASCII text and on many mixed ones.
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
    }

    private final Reader input;
    private final TermSink sink;
    private char[] text = new char[4096];
    private int length;
    /** The run being split and its end. */
    private int runStart;
    private int runEnd;
    private char[] term = new char[32];

    private DocumentAnalysis(Reader input, TermSink sink) {
        this.input = input;
        this.sink = sink;
    }

    /** Analyses all of the input; offsets are corrected as a tokenizer corrects them when it is a char filter. */
    static void analyze(Reader input, TermSink sink) throws IOException {
        new DocumentAnalysis(input, sink).run();
    }

    private void run() throws IOException {
        for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
            length += read;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        int next = 0;
        while (next < length) {
            int spaceStart = next;
            while (next < length && isSpace(text[next])) {
                next++;
            }
            int start = next;
            boolean known = true;
            while (next < length && !isSpace(text[next])) {
                known &= breakClass(text[next]) != UNKNOWN;
                next++;
            }
            if (start == next) {
                break;
            }
            if (known && next - start < MAX_TOKEN_LENGTH) {
                split(start, next);
            } else {
                analyzeWithLucene(spaceStart, next);
            }
        }
    }

    /** The tokens of a run of known characters, word break by word break. */
    private void split(int start, int end) {
        runStart = start;
        runEnd = end;
        int at = start;
        while (at < end) {
            int tokenStart = at;
            boolean word = false;
            do {
                byte c = breakClass(text[at]);
                word |= c == LETTER || c == NUMERIC;
                at++;
            } while (at < end && joined(at));
            if (word) {
                analyzeToken(tokenStart, at);
            }
        }
    }

    /**
     * The filters of {@link LegalAnalyzer} on one token: possessive removed, lower case, articles dropped (without a
     * position), role tokens kept as they are, other words reduced to their singular.
     */
    private void analyzeToken(int start, int end) {
        int size = end - start;
        if (size > term.length) {
            term = new char[Math.max(size, term.length * 2)];
        }
        if (size >= 2 && (text[end - 2] == '\'' || text[end - 2] == '\u2019')
                && (text[end - 1] == 's' || text[end - 1] == 'S')) {
            size -= 2;
        }
        for (int i = 0; i < size; i++) {
            char c = text[start + i];
            term[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (LegalAnalyzer.isArticle(term, size)) {
            return;
        }
        if (!LegalAnalyzer.isRoleToken(term, size)) {
            size = STEMMER.stem(term, size);
        }
        sink.term(term, size, correctOffset(start), correctOffset(end), 1);
    }

    /** A run of other characters, with the white space before it, through the analyzer's own token stream. */
    private void analyzeWithLucene(int start, int end) throws IOException {
        try (TokenStream stream = ANALYZER.tokenStream("", new StringReader(new String(text, start, end - start)))) {
            CharTermAttribute analysed = stream.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.term(analysed.buffer(), analysed.length(), correctOffset(start + offset.startOffset()),
                        correctOffset(start + offset.endOffset()), increment.getPositionIncrement());
            }
            stream.end();
        }
    }

    /** Whether no word break falls before {@code i} in the current run (UAX #29, rules WB5 to WB13b). */
    private boolean joined(int i) {
        byte before = breakClass(text[i - 1]);
        byte after = breakClass(text[i]);
        return switch (before) {
            case LETTER -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET
                    || (after == MID_LETTER || after == MID_NUM_LET) && classAt(i + 1) == LETTER;
            case NUMERIC -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET
                    || (after == MID_NUM || after == MID_NUM_LET) && classAt(i + 1) == NUMERIC;
            case EXTEND_NUM_LET -> after == LETTER || after == NUMERIC || after == EXTEND_NUM_LET;
            case MID_LETTER -> after == LETTER && classAt(i - 2) == LETTER;
            case MID_NUM_LET -> after == LETTER && classAt(i - 2) == LETTER
                    || after == NUMERIC && classAt(i - 2) == NUMERIC;
            case MID_NUM -> after == NUMERIC && classAt(i - 2) == NUMERIC;
            default -> false;
        };
    }

    /** The class of a character of the current run; OTHER outside it. */
    private byte classAt(int i) {
        return i >= runStart && i < runEnd ? breakClass(text[i]) : OTHER;
    }

    /**
     * The word break class of ASCII characters and of the punctuation contracts use most besides: curly quotes,
     * ellipsis, bullet, section sign, dashes and the Greek question mark that stands for a semicolon. UNKNOWN for
     * all others.
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

    /** ASCII white space: never part of a token. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f';
    }

    private int correctOffset(int offset) {
        return input instanceof CharFilter filter ? filter.correctOffset(offset) : offset;
    }
}
