package org.clausecheck.analyze.match;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.LegalAnalyzer;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.clausecheck.analyze.match.index.Token;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.analyze.structure.SentenceLinks;
import org.clausecheck.analyze.words.WordLists;

/**
 * Reads the act of each sentence ({@link SentenceAct}) and the leading condition of a sentence ("If ...,",
 * "In the event that ...,", "Upon ...,"), from its indexed words. Rules first: the first operative word of the
 * sentence decides, a representation or a definition wins over what it contains, and a negation just before the
 * first modal makes a restriction.
 */
public final class SentenceActs {

    /** The words, in {@code sentence-acts.words} beside this class. */
    private static final WordLists WORDS = WordLists.read(SentenceActs.class, "sentence-acts.words");
    private static final Set<String> OBLIGATION = Stems.of(WORDS.wordList("obligation"));
    private static final Set<String> PERMISSION = Stems.of(WORDS.wordList("permission"));
    /** Verbs that state a right without a modal; nouns of the same stem ("transfer", "grant") are left to the party check. */
    private static final Set<String> GRANT = Stems.of(WORDS.wordList("grant"));
    private static final Set<String> REPRESENTATION = Stems.of(WORDS.wordList("representation"));
    private static final Set<String> NEGATION = Stems.of(WORDS.wordList("negation"));
    private static final Set<String> CONDITION_OPENERS = Stems.of(WORDS.wordList("condition-openers"));
    /** The second word that makes "in" or "to" open a condition: "in the event", "in case", "to the extent". */
    private static final Set<String> CONDITION_SECOND = Stems.of(WORDS.wordList("condition-second"));
    /** The word after a party that starts the operative clause when no comma closed the condition before it. */
    private static final Set<String> OPERATIVE_AFTER_PARTY = Stems.of(WORDS.wordList("operative-after-party"));
    private static final String UPON = "upon";

    private final DocumentIndex index;
    private final DocumentStructure structure;

    public SentenceActs(DocumentIndex index, DocumentStructure structure) {
        this.index = index;
        this.structure = structure;
    }

