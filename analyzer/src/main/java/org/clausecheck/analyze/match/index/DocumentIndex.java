package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.DocIdSetIterator;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.analyze.structure.SentenceLinks;

/**
 * One index over a whole document's role-normalised, stemmed text ({@link TokenPostings}, read by Lucene's
 * interval sources), built once and queried by every rule. Sentences are separated by a wide position gap so
 * that no pattern spans two sentences; each token is recorded so that matches map back to sentences and offsets.
 */
public final class DocumentIndex {

    /** The analysis field: role tokens, stems, offsets into the original text. */
    public static final String FIELD = "analysis";
    /** Positions left empty between sentences; wider than any pattern window ({@link PatternCompiler#MAX_WINDOW}). */
    static final int SENTENCE_GAP = 1000;
    /** The empty set of sentences, shared: most of a playbook's terms are absent from a given document. */
    static final BitSet NO_SENTENCES = new BitSet(0);

    private final LeafReaderContext leaf;
    private final TokenPostings postings;
    private final List<Token> tokens;
    private final int[] positions;
    private final int[] firstTokenOfSentence;
    private final SentenceLookup sentenceLookup;
    /** What the judgement works out once per document and keeps with its index, by kind ({@link #memo}). */
    private final Map<Class<?>, Object> memos = new HashMap<>();
    private final Map<IntervalsSource, List<PositionSpan>> cache = new IdentityHashMap<>();
    private final Map<GuardedSource, List<PositionSpan>> prunedCache = new IdentityHashMap<>();
    /** Sized for the default playbook's requirements, so that it seldom grows. */
    private final Map<TermRequirement, BitSet> sentencesByRequirement = new IdentityHashMap<>(2048);

