package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.clausecheck.analyze.parties.Role;

/**
 * The analysis chain of the matching field: standard tokens, possessives removed, lower case, articles
 * dropped without leaving a gap ("assign to the Customer" reads like "assign to Customer"), plurals reduced
 * to singulars (a minimal stemmer: Porter would read "Deliverables" as "deliver" and lose the noun), role tokens
 * kept unstemmed. Other word forms are the playbook's to list, with prefixes such as {@code assign*}.
 * {@link DocumentAnalysis} gives the same terms for whole documents in one pass: a change here is one there,
 * and its test compares the two.
 */
public class LegalAnalyzer extends Analyzer {

    private static final List<String> ROLE_TOKEN_LIST = List.of(Role.CUSTOMER.token(), Role.VENDOR.token(),
            Role.UNKNOWN.token());
    static final CharArraySet ROLE_TOKENS = new CharArraySet(ROLE_TOKEN_LIST, false);
    private static final String ROLE_TOKEN_INITIALS = ROLE_TOKEN_LIST.stream().map(token -> token.substring(0, 1))
            .distinct().collect(Collectors.joining());

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ContractionFilter(stream);
        stream = new ArticleFilter(stream);
        stream = new RoleTokenMarker(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** The analysed terms of a short text, as a pattern word is compared with the index. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** "won't" as "will" and "not" at the next position, both with the contraction's offsets. */
    private static final class ContractionFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private boolean notPending;

        ContractionFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (notPending) {
                notPending = false;
                term.setEmpty().append("not");
                increment.setPositionIncrement(1);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            int verb = NegativeContractions.verbLength(term.buffer(), term.length());
            if (verb > 0) {
                term.resizeBuffer(8);
                term.setLength(NegativeContractions.writeVerb(term.buffer(), verb));
                notPending = true;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            notPending = false;
        }
    }

    /** Drops articles without a position gap, unlike StopFilter. */
    private static final class ArticleFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ArticleFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (!isArticle(term.buffer(), term.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "the", "a" or "an" (lower case): articles carry no meaning for the rules; dropping them keeps phrases short.
     * Read from the term buffer, without making a string of every token.
     */
    static boolean isArticle(char[] term, int length) {
        return switch (length) {
            case 1 -> term[0] == 'a';
            case 2 -> term[0] == 'a' && term[1] == 'n';
            case 3 -> term[0] == 't' && term[1] == 'h' && term[2] == 'e';
            default -> false;
        };
    }

    /**
     * Whether a term is a role token, which the stemmer leaves alone. Tests the first letter before the set: a set
     * look-up for every token of a contract cost more than the rest of the marking.
     */
    public static boolean isRoleToken(char[] term, int length) {
        return length > 0 && ROLE_TOKEN_INITIALS.indexOf(term[0]) >= 0 && ROLE_TOKENS.contains(term, 0, length);
    }

    /**
     * True for the possessive "its", which the minimal stemmer would make "it": rules tell the adjective "its own"
     * from the verb in "it owns", so the two must stay apart.
     */
    static boolean isPossessiveIts(char[] term, int length) {
        return length == 3 && term[0] == 'i' && term[1] == 't' && term[2] == 's';
    }

    /** Marks role tokens and "its" as keywords, so the stemmer leaves them alone. */
    private static final class RoleTokenMarker extends KeywordMarkerFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        RoleTokenMarker(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean isKeyword() {
            return isRoleToken(term.buffer(), term.length()) || isPossessiveIts(term.buffer(), term.length());
        }
    }
}
