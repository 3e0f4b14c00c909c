package org.clausecheck.analyze.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.DocIdSetIterator;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * One index over a whole document's role-normalised, stemmed text ({@link TokenPostings}, read by Lucene's
 * interval sources), built once and queried by every rule. Sentences are separated by a wide position gap so
 * that no pattern spans two sentences; each token is recorded so that matches map back to sentences and offsets.
 */
public final class DocumentIndex {

    /** The analysis field: role tokens, stems, offsets into the original text. */
    public static final String FIELD = "analysis";
    /** Positions left empty between sentences; wider than any pattern window. */
    static final int SENTENCE_GAP = 1000;

    private final LeafReaderContext leaf;
    private final TokenPostings postings;
    private final List<Token> tokens;
    private final int[] positions;
    private final int[] firstTokenOfSentence;
    private final SentenceLookup sentenceLookup;
    private final Map<IntervalsSource, List<PositionSpan>> cache = new IdentityHashMap<>();
    private final Map<GuardedSource, List<PositionSpan>> prunedCache = new IdentityHashMap<>();
    /** Sized for the default playbook's requirements, so that it seldom grows. */
    private final Map<TermRequirement, BitSet> sentencesByRequirement = new IdentityHashMap<>(2048);

    private DocumentIndex(TokenPostings postings, List<Token> tokens, int sentenceCount) {
        Terms terms = postings.freeze();
        this.postings = postings;
        this.leaf = new MemoizedTermsReader(new OneDocumentReader(FIELD, terms), FIELD).getContext();
        this.tokens = Collections.unmodifiableList(tokens);
        this.positions = new int[tokens.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = tokens.get(i).position();
        }
        this.sentenceLookup = new SentenceLookup(tokens);
        this.firstTokenOfSentence = new int[sentenceCount + 1];
        Arrays.fill(firstTokenOfSentence, tokens.size());
        for (int i = tokens.size() - 1; i >= 0; i--) {
            firstTokenOfSentence[tokens.get(i).sentence()] = i;
        }
        for (int s = sentenceCount - 1; s >= 0; s--) {
            firstTokenOfSentence[s] = Math.min(firstTokenOfSentence[s], firstTokenOfSentence[s + 1]);
        }
    }

