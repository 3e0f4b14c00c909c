package org.clausecheck.analyze.parties;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.words.WordLists;

/**
 * Whether the words before a party's defined term are its name. A name looks like one: capitalised words, at most
 * a few lower-case joining words ("Bank of America", "Andrea van Elsas"), no sentence in it. An unfilled template
 * slot ("[Customer Legal Name]", "{customer_name}", "________") is no name: that party is known by its role word.
 */
final class PartyNames {

    private static final WordLists WORDS = WordLists.read(PartyNames.class, "party-names.words");

    /** Unfilled slots and drafting notes: brackets, braces, angle brackets, blanks. */
    private static final Pattern SLOT = Pattern.compile("\\[[^\\]]{0,200}\\]|\\{[^}]{0,200}\\}|<[^>]{0,200}>"
            + "|_{2,}|\u2026|\\.{4,}");
    /** A title, exhibit number or heading before the name: "Exhibit 10.7 CONSULTING AGREEMENT", "PARTIES". */
    private static final Pattern LEADING_HEADING = Pattern.compile(
            "^(?:.*\\b(?:AGREEMENT|CONTRACT|ADDENDUM|AMENDMENT|TERMS|MEMORANDUM OF UNDERSTANDING|ORDER FORM"
                    + "|STATEMENT OF WORK|Agreement|Contract)\\b[\\s:.]+)?"
                    + "(?:(?:PARTIES|Parties|BETWEEN|Between|AMONG|Among|BY AND BETWEEN|By and between|AND|And|"
                    + "FROM|From|TO|To)\\b[\\s:]*)*(?:\\(?\\d{1,2}\\)|\\(?[A-Za-z]\\)|\\d{1,2}\\.|[A-H]\\.(?=\\s))?\\s*");
    /** Where a description starts after the name: "Brett Roe of [address]", "Acme Ltd is a company", "IREYA B.V having". */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\s+(?:of\\s+(?=[a-z\\d\\[(]|$)|of$|with\\b|having\\b|residing\\b|located\\b|whose\\b|which\\b|who\\b|is\\b"
                    + "|are\\b|a\\b|an\\b|acting\\b|represented\\b|registered\\b|incorporated\\b|organi[sz]ed\\b"
                    + "|existing\\b|duly\\b|doing\\s+business\\b|d/b/a\\b|hereinafter\\b|herein\\b|as\\s+(?:the|a|an)\\b"
                    + "|(?:and|or)\\s+(?:its|their|any|each)\\b|together\\b|including\\b|on\\s+behalf\\b)");
    /** Lower-case words a name may hold. */
    private static final Set<String> JOINING = WORDS.words("joining");
    /** Words that start or make up something other than a name. */
    private static final Set<String> NOT_NAMES = WORDS.phrases("not-names");
    /** A defined term for a thing: a name ending so defines no party ("California Consumer Privacy Act"). */
    private static final Pattern THING_ENDING = Pattern.compile("(?i)(?:^|\\s)(?:act|agreement|addendum|amendment"
            + "|regulations?|directive|law|code|rules|policy|policies|terms|conditions|schedule|exhibit|annex"
            + "|appendix|order|form|statement|plan|program|programme|standards?|framework|guidelines|principles"
            + "|clauses|page|application|understanding)$");
    /** What names are written with: no semicolon, colon, question mark, quote or bracket of a sentence or a slot. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s.,&'\u2019\u2018\\-\u2013()/+!*@#]+");
    /** "Terms of Engagement", "Agreement for Services": the title of a document, not a party. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("^(?i:this\\s|these\\s)|^(?i:terms|agreement|contract|conditions|statement"
            + "|schedule|order|addendum|policy|memorandum|master|general\\s+terms)\\b(?:\\s+(?i:of|for|and)\\b|$)");
    private static final Pattern LOWER_CASE_SUFFIX = Pattern.compile(
            "(?:plc|llc|l\\.l\\.c\\.?|ltd\\.?|inc\\.?|gmbh|ag|bv|b\\.v\\.?|nv|sa|s\\.a\\.?|srl|s\\.r\\.l\\.?|spa|s\\.p\\.a\\.?|oy|ab|as"
                    + "|aps|kk|pty|pvt|lp|llp|s\\.l\\.?|sarl|sas|s\\.a\\.s\\.?|c\\.v\\.?|co\\.?|corp\\.?)\\.?,?");
    /** "Exhibit 10.7", "Schedule B", "Section 4": a part of a document. */
    private static final Pattern PART_OF_DOCUMENT = Pattern.compile(
            "(?i)^(?:exhibit|schedule|annex|appendix|attachment|article|section|clause|page|part)\\s+\\S{1,6}$");
    private static final Pattern WORD = Pattern.compile("[^\\s,]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PartyNames() {
    }

    /** The text with template slots blanked out (same length, so offsets hold). */
    static String withoutSlots(String text) {
        Matcher slot = SLOT.matcher(text);
        if (!slot.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = slot.start(); i < slot.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (slot.find());
        return blanked.toString();
    }

    /**
     * The name in a candidate read before a defined term: slots blanked, a heading or enumerator in front and a
     * description after it cut off. Empty when what is left does not look like a name.
     */
    static String clean(String candidate) {
        String text = SPACES.matcher(withoutSlots(candidate)).replaceAll(" ").strip();
        Matcher description = DESCRIPTION.matcher(text);
        if (description.find() && description.start() > 0) {
            text = text.substring(0, description.start()).strip();
        }
        text = LEADING_HEADING.matcher(text).replaceFirst("").strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("the ")) {
            text = text.substring(4).strip();
        }
        // "Base Terms and" after "an attachment" was cut: the joining word goes, and what is left is judged.
        for (boolean changed = true; changed; ) {
            changed = false;
            while (text.endsWith(",") || text.endsWith(";") || text.endsWith(":")) {
                text = text.substring(0, text.length() - 1).strip();
                changed = true;
            }
            int space = text.lastIndexOf(' ');
            if (space > 0 && JOINING.contains(text.substring(space + 1).toLowerCase(Locale.ROOT))) {
                text = text.substring(0, space).strip();
                changed = true;
            }
        }
        return looksLikeName(text) ? text : "";
    }

    /** A brand written with a lower-case first letter before a capital: "iVillage", "eBay". */
    static boolean isLowerCaseBrand(String word) {
        return word.length() >= 3 && Character.isLowerCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
    }

    /** Capitalised words with at most a few joining words, no sentence, no slot, no heading word. */
    static boolean looksLikeName(String name) {
        String text = name.strip();
        if (text.length() < 2 || text.length() > 80 || SLOT.matcher(text).find()) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0))
                && !isLowerCaseBrand(text)) {
            return false;
        }
        if (NOT_NAMES.contains(text.toLowerCase(Locale.ROOT)) || isThing(text) || PART_OF_DOCUMENT.matcher(text).find()) {
            return false;
        }
        // A sentence or a list: a full stop before another word, a semicolon, a colon, a question mark, a bracket left open.
        if (count(text, '(') != count(text, ')') || !NAME_CHARACTERS.matcher(text).matches()
                || DOCUMENT_TITLE.matcher(text).find()) {
            return false;
        }
        Matcher word = WORD.matcher(text);
        int words = 0;
        int lowerCase = 0;
        while (word.find()) {
            String w = word.group();
            words++;
            // "Lumen Retail Group plc", "Delta Engineering S.A. de C.V.": suffixes and joining words may be in lower case.
            if (Character.isLowerCase(w.charAt(0)) && !JOINING.contains(w.toLowerCase(Locale.ROOT))
                    && !LOWER_CASE_SUFFIX.matcher(w).matches() && !isLowerCaseBrand(w)) {
                lowerCase++;
            }
        }
        String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return words <= 10 && lowerCase == 0 && (words == 1 || !JOINING.contains(last));
    }

    /** A name that ends as a law, a document or a thing does: the term it defines is no party. */
    static boolean isThing(String name) {
        return THING_ENDING.matcher(name.strip()).find();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
