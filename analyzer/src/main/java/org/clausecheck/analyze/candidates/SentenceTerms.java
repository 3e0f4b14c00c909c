package org.clausecheck.analyze.candidates;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.LegalAnalyzer;
import org.clausecheck.analyze.match.index.Token;
import org.clausecheck.analyze.structure.DocumentStructure;

/**
 * What the candidate finder reads of a sentence: its terms as the document index holds them (stems, party mentions
 * as role tokens, articles dropped) and the analysed terms of its heading, read once per distinct heading.
 */
public final class SentenceTerms {

    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();

    private final DocumentIndex index;
    private final DocumentStructure structure;
    private final Map<String, List<String>> headings = new HashMap<>();

    public SentenceTerms(DocumentIndex index, DocumentStructure structure) {
        this.index = index;
        this.structure = structure;
    }

    /** A view of the sentence's terms over the index's tokens, without a copy. */
    public List<String> terms(int sentence) {
        List<Token> tokens = index.sentenceTokens(sentence);
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return tokens.get(i).term();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }

    public List<String> heading(int sentence) {
        return headings.computeIfAbsent(structure.sentences().get(sentence).heading(), ANALYZER::terms);
    }
}