    /** Indexes the sentences of a document, reading party mentions as role tokens. */
    public static DocumentIndex build(String text, DocumentStructure structure, List<RoleMention> mentions) {
        List<Sentence> sentences = structure.sentences();
        int[] sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
        int[] sentenceEnds = sentences.stream().mapToInt(Sentence::end).toArray();
        List<Token> tokens = new ArrayList<>();
        TokenPostings postings = new TokenPostings();
        try {
            DocumentAnalysis.analyze(text, mentions,
                    new SentenceRecorder(text, sentenceStarts, sentenceEnds, tokens, postings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentIndex(postings, tokens, sentences.size());
    }

    /**
     * Every match of a pattern, none without looking when no sentence has all the terms the pattern needs
     * (no pattern reaches across two sentences), else searched without its alternatives that cannot match here;
     * remembered, since rules share patterns and weakeners.
     */
    List<PositionSpan> matches(GuardedSource pattern) {
        if (!mayMatch(pattern.requirement())) {
            return List.of();
        }
        List<PositionSpan> cached = prunedCache.get(pattern);
        if (cached == null) {
            cached = List.copyOf(search(pattern.pruned(this)));
            prunedCache.put(pattern, cached);
        }
        return cached;
    }

    /** False when no sentence of the document can hold what the requirement needs. */
    boolean mayMatch(TermRequirement requirement) {
        BitSet sentences = sentencesOf(requirement);
        return sentences == null || !sentences.isEmpty();
    }

    /**
     * The sentences where a requirement may be met, or null for any; remembered by identity, since patterns
     * share groups, role words and terms. Shared, not to be changed.
     */
    BitSet sentencesOf(TermRequirement requirement) {
        if (requirement == TermRequirement.UNKNOWN) {
            return null;
        }
        BitSet sentences = sentencesByRequirement.get(requirement);
        if (sentences == null) {
            sentences = requirement.sentences(this);
            sentencesByRequirement.put(requirement, sentences);
        }
        return sentences;
    }

    /** The sentences with a token of this term. */
    BitSet sentencesWith(String term) {
        BitSet sentences = new BitSet();
        int[] termPositions = postings.positionsOf(term);
        int count = postings.countOf(term);
        for (int i = 0; i < count; i++) {
            sentences.set(sentenceAtPosition(termPositions[i]));
        }
        return sentences;
    }

    /**
     * The sentence of every occurrence of an analysed term, in document order (a sentence once per occurrence):
     * term frequencies per sentence without a pass over all tokens, for the related-passage ranking.
     */
    public int[] occurrenceSentences(String term) {
        int[] termPositions = postings.positionsOf(term);
        int count = postings.countOf(term);
        int[] sentences = new int[count];
        for (int i = 0; i < count; i++) {
            sentences[i] = sentenceAtPosition(termPositions[i]);
        }
        return sentences;
    }

    /** The sentences with a token whose term starts with this. */
    BitSet sentencesWithPrefix(String prefix) {
        BitSet sentences = new BitSet();
        for (int[] termPositions : postings.positionsWithPrefix(prefix)) {
            for (int position : termPositions) {
                sentences.set(sentenceAtPosition(position));
            }
        }
        return sentences;
    }

    /** Every match of a pattern, in document order; remembered, since rules share groups and weakeners. */
    public List<PositionSpan> matches(IntervalsSource source) {
        List<PositionSpan> cached = cache.get(source);
        if (cached == null) {
            cached = List.copyOf(search(source));
            cache.put(source, cached);
        }
        return cached;
    }

    /**
     * Every interval of a source in the document. The plain interval iterator gives the same minimal
     * intervals as a matches iterator, without caching sub-matches for offsets that are not needed here.
     */
    private List<PositionSpan> search(IntervalsSource source) {
        List<PositionSpan> spans = new ArrayList<>();
        try {
            IntervalIterator intervals = source.intervals(FIELD, leaf);
            if (intervals == null || intervals.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
                return spans;
            }
            while (intervals.nextInterval() != IntervalIterator.NO_MORE_INTERVALS) {
                int start = intervals.start();
                if (start >= 0) {
                    spans.add(new PositionSpan(start, intervals.end(), sentenceAtPosition(start)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** The token at a position, or null for a gap. */
    public Token tokenAt(int position) {
        int i = Arrays.binarySearch(positions, position);
        return i >= 0 ? tokens.get(i) : null;
    }

    /** The tokens of one sentence, in order. */
    public List<Token> sentenceTokens(int sentence) {
        return tokens.subList(firstTokenOfSentence[sentence], firstTokenOfSentence[sentence + 1]);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The sentence of the last token at or before a position (of the first token before any). */
    int sentenceAtPosition(int position) {
        return sentenceLookup.sentenceAt(position);
    }

    /** Adds the gap at each sentence start and records every term. */
    private static final class SentenceRecorder implements DocumentAnalysis.TermSink {
        private final int[] sentenceStarts;
        private final int[] sentenceEnds;
        private final List<Token> tokens;
        private final TokenPostings postings;
        private final String text;
        private int sentence = -1;
        private int position = -1;
        private int previousEnd;

        SentenceRecorder(String text, int[] sentenceStarts, int[] sentenceEnds, List<Token> tokens,
                         TokenPostings postings) {
            this.text = text;
            this.sentenceStarts = sentenceStarts;
            this.sentenceEnds = sentenceEnds;
            this.tokens = tokens;
            this.postings = postings;
        }

        @Override
        public void term(char[] term, int length, int start, int end, int positionIncrement) {
            int current = sentence;
            while (current + 1 < sentenceStarts.length && sentenceStarts[current + 1] <= start) {
                current++;
            }
            if (current < 0 || start >= sentenceEnds[current]) {
                return; // headings and furniture between sentences are context, not text to match
            }
            int increment = positionIncrement;
            if (current != sentence && sentence >= 0) {
                increment += SENTENCE_GAP;
            } else if (punctuationBefore(start)) {
                // A comma or bracket between two words is a gap: "designs, specifications" is no phrase.
                increment += 1;
            }
            previousEnd = end;
            sentence = current;
            position += increment;
            String recorded = postings.add(term, length, position);
            tokens.add(new Token(position, recorded, start, end, sentence));
        }

        private boolean punctuationBefore(int start) {
            for (int i = Math.max(previousEnd, 0); i < start && i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case ',', ';', ':', '(', ')', '[', ']':
                        return true;
                    default:
                        break;
                }
            }
            return false;
        }
    }
}
