package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties a preamble names with the short name it defines for each: {@code between JANE ROE (hereinafter
 * referred to as "CONSULTANT") and ACME GOLF, LTD. ("ACME GOLF")}. This is how contracts introduce who signs
 * them, whatever the party is (a person, a bank, a name without a company suffix), and how CUAD's experts answer
 * "Parties": the name, with the defined name beside it. The name is the first capitalised part before the
 * definition, after "between", "among", "by" or the previous definition; a company suffix after a comma stays with
 * it ("ACME GOLF, LTD."), a description ("a Delaware corporation", "with offices at ...") does not.
 */
final class DefinedParties {

    /** A party named with the short names defined for it ("Company" or "Phreesia"), the first first. */
    record Found(String name, List<String> definedNames) {
    }

    /** How far from the first "between" / "among" the parties' definitions may run. */
    private static final int REACH = 2_000;
    /** Where the list of parties ends: the recitals. */
    private static final Pattern RECITALS = Pattern.compile("(?i)\\b(?:whereas|recitals|w\\s?i\\s?t\\s?n\\s?e\\s?s\\s?s"
            + "\\s?e\\s?t\\s?h|background)\\b");
    /** A blank line, or a full stop before a new sentence (group 1). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\n[ \\t]*\\n|(\\.)(?=\\s+[A-Z0-9(\"\u201C])");
    private static final Pattern LAST_WORD = Pattern.compile("[\\w.]+$");
    /** A word a full stop abbreviates: short ("Inc", "Co", "Pvt", "St") or dotted ("N.A", "L.L.C"). */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{1,4}|[A-Za-z]+(?:\\.[A-Za-z]+)+");
    private static final Pattern START = Pattern.compile("(?i)\\b(?:between|among|amongst)\\b");
    private static final String QUOTE = "[\"\u201C\u201D\u2018\u2019'`]";
    /**
     * ("ETI"), (the "Company"), (hereinafter referred to as "CONSULTANT"), (hereinafter, "Licensee"),
     * ("Company" or "Phreesia"), (each a "Party"): the defined name is the first quoted one.
     */
    private static final Pattern DEFINITION = Pattern.compile("\\(\\s*(?i:(?:hereinafter|hereafter|herein)\\s*,?\\s*)?"
            + "(?i:(?:individually\\s+and\\s+)?collectively,?\\s+)?(?i:(?:(?:be\\s+)?referred\\s+to\\s+)?(?:herein\\s+)?"
            + "as\\s+)?(?i:the\\s+)?" + QUOTE + "{1,2}([^\"\u201C\u201D()\\n]{1,50}?)" + QUOTE + "{1,2}[^()]{0,120}\\)");
    /** Where a party's name may start: after the last of these words before its definition. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\b(?:between|among|amongst|by)\\b");
    /** A defined name that is not a party's: the agreement itself, a date, both parties together. */
    private static final Pattern NOT_A_PARTY = Pattern.compile("(?i)\\b(?:agreement|contract|amendment|addendum"
            + "|effective|date|term|parties|party|plan|program|schedule|exhibit)\\b");
    /** A company suffix written after a comma: "ACME GOLF, LTD.", "Chase Bank USA, N.A.". */
    private static final Pattern SUFFIX = Pattern.compile("(?i)\\s*(?:inc|incorporated|llc|l\\.l\\.c|ltd|limited|corp"
            + "|corporation|co|plc|gmbh|ag|s\\.a|sa|b\\.v|bv|n\\.v|nv|lp|l\\.p|llp|n\\.a|s\\.r\\.l|s\\.p\\.a|pty|pte|mhc"
            + "|s\\.a\\.s|k\\.k)\\.?\\s*");
    /** Where a name's words end: its address or an account of what it is. */
    private static final Pattern NAME_END = Pattern.compile("(?i)\\s+(?:located|having|whose|with|of\\s+\\d|at\\s+\\d"
            + "|organi[sz]ed|incorporated\\s+(?:in|under)|residing|doing\\s+business)\\b|\\s*[\\n(\\[]");
    /** What may come between the lead-in or the previous definition and a name. */
    private static final Pattern OPENING = Pattern.compile("(?i)^[\\s,;:]*(?:(?:and|&)\\s+)?");
    /** The last "and" before a capitalised word: the name after a description of the previous party. */
    private static final Pattern LAST_AND = Pattern.compile("\\band\\s+(?=[A-Z]|[a-z][A-Z])(?!.*\\band\\s+[A-Z])");
    /** Capitalised words ending a part: "John Doe" of "for services of John Doe". */
    private static final Pattern TRAILING_NAME = Pattern.compile("(?:[A-Z][\\w.'\u2019&-]*\\s+)*[A-Z][\\w.'\u2019&-]*[\\s,]*$");
    private static final Pattern QUOTED = Pattern.compile(QUOTE + "{1,2}([^\"\u201C\u201D()\\n]{1,50}?)" + QUOTE + "{1,2}");
    private static final int MAX_WORDS = 10;