    /** The act of a sentence. */
    public SentenceAct act(int sentenceIndex) {
        Sentence sentence = structure.sentences().get(sentenceIndex);
        if (SentenceScopes.of(index).outOfScope(sentence) != null) {
            return SentenceAct.DEFINITION;
        }
        List<Token> tokens = index.sentenceTokens(sentenceIndex);
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.get(i).term();
            if (REPRESENTATION.contains(term) && followedByThat(tokens, i)) {
                return SentenceAct.REPRESENTATION;
            }
            boolean obliges = OBLIGATION.contains(term);
            if (obliges || PERMISSION.contains(term)) {
                if (negatedBefore(tokens, i) || i + 1 < tokens.size() && NEGATION.contains(tokens.get(i + 1).term())) {
                    return SentenceAct.RESTRICTION;
                }
                return obliges ? SentenceAct.OBLIGATION : SentenceAct.PERMISSION;
            }
        }
        // No modal: a verb of transfer or ownership, or a party followed by its verb in the present tense.
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.get(i).term();
            if (GRANT.contains(term) || isRoleToken(term) && presentTenseVerbAfter(sentence, tokens, i)) {
                return SentenceAct.GRANT;
            }
        }
        return owedBySchedule(sentence) ? SentenceAct.OBLIGATION : SentenceAct.MENTION;
    }

    /**
     * A schedule's heading or row label that lists what is owed: verbless entries under it are obligations, as are the
     * certifications or controls a form lists ("Certifications: [x] ISO 27001").
     */
    private static final java.util.regex.Pattern OWED = java.util.regex.Pattern.compile("(?i)\\b(?:deliverables?|outputs?"
            + "|milestones?|scope\\s+of\\s+(?:work|services)|services|responsibilit(?:y|ies)|obligations|duties|tasks"
            + "|activities|work\\s+plan|statement\\s+of\\s+work|certifications?|commitments|requirements"
            + "|security\\s+(?:measures|controls|standards))\\b");

    /**
     * True for a verbless entry under a heading or table row label that lists what is owed ("Deliverables:
     * architecture design document; runbook"): a schedule states obligations without verbs.
     */
    private boolean owedBySchedule(Sentence sentence) {
        int leadIn = structure.links().leadIn(sentence.index());
        String title = sentence.heading();
        int last = title.lastIndexOf(" > ");
        String leadInText = leadIn >= 0 ? structure.sentences().get(leadIn).text() : "";
        boolean labelled = leadIn >= 0 && (structure.links().isLabel(leadIn) || SentenceLinks.isLabel(leadInText));
        String context = (last < 0 ? title : title.substring(last + 3)) + (labelled ? " " + leadInText : "");
        return OWED.matcher(context).find();
    }

    private static boolean isRoleToken(String term) {
        return LegalAnalyzer.isRoleToken(term.toCharArray(), term.length());
    }

    /**
     * "Provider provides", "we return", "You only use": a lower-case word right after a party, read in the
     * sentence's own text, that is no conjunction, preposition or pronoun, is taken for a verb in the present tense,
     * the way modern forms state what each side does.
     */
    private static boolean presentTenseVerbAfter(Sentence sentence, List<Token> tokens, int role) {
        if (role + 1 >= tokens.size() || tokens.get(role + 1).position() - tokens.get(role).position() != 1) {
            return false;
        }
        Token next = tokens.get(role + 1);
        int from = next.start() - sentence.start();
        int to = next.end() - sentence.start();
        if (from < 0 || to > sentence.text().length() || to - from < 2) {
            return false;
        }
        String word = sentence.text().substring(from, to);
        return Character.isLowerCase(word.charAt(0)) && !NOT_VERBS.contains(word);
    }

    /** Lower-case words that follow a party's name without being its verb. */
    private static final Set<String> NOT_VERBS = WORDS.words("not-verbs");

    /**
     * True when the span lies wholly inside the condition that opens its sentence ("In the event that the
     * Supplier fails to deliver the technical documentation, Client may terminate"): it names what triggers
     * something else and promises nothing. The condition ends at the first punctuation gap after its opener.
     */
    public boolean inLeadingCondition(PositionSpan span) {
        List<Token> tokens = index.sentenceTokens(span.sentence());
        int first = firstOwnToken(tokens, span.sentence());
        int end = leadingConditionEnd(span.sentence());
        return end >= 0 && span.endPosition() < end && span.startPosition() >= tokens.get(first).position();
    }

    /**
     * True when the span runs from inside the opening condition past its end with a negation of the condition in
     * it: in "To the extent the IP does not vest in Client | Supplier hereby assigns all title to Client" a pattern
     * of a denied transfer ("not ... assigns ... title to Client") joins the condition's "not" to the grant after it.
     */
    public boolean negatedFromLeadingCondition(PositionSpan span) {
        int end = leadingConditionEnd(span.sentence());
        if (end < 0 || span.startPosition() >= end || span.endPosition() < end) {
            return false;
        }
        for (Token token : index.sentenceTokens(span.sentence())) {
            if (token.position() >= span.startPosition() && token.position() < end && NEGATION.contains(token.term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the condition that opens the sentence ends: the position of the first word after the punctuation gap
     * that closes it ("If Supplier does not deliver, | Client may terminate"), or, where no comma closes it, of a
     * party followed by "hereby" ("To the extent the IP does not vest in the Company | the Executive hereby assigns
     * ..."); -1 when the sentence opens with no condition or the condition runs to its end.
     */
    public int leadingConditionEnd(int sentence) {
        List<Token> tokens = index.sentenceTokens(sentence);
        int first = firstOwnToken(tokens, sentence);
        if (first < 0 || first + 1 >= tokens.size() || !opensCondition(tokens, first)) {
            return -1;
        }
        // "Upon termination Supplier shall ...": a condition without a verb of its own ends where a party's modal
        // starts one; after "If" or "When" the party and its modal may be the condition's ("If Licensee shall fail").
        boolean verbless = tokens.get(first).term().equals(UPON);
        for (int i = first + 1; i < tokens.size(); i++) {
            if (tokens.get(i).position() - tokens.get(i - 1).position() > 1 || opensOperativeClause(tokens, i, verbless)) {
                return tokens.get(i).position();
            }
        }
        return -1;
    }

    /**
     * A party right before "hereby" (or, after a verbless condition, before a modal): the operative clause starts
     * there, comma or not.
     */
    private static boolean opensOperativeClause(List<Token> tokens, int i, boolean afterVerblessCondition) {
        if (i + 1 >= tokens.size() || !isRoleToken(tokens.get(i).term())
                || tokens.get(i + 1).position() - tokens.get(i).position() != 1) {
            return false;
        }
        String next = tokens.get(i + 1).term();
        return OPERATIVE_AFTER_PARTY.contains(next)
                || afterVerblessCondition && (OBLIGATION.contains(next) || PERMISSION.contains(next));
    }

    private static boolean opensCondition(List<Token> tokens, int first) {
        String opener = tokens.get(first).term();
        if (!CONDITION_OPENERS.contains(opener)) {
            return false;
        }
        if (opener.equals("in") || opener.equals("to")) {
            return CONDITION_SECOND.contains(tokens.get(first + 1).term());
        }
        return true;
    }

    /** The first token of the sentence itself, past a carried lead-in and a leading list label; -1 if none. */
    private int firstOwnToken(List<Token> tokens, int sentenceIndex) {
        int sentenceStart = structure.sentences().get(sentenceIndex).start();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() >= sentenceStart && !isListLabel(token.term())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isListLabel(String term) {
        return term.length() <= 4 && (term.chars().allMatch(Character::isDigit) || term.matches("[ivx]+|[a-z]"));
    }

    private static boolean followedByThat(List<Token> tokens, int i) {
        for (int j = i + 1; j <= i + 4 && j < tokens.size(); j++) {
            if (tokens.get(j).term().equals("that")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedBefore(List<Token> tokens, int i) {
        return i > 0 && NEGATION.contains(tokens.get(i - 1).term()) && tokens.get(i).position() - tokens.get(i - 1).position() == 1
                && !tokens.get(i - 1).term().equals("no");
    }

}
