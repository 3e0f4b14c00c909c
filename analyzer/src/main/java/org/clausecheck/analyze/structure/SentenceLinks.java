package org.clausecheck.analyze.structure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sentences lean on their neighbours, for the judgement to read them together:
 * <ul>
 *   <li>a list item leans on the lead-in that introduces it: in "Vendor shall: (a) deliver the documentation;
 *   (b) give Customer access to the environments" the items say nothing about who acts without the lead-in;</li>
 *   <li>a proviso qualifies the sentence before it: "Notwithstanding the foregoing, the assignment takes effect
 *   only upon payment in full" weakens the assignment of the previous sentence.</li>
 * </ul>
 */
public final class SentenceLinks {

    /**
     * A list item opens with a label: "(a)", "(iv)", "b)", "2.", "ii.", a bullet, a dash or a form's check box ("[x]",
     * "( )", "\u2610"), which lists like a bullet. Group 1 is the label's
     * opening bracket, group 2 its letters or digits, group 3 its closing punctuation, group 4 a bullet.
     */
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "^\\s*(?:(\\(?)([a-zA-Z]|[ivxlIVXL]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3})([.)])"
                    + "|([\u2022\u25CF\u25AA\u25E6\u2023\u2043\u00B7*\\-\u2013\u2014]|\\[[ xX\u2713\u2714]{0,3}\\]"
                    + "|\\([ xX\u2022]{1,3}\\)|[\u2610\u2611\u2612\u25A1]))\\s");
    /** A lead-in ends with a colon, "the following" or "as follows". */
    static final Pattern LEAD_IN_END = Pattern.compile(
            "(?:[:\u2014]|\\b(?:the\\s+following|as\\s+follows)[\\s,]*)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A proviso opens on the sentence before it. */
    private static final Pattern PROVISO = Pattern.compile("^\\s*(?:\\(?[a-z0-9]{1,4}[.)]\\s+)?(?:"
            + "notwithstanding\\s+(?:the\\s+(?:foregoing|above|preceding)|anything\\s+to\\s+the\\s+contrary|such|this|that)"
            + "|provided(?:\\s*,)?\\s+(?:however|further|always|that)|however\\s*,|except\\s+that|save\\s+that"
            + "|the\\s+(?:foregoing|above|preceding)\\s+(?:assignment|transfer|obligation|license|licence|right|grant"
            + "|shall|will|does|is|applies|provisions?)"
            + "|such\\s+(?:assignment|transfer|vesting|obligation|access|assistance|license|licence|right|grant)s?\\b"
            + "|this\\s+(?:assignment|transfer|obligation|grant)\\b)", Pattern.CASE_INSENSITIVE);
    /** Sentences without a label that may stand inside one item before the next label comes. */
    private static final int MAX_UNLABELLED_IN_LIST = 3;
    /** How far a lead-in reaches: items beyond this many sentences need a new lead-in. */
    private static final int MAX_ITEMS = 40;

    private final int[] leadIns;
    private final BitSet provisos;
    private final BitSet labels;

    private SentenceLinks(int[] leadIns, BitSet provisos, BitSet labels) {
        this.leadIns = leadIns;
        this.provisos = provisos;
        this.labels = labels;
    }

    /** True when the sentence is a table's row label. */
    public boolean isLabel(int sentence) {
        return labels.get(sentence);
    }

    /** A row label of a table: a few words, no sentence punctuation, no verb of obligation ("Deliverables"). */
    private static final Pattern LABEL = Pattern.compile("^\\s*[A-Za-z][A-Za-z&/()'\\- ]{0,40}[A-Za-z)]\\s*:?\\s*$");
    private static final Pattern OPERATIVE_WORD = Pattern.compile("(?i)\\b(?:shall|will|must|may|is|are|agrees?)\\b");
    /** How many cells after a row label it introduces at most. */
    private static final int MAX_LABELLED = 12;

    /** True for text that reads as a table's row label. */
    public static boolean isLabel(String text) {
        return LABEL.matcher(text).matches() && !OPERATIVE_WORD.matcher(text).find() && text.strip().split("\\s+").length <= 5;
    }

    /** Reads the links of a document's sentences. */
    public static SentenceLinks of(List<Sentence> sentences) {
        return of(sentences, new BitSet());
    }

    /**
     * Reads the links of a document's sentences; {@code labels} marks the table cells that label a row, whose following
     * cells lean on them as on a lead-in ("Deliverables" | "Architecture design document; source code; runbook").
     */
    public static SentenceLinks of(List<Sentence> sentences, BitSet labels) {
        int[] leadIns = new int[sentences.size()];
        Arrays.fill(leadIns, -1);
        BitSet provisos = new BitSet();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (i > 0 && PROVISO.matcher(sentence.text()).lookingAt()) {
                provisos.set(i);
            }
            if (endsLeadIn(sentence.text())) {
                linkItems(sentences, i, leadIns);
            }
        }
        for (int label = labels.nextSetBit(0); label >= 0; label = labels.nextSetBit(label + 1)) {
            for (int i = label + 1; i < sentences.size() && i <= label + MAX_LABELLED && !labels.get(i); i++) {
                if (leadIns[i] < 0) {
                    leadIns[i] = label;
                }
            }
        }
        return new SentenceLinks(leadIns, provisos, labels);
    }

    /**
     * Whether {@link #LEAD_IN_END} finds a match, tried only at the sentence's end, where any match lies: after its
     * colon, dash or "follow..." word come only white space, commas and a line end. That expression, tried at every
     * offset of every sentence, cost more than the rest of the links.
     */
    static boolean endsLeadIn(String text) {
        int last = text.length() - 1;
        while (last >= 0 && isTrailing(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        char end = text.charAt(last);
        if (end != ':' && end != '\u2014' && end != 's' && end != 'S' && end != 'g' && end != 'G') {
            return false;
        }
        // A match starts at most "following" and the white space before it, and "the", before its last letter.
        int start = last - "following".length();
        while (start > 0 && isSpace(text.charAt(start))) {
            start--;
        }
        start = Math.max(0, start - "the".length());
        return LEAD_IN_END.matcher(text).useTransparentBounds(true).region(start, text.length()).find();
    }

    /** What may follow a lead-in's end: the expression's white space, commas and line terminators. */
    private static boolean isTrailing(char c) {
        return isSpace(c) || c == ',' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The expressions' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Links the sentences after a lead-in that carry a label of the first item's style ("(a)", "(b)", ...) to it;
     * labels of another style belong to a nested list, whose own lead-in links them.
     */
    private static void linkItems(List<Sentence> sentences, int leadIn, int[] leadIns) {
        String style = null;
        int unlabelled = 0;
        for (int i = leadIn + 1; i < sentences.size() && i <= leadIn + MAX_ITEMS; i++) {
            Matcher label = ITEM_LABEL.matcher(sentences.get(i).text());
            if (!label.lookingAt()) {
                if (style == null || ++unlabelled > MAX_UNLABELLED_IN_LIST) {
                    return;
                }
                continue;
            }
            unlabelled = 0;
            String itemStyle = styleOf(label);
            if (style == null) {
                style = itemStyle;
            } else if (!style.equals(itemStyle) && !(style.equals("(a)") && itemStyle.equals("(i)")
                    && label.group(2).length() == 1)) {
                continue; // a nested list's item, or the single letter "(i)" after "(h)" read as roman
            }
            leadIns[i] = leadIn;
        }
    }

    /** "(a)", "(i)", "(1)", "a.", "i.", "1." and so on for the label's kind, or "*" for a bullet. */
    private static String styleOf(Matcher label) {
        if (label.group(4) != null) {
            return "*";
        }
        String body = label.group(2);
        String kind = Character.isDigit(body.charAt(0)) ? "1" : body.matches("[ivxlIVXL]+") && body.length() > 1
                || body.equals("i") || body.equals("I") ? "i" : "a";
        return label.group(1) + kind + label.group(3);
    }

    /** The sentence that introduces this list item, or -1. */
    public int leadIn(int sentence) {
        return sentence < leadIns.length ? leadIns[sentence] : -1;
    }

    /** True when the sentence is a proviso on the sentence before it ("Notwithstanding the foregoing, ..."). */
    public boolean qualifiesPrevious(int sentence) {
        return provisos.get(sentence);
    }
}