    private DefinedParties() {
    }

    /** The parties the preamble defines, in order, each once. */
    static List<Found> in(String preamble) {
        Matcher start = START.matcher(preamble);
        if (!start.find()) {
            return List.of();
        }
        int from = start.start();
        int to = Math.min(preamble.length(), from + REACH);
        Matcher recitals = RECITALS.matcher(preamble).region(from, to);
        if (recitals.find()) {
            to = recitals.start();
        }
        to = sentenceEnd(preamble, from, to);
        List<Found> found = new ArrayList<>();
        Matcher definition = DEFINITION.matcher(preamble).region(from, to);
        int segmentStart = from;
        while (definition.find()) {
            String segment = preamble.substring(segmentStart, definition.start());
            segmentStart = definition.end();
            if (NOT_A_PARTY.matcher(definition.group(1)).find()) {
                continue;
            }
            List<String> definedNames = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(definition.group());
            while (quoted.find()) {
                String definedName = quoted.group(1).strip();
                if (!definedName.isEmpty() && !NOT_A_PARTY.matcher(definedName).find()) {
                    definedNames.add(definedName);
                }
            }
            String name = name(segment);
            if (name != null && found.stream().noneMatch(f -> f.name().equals(name))) {
                found.add(new Found(name, List.copyOf(definedNames)));
            }
        }
        return found;
    }

    /**
     * The name in the words before a definition, or null when they hold none: the words right after the lead-in
     * when they start with a capital; else the name after the last "and" (what came before describes the previous
     * party: "with offices at ... Austin, Texas and eStudio, Inc."); else the capitalised words right before
     * the definition ("professional golfer, JANE ROE", "for services of John Doe"); else the first
     * part of the list that starts with a capital.
     */
    private static String name(String segment) {
        String rest = segment.substring(segment.lastIndexOf(')') + 1); // an aside of the previous party
        Matcher leadIn = LEAD_IN.matcher(rest);
        int after = 0;
        while (leadIn.find()) {
            after = leadIn.end();
        }
        rest = OPENING.matcher(rest.substring(after).replaceAll("\\s+", " ")).replaceFirst("");
        String name = null;
        if (!rest.isEmpty() && startsAName(rest)) {
            name = withSuffixes(rest.split(","), 0);
        } else {
            Matcher and = LAST_AND.matcher(rest);
            if (and.find()) {
                name = withSuffixes(rest.substring(and.end()).split(","), 0);
            } else {
                String[] chunks = rest.split(",");
                Matcher run = TRAILING_NAME.matcher(rest.strip());
                if (run.find()) {
                    name = run.group().replaceAll("[\\s,]+$", "");
                }
                for (int i = 0; i < chunks.length && name == null; i++) {
                    String part = chunks[i].strip();
                    if (!part.isEmpty() && startsAName(part) && !SUFFIX.matcher(part).matches()) {
                        name = withSuffixes(chunks, i);
                    }
                }
            }
        }
        if (name == null) {
            return null;
        }
        Matcher end = NAME_END.matcher(name);
        String cut = (end.find() ? name.substring(0, end.start()) : name).strip();
        int words = cut.split("\\s+").length;
        boolean agreementTitle = cut.toLowerCase(Locale.ROOT).contains("agreement");
        return cut.isEmpty() || words > MAX_WORDS || agreementTitle ? null : cut;
    }

    /**
     * The end of the sentence that lists the parties: a blank line, or a full stop before the next sentence that
     * does not end an abbreviation ("Inc.", "N.A.", "Pvt."); the definitions of a contract's terms come after it.
     */
    private static int sentenceEnd(String text, int from, int limit) {
        Matcher end = SENTENCE_END.matcher(text).region(from, limit);
        while (end.find()) {
            if (end.group(1) == null) {
                return end.start();
            }
            Matcher word = LAST_WORD.matcher(text.substring(Math.max(from, end.start() - 12), end.start()));
            if (!word.find() || !ABBREVIATION.matcher(word.group()).matches()) {
                return end.end();
            }
        }
        return limit;
    }

    /** The part at {@code first} with the company suffixes written after it: "ACME GOLF, LTD.". */
    private static String withSuffixes(String[] chunks, int first) {
        StringBuilder name = new StringBuilder(chunks[first].strip());
        for (int i = first + 1; i < chunks.length && SUFFIX.matcher(chunks[i]).matches(); i++) {
            name.append(", ").append(chunks[i].strip());
        }
        return name.toString();
    }

    /** A capital letter, or a lower-case letter before one ("eStudio"). */
    private static boolean startsAName(String part) {
        char first = part.charAt(0);
        return Character.isUpperCase(first)
                || part.length() > 1 && Character.isLowerCase(first) && Character.isUpperCase(part.charAt(1));
    }
}
