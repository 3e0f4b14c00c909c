package org.clausecheck.analyze.match.index;

/**
 * "won't", "don't", "can't", "isn't" (straight or curly apostrophe, lower case) read as two words, the verb and
 * "not": terms in plain-language forms ("we won't train on your data", "we don't transfer ownership") must negate as
 * "will not" does, and match "will not" where a pattern asks for it.
 */
final class NegativeContractions {

    private NegativeContractions() {
    }

    /** The length of the verb the term contracts with "n't", or -1 when it is no such contraction. */
    static int verbLength(char[] term, int length) {
        if (length < 4 || term[length - 1] != 't' || term[length - 3] != 'n'
                || term[length - 2] != '\'' && term[length - 2] != '\u2019') {
            return -1;
        }
        return length - 3;
    }

    /**
     * Writes the verb of a contraction into {@code term} (irregular ones spelled out: "won't" is "will not", "can't"
     * "can not", "shan't" "shall not") and returns its length.
     */
    static int writeVerb(char[] term, int verbLength) {
        String irregular = switch (new String(term, 0, verbLength)) {
            case "wo" -> "will";
            case "ca" -> "can";
            case "sha" -> "shall";
            default -> null;
        };
        if (irregular == null) {
            return verbLength;
        }
        irregular.getChars(0, irregular.length(), term, 0);
        return irregular.length();
    }
}