    private DocumentIndex(TokenPostings postings, List<Token> tokens, int sentenceCount) {
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
        int[] sentenceStarts = new int[sentenceCount + 1];
        for (int s = 0; s <= sentenceCount; s++) {
            int first = firstTokenOfSentence[s];
            sentenceStarts[s] = first < positions.length ? positions[first] : Integer.MAX_VALUE;
        }
        this.postings = postings;
        this.leaf = new MemoizedTermsReader(new OneDocumentReader(FIELD,
                postings.freeze(sentenceStarts, sentenceLookup::sentenceAt)), FIELD)
                .getContext();
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
                    new SentenceRecorder(text, sentenceStarts, sentenceEnds, tokens, postings, structure.links()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentIndex(postings, tokens, sentences.size());
    }

    /**
     * Every match of a pattern, none without looking when no sentence has all the terms the pattern needs
     * (no pattern reaches across two sentences), else searched without its alternatives that cannot match here,
     * over the positions of the sentences that may hold a match only; remembered, since rules share patterns and
     * weakeners.
     */
    public List<PositionSpan> matches(GuardedSource pattern) {
        if (!mayMatch(pattern.requirement())) {
            return List.of();
        }
        List<PositionSpan> cached = prunedCache.get(pattern);
        if (cached == null) {
            // No window is as wide as the gap between sentences: a match depends on the words of its sentence only.
            postings.restrictTo(sentencesOf(pattern.requirement()));
            try {
                cached = List.copyOf(search(pattern.pruned(this)));
            } finally {
                postings.restrictTo(null);
            }
            prunedCache.put(pattern, cached);
        }
        return cached;
    }

    /** As {@link #matches(GuardedSource)}, over every position: what the restriction must not change (tests). */
    List<PositionSpan> matchesEverywhere(GuardedSource pattern) {
        return mayMatch(pattern.requirement()) ? search(pattern.pruned(this)) : List.of();
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
    public BitSet sentencesOf(TermRequirement requirement) {
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
        int[] termPositions = postings.positionsOf(term);
        int count = postings.countOf(term);
        if (count == 0) {
            return NO_SENTENCES;
        }
        BitSet sentences = new BitSet();
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
        List<int[]> withPrefix = postings.positionsWithPrefix(prefix);
        if (withPrefix.isEmpty()) {
            return NO_SENTENCES;
        }
        BitSet sentences = new BitSet();
        for (int[] termPositions : withPrefix) {
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

    /**
     * True when the span lies wholly in the lead-in carried into its sentence: the lead-in says it itself, and the list
     * item adds nothing to it ("Recipient shall not disclose Confidential Information except information that: (i) is
     * public" is no second promise in item (i)).
     */
    public boolean withinLeadIn(PositionSpan span, Sentence sentence) {
        Token last = tokenAt(span.endPosition());
        return last != null && last.start() < sentence.start();
    }

    /** True when the span starts in the lead-in carried into its sentence rather than in the sentence itself. */
    public boolean startsInLeadIn(PositionSpan span, Sentence sentence) {
        Token first = tokenAt(span.startPosition());
        return first != null && first.start() < sentence.start();
    }

    /** The number of sentences indexed (of the structure the index was built from). */
    public int sentenceCount() {
        return firstTokenOfSentence.length - 1;
    }

    /**
     * What a judgement remembers about this document, made once on first use; one per kind. Keeps such memories
     * (the scope of each sentence, see the match package's SentenceScopes) with the document they are about.
     */
    public <T> T memo(Class<T> kind, Function<DocumentIndex, T> create) {
        Object kept = memos.get(kind);
        if (kept == null) {
            kept = create.apply(this);
            memos.put(kind, kept);
        }
        return kind.cast(kept);
    }

    /** The sentence of the last token at or before a position (of the first token before any). */
    int sentenceAtPosition(int position) {
        return sentenceLookup.sentenceAt(position);
    }

    /**
     * Adds the gap at each sentence start and records every term. A list item is indexed after the end of its
     * lead-in ({@link SentenceLinks}), so that "Vendor shall: (b) give Customer access to the environments" reads
     * as one sentence about the vendor; those tokens keep the lead-in's offsets.
     */
    private static final class SentenceRecorder implements DocumentAnalysis.TermSink {
        /** The most tokens of a lead-in carried into each of its items: its end names who acts and how. */
        static final int LEAD_IN_TOKENS = 30;

        private final int[] sentenceStarts;
        private final int[] sentenceEnds;
        private final List<Token> tokens;
        private final TokenPostings postings;
        private final String text;
        private final SentenceLinks links;
        /** Per sentence, the index of its first token and one after its last; -1 before it has one. */
        private final int[] firstToken;
        private final int[] endToken;
        private int sentence = -1;
        private int position = -1;
        private int previousEnd;

        SentenceRecorder(String text, int[] sentenceStarts, int[] sentenceEnds, List<Token> tokens,
                         TokenPostings postings, SentenceLinks links) {
            this.text = text;
            this.sentenceStarts = sentenceStarts;
            this.sentenceEnds = sentenceEnds;
            this.tokens = tokens;
            this.postings = postings;
            this.links = links;
            this.firstToken = new int[sentenceStarts.length];
            this.endToken = new int[sentenceStarts.length];
            Arrays.fill(firstToken, -1);
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
            if (current != sentence) {
                sentence = current;
                firstToken[sentence] = tokens.size();
                int leadIn = links.leadIn(sentence);
                if (leadIn >= 0 && firstToken[leadIn] >= 0) {
                    position += increment;
                    carryLeadIn(leadIn);
                    increment = 1 + positionIncrement; // the lead-in's colon stands between it and the item
                }
            }
            position += increment;
            record(term, length, start, end);
        }

        /** The end of the lead-in, indexed again as the start of the current sentence (a list item). */
        private void carryLeadIn(int leadIn) {
            int from = Math.max(firstToken[leadIn], endToken[leadIn] - LEAD_IN_TOKENS);
            int previousPosition = tokens.get(from).position();
            position--; // the first carried token takes the position after the gap
            for (int i = from; i < endToken[leadIn]; i++) {
                Token carried = tokens.get(i);
                position += Math.max(1, carried.position() - previousPosition);
                previousPosition = carried.position();
                char[] term = carried.term().toCharArray();
                record(term, term.length, carried.start(), carried.end());
            }
        }

        private void record(char[] term, int length, int start, int end) {
            String recorded = postings.add(term, length, position);
            tokens.add(new Token(position, recorded, start, end, sentence));
            endToken[sentence] = tokens.size();
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
