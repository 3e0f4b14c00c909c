package org.clausecheck.analyze.parties;

/** A place in the document text where a party is named, to be read as its role token. */
public record RoleMention(int start, int end, Role role) {

    public RoleMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
        }
    }
}
