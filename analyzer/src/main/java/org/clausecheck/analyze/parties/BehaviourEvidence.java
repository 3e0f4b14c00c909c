package org.clausecheck.analyze.parties;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a party does in the text, read in a short window around each mention: the party that shall perform,
 * provide or deliver, that provides services or by which they are provided, or that is paid, is the vendor; the
 * party that shall pay, or to which services are provided, is the customer. One pass over the mentions per party.
 *
 * @param mentions  how often the party is named
 * @param performs  "X shall perform/provide/deliver ...", "services provided by X"
 * @param provides  "X provides/performs ..." without a modal (a recital's description): half the weight
 * @param pays      "X shall pay", "payable by X"
 * @param paid      "X shall invoice", "pay ... to X"
 * @param receives  "services ... to X"
 */
record BehaviourEvidence(int mentions, int performs, int provides, int pays, int paid, int receives) {

    private static final String MODAL = "(?:shall|will|agrees?\\s+to|must|is\\s+to|undertakes?\\s+to)";
    private static final String PERFORM = "(?:perform|provide|deliver|develop|render|furnish|supply|host|maintain"
            + "|support|design|create|build|manufacture|implement|install|operate|conduct|carry\\s+out)";

    // Behaviour around each mention, read in a short window after (or before) it.
    static final Pattern PERFORMS_AFTER = Pattern.compile("^\\s+(?:\\w+\\s+){0,2}?" + MODAL
            + "\\s+(?:\\w+\\s+){0,2}?" + PERFORM + "\\w*");
    static final Pattern PAYS_AFTER = Pattern.compile("^\\s+(?:\\w+\\s+){0,2}?" + MODAL
            + "\\s+(?:\\w+\\s+){0,2}?(?:pay|reimburse|compensate|remit)\\b");
    /** "FASC provides certain services", "Supplier performs the Services": a description, no duty. */
    private static final Pattern PROVIDES_AFTER = Pattern.compile(
            "^\\s+(?:currently\\s+|also\\s+)?(?:provides|performs|delivers|renders|furnishes|supplies|develops|hosts"
                    + "|operates|maintains)\\b");
    private static final Pattern INVOICES_AFTER = Pattern.compile("^\\s+(?:shall|will|may)\\s+invoice");
    static final Pattern PAID_BY_BEFORE = Pattern.compile("(?i:payable|paid|invoiced?)\\s+by\\s+(?:the\\s+)?$");
    static final Pattern PAID_TO_BEFORE = Pattern.compile(
            "(?i:pay|payable|paid|compensate|reimburse|invoiced?)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:the\\s+)?$");
    static final Pattern RECEIVES_BEFORE = Pattern.compile(
            "(?i:services|deliverables|work\\s+product|support|software)\\s+(?:\\w+\\s+){0,4}?(?:to|for)\\s+(?:the\\s+)?$");
    /** "services provided by X", "the work performed by X". */
    static final Pattern PERFORMED_BY_BEFORE = Pattern.compile(
            "(?i:performed|provided|rendered|delivered|supplied|furnished|developed|hosted|operated)\\s+by\\s+(?:the\\s+)?$");
    // The expressions above, tried only where what they start with stands.
    static final LiteralStartSearch PAID_BY_SEARCH = new LiteralStartSearch("pa", "invoice");
    static final LiteralStartSearch PAID_TO_SEARCH = new LiteralStartSearch("pa", "compensate", "reimburse", "invoice");
    static final LiteralStartSearch RECEIVES_SEARCH = new LiteralStartSearch("services", "deliverables", "work", "support",
            "software");
    static final LiteralStartSearch PERFORMED_BY_SEARCH = new LiteralStartSearch("performed", "provided", "rendered",
            "delivered", "supplied", "furnished", "developed", "hosted", "operated");
    private static final Pattern ACTS_AFTER = Pattern.compile("^\\s+(?:shall|will|must|agrees)");
    private static final int WINDOW = 90;

    /** The side behaviour speaks for: positive for the vendor, negative for the customer. */
    double vendorScore() {
        return performs + 0.5 * provides + 1.5 * paid - 1.5 * pays - 0.5 * receives;
    }

    /** True when the text shows the party doing something at all. */
    boolean any() {
        return performs + provides + pays + paid + receives > 0;
    }

    String explanation(String name) {
        return name + " performs " + (performs + provides) + "x, pays " + pays + "x, is paid " + paid
                + "x, receives services " + receives + "x";
    }

    static BehaviourEvidence of(String text, Party party) {
        int mentions = 0;
        int performs = 0;
        int provides = 0;
        int pays = 0;
        int paid = 0;
        int receives = 0;
        // One matcher per expression, set to the window around each mention: a region with its default
        // opaque bounds reads exactly like a substring of the window, without copying it.
        Matcher performsAfter = PERFORMS_AFTER.matcher(text);
        Matcher paysAfter = PAYS_AFTER.matcher(text);
        Matcher providesAfter = PROVIDES_AFTER.matcher(text);
        Matcher invoicesAfter = INVOICES_AFTER.matcher(text);
        Matcher actsAfter = ACTS_AFTER.matcher(text);
        Matcher paidByBefore = PAID_BY_BEFORE.matcher(text);
        Matcher paidToBefore = PAID_TO_BEFORE.matcher(text);
        Matcher receivesBefore = RECEIVES_BEFORE.matcher(text);
        Matcher performedByBefore = PERFORMED_BY_BEFORE.matcher(text);
        for (int[] mention : RoleNormalizer.find(text, party)) {
            mentions++;
            int afterEnd = Math.min(text.length(), mention[1] + WINDOW);
            // The expressions read after a mention all start with white space.
            boolean spaceAfter = mention[1] < afterEnd && isSpace(text.charAt(mention[1]));
            boolean modalAfter = spaceAfter && modalInFirstWords(text, mention[1], afterEnd);
            if (modalAfter && performsAfter.region(mention[1], afterEnd).lookingAt()) {
                performs++;
            }
            if (modalAfter && paysAfter.region(mention[1], afterEnd).lookingAt()) {
                pays++;
            }
            if (spaceAfter && !modalAfter && providesAfter.region(mention[1], afterEnd).lookingAt()) {
                provides++;
            }
            if (spaceAfter && invoicesAfter.region(mention[1], afterEnd).lookingAt()) {
                paid++;
            }
            String preposition = wordBefore(text, mention[0]);
            if (preposition.isEmpty()) {
                continue; // most mentions are subjects; the look-behind patterns need "to", "by" or "for"
            }
            int beforeStart = Math.max(0, mention[0] - WINDOW);
            if (preposition.equals("by")
                    && PAID_BY_SEARCH.find(paidByBefore, text, beforeStart, mention[0])) {
                pays++;
            } else if (preposition.equals("by")
                    && PERFORMED_BY_SEARCH.find(performedByBefore, text, beforeStart, mention[0])) {
                performs++;
            }
            if (preposition.equals("to")
                    && PAID_TO_SEARCH.find(paidToBefore, text, beforeStart, mention[0])) {
                paid++;
            }
            if (RECEIVES_SEARCH.find(receivesBefore, text, beforeStart, mention[0])
                    && !(spaceAfter && actsAfter.region(mention[1], afterEnd).lookingAt())) {
                receives++;
            }
        }
        return new BehaviourEvidence(mentions, performs, provides, pays, paid, receives);
    }

    private static final String[] MODAL_STARTS = {"shall", "will", "agree", "must", "is", "undertake"};

    /**
     * Whether one of the first three words after {@code from} starts like {@link #MODAL}, the words before it
     * being plain ({@code \w+}), as the behaviour expressions read them: cheaper than trying both.
     */
    static boolean modalInFirstWords(String text, int from, int to) {
        int at = from;
        for (int word = 0; word < 3; word++) {
            while (at < to && isSpace(text.charAt(at))) {
                at++;
            }
            for (String modal : MODAL_STARTS) {
                if (text.startsWith(modal, at) && at + modal.length() <= to) {
                    return true;
                }
            }
            int wordStart = at;
            while (at < to && isWordChar(text.charAt(at))) {
                at++;
            }
            if (at == wordStart || at == to || !isSpace(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    /** A character of {@code \w}: an ASCII letter, digit or underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** White space as {@code \s} of a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** "to", "by" or "for" when that word (maybe followed by "the") stands right before {@code at}; else "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("the")) {
            return wordBefore(text, start);
        }
        return word.equals("to") || word.equals("by") || word.equals("for") ? word : "";
    }
}
