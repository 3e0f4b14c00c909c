package org.clausecheck.analyze.template;

/** What a mark of a template is, and so what it means for the terms of the document. */
public enum MarkKind {
    /** An unticked box or unselected option in a group where nothing is ticked: an election not made. */
    OPEN_OPTION,
    /** An unticked box or unselected option in a group where another is ticked: not agreed. */
    UNCHOSEN_OPTION,
    /** A ticked box or selected option: its text is agreed, the marker itself is no text. */
    CHOSEN_OPTION,
    /** A blank to fill in: "{customer_name}", "[●]", "[___]", "[insert date]", "[Customer name]". */
    PLACEHOLDER,
    /** A note to whoever fills in the form: "[Drafting note: ...]", "[add details]", "[Describe ...]". */
    DRAFTING_NOTE,
    /** A sentence that is only blanks and a label ("Security Policy: {security_policy}"): no term. */
    PLACEHOLDER_SENTENCE,
    /** A heading or label whose body is nothing, or only blanks and notes ("Transition Plan [add details]"). */
    EMPTY_HEADING;

    /** Marks whose text states no agreed term, in any reading. */
    public boolean isNoTerm() {
        return this == UNCHOSEN_OPTION || this == DRAFTING_NOTE || this == PLACEHOLDER_SENTENCE || this == EMPTY_HEADING;
    }
}
