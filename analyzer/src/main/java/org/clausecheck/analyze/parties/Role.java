package org.clausecheck.analyze.parties;

/** The side a party takes in an outsourcing relationship. */
public enum Role {
    /** Receives and pays for the work; the side clausecheck protects. */
    CUSTOMER("xcustomerx"),
    /** Performs the work. */
    VENDOR("xvendorx"),
    /** A party whose side could not be decided, or a third party. */
    UNKNOWN("xpartyx");

    private final String token;

    Role(String token) {
        this.token = token;
    }

    /** The token that stands for the role in the analysis field; never a word of real text. */
    public String token() {
        return token;
    }
}
