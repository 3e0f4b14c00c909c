package org.clausecheck.analyze.match;

/** What the evaluator made of one match of a pattern in its sentence ({@link MatchTrace}). */
public enum MatchOutcome {
    /** Counted as evidence: its kind and any note (weakened, inverted by negation, a representation) say how. */
    EVIDENCE("evidence"),
    /** The match lies wholly in a list item's lead-in, and is counted once, in the lead-in's own sentence. */
    LEAD_IN_REPEAT("the lead-in's own match, counted there"),
    /** A clause title standing as its own sentence: names a topic, obliges nobody. */
    HEADING_ONLY("ignored: a clause title"),
    /** A definition, a recital or a table of contents (or the lead-in of one) grants nothing. */
    OUT_OF_SCOPE("ignored: out of scope"),
    /** The pattern counts only under certain headings, and this sentence's heading names none of them. */
    HEADING_NOT_NAMED("ignored: not under one of the pattern's headings"),
    /** The pattern's "unless" matched in the sentence (and, with unless-scope: object, described the match). */
    CANCELLED_BY_EXCEPTION("cancelled by the pattern's exception (unless)"),
    /** Inside the condition that opens the sentence ("If Supplier fails to deliver the documentation, ..."). */
    IN_CONDITION("ignored: inside the condition that opens the sentence"),
    /** Negated, and the pattern drops negated matches. */
    NEGATED("cancelled by negation"),
    /** Evidence only in the text of an option not ticked: the protection depends on an election not made. */
    OPEN_OPTION_ONLY("only with an unticked option"),
    /** Matches only with customer and vendor swapped: the sentence says it of the other party. */
    OTHER_DIRECTION("matches only with the parties' roles swapped");

    private final String label;

    MatchOutcome(String label) {
        this.label = label;
    }

    /** How a report names the outcome. */
    public String label() {
        return label;
    }
}
