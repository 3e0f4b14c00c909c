package org.clausecheck.analyze.match.index;

/**
 * One indexed token, as the rules' context checks read it.
 *
 * @param position the token's position in the analysis field
 * @param term     the analysed term (stemmed, or a role token)
 * @param start    offset of its first character in the document text
 * @param end      offset after its last character
 * @param sentence index of the sentence it belongs to
 */
public record Token(int position, String term, int start, int end, int sentence) {
}
