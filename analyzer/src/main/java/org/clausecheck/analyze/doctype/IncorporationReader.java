package org.clausecheck.analyze.doctype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Finds the terms a document takes in by reference: "This Order Form incorporates the Standard Terms ...", "...
 * Standard Terms posted at https://..., which are incorporated by reference", "This DPA supplements the Agreement",
 * "issued under the Master Services Agreement dated ...", "governed by the terms and conditions at https://...".
 * Each is named as written. Terms the document says are attached ("A copy of the Standard Terms is attached") are in
 * the file; a reference to the document's own defined terms ("the Agreement" in an agreement with a body of terms)
 * is to itself, except in a type that supplements another agreement, where "the Agreement" is that other one.
 */
final class IncorporationReader {

    private static final String URL = "(?:https?://|www\\.)[^\\s\u201D\"<>]+|[a-z0-9][a-z0-9.\\-]*\\.(?:com|org|net|io|ai|co|gov|eu|uk|de|fr)(?:/[^\\s\u201D\"<>]*)?";
    /**
     * Every alternative starts with one of the letters of the look-ahead and one of the words of
     * {@link #FORWARD_STARTS}, where {@link #forwardMatchEnds} tries it (a new alternative's first word goes there).
     */
    static final Pattern FORWARD = Pattern.compile("(?i)(?=[aefimpsw])\\b(?:"
            + "incorporat(?:es|e)\\s+(?:by\\s+reference\\s+)?(?:herein\\s+)?"
            + "|(?:forms?|is|are)\\s+(?:a\\s+|an\\s+integral\\s+)?part\\s+of\\s+(?:and\\s+supplements\\s+)?"
            + "|supplements\\s+|(?:is|are)\\s+supplemental\\s+to\\s+|amends\\s+"
            + "|(?:issued|entered\\s+into|made|executed|placed)\\s+(?:under|pursuant\\s+to|in\\s+accordance\\s+with)\\s+"
            + "|(?:is|are|shall\\s+be|will\\s+be)\\s+governed\\s+by\\s+(?:the\\s+terms\\s+(?:and\\s+conditions\\s+)?of\\s+)?"
            + "|subject\\s+to\\s+(?:the\\s+terms\\s+(?:and\\s+conditions\\s+)?(?:of|set\\s+(?:forth|out)\\s+in)\\s+)?"
            + ")(?=the\\s|[A-Z{\\[])");
    /** Per ASCII lower-case letter, the words a match of {@link #FORWARD} can start with; all its alternatives. */
    private static final String[][] FORWARD_STARTS = new String[128][];

    static {
        for (String word : List.of("incorporat", "form", "is", "are", "supplement", "amends", "issued", "entered",
                "made", "executed", "placed", "shall", "will", "subject")) {
            char first = word.charAt(0);
            String[] words = FORWARD_STARTS[first] == null ? new String[0] : FORWARD_STARTS[first];
            words = Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = word;
            FORWARD_STARTS[first] = words;
        }
    }

    private static final Pattern BACKWARD = Pattern.compile(
            "(?i),?\\s*(?:which|that)?\\s*(?:is|are)\\s+(?:hereby\\s+)?incorporated\\s+(?:herein\\s+|into\\s+this\\s+\\w+(?:\\s+\\w+)?\\s+)?by\\s+reference");
    private static final Pattern TERMS_AT = Pattern.compile("(?i)(?:the\\s+)?(?:terms(?:\\s+and\\s+conditions)?|conditions|terms\\s+of\\s+(?:service|use))"
            + "\\s+(?:(?:posted|available|located|found|published|set\\s+(?:forth|out))\\s+)?at\\s+(" + URL + ")");
    private static final Pattern LOCATOR = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:posted|available|located|found|published)\\s+)?at\\s+(" + URL + ")");
    private static final Pattern TRAILING_LOCATOR = Pattern.compile("(?i)\\s+(?:(?:posted|available|located|found|published)\\s+)?at\\s+(" + URL + ")\\s*$");
    private static final Pattern TRAILING_ALIAS = Pattern.compile("\\s*\\(([^()]{0,80})\\)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201D]{1,60})[\"\u201D]");
    private static final Pattern TOKEN = Pattern.compile(
            "\\{[^{}]{1,60}\\}|\\[[^\\[\\]]{1,60}\\]|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'\u2019&\\-]|\\.(?=[\\p{L}\\p{N}]))*");
    private static final Pattern TAIL = Pattern.compile("(?i)^\\s*,?\\s*(?:dated|between|with\\s+a|effective|of\\s+even\\s+date|entered\\s+into|made|executed)\\b[^;:]*");
    /** Terms published elsewhere: "... Standard Terms Version 1.0 identical to those posted at example.com/terms". */
    private static final Pattern PUBLISHED_AT = Pattern.compile("(?i)\\b(?:posted|available|published|located|found)\\s+at\\s+(" + URL + ")");
    /** Words that may stand between a name and where it is published ("identical to those", "as amended"). */
    private static final int MAX_FILLER_WORDS = 4;
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?i)\\b(?:agreements?|terms|conditions|contracts?|addend(?:um|a)|msa|sow|clauses|sccs|order\\s+forms?)\\b");
    private static final Pattern ATTACHED = Pattern.compile("(?i)\\b(?:attached|appended|enclosed|annexed|set\\s+(?:out|forth)\\s+below)\\b");
    /** Small words inside a name ("Terms of Service", "the UK Addendum and its Annexes"); "the" starts one. */
    private static final Set<String> INNER_WORDS = Set.of("of", "and", "for", "&", "their", "its", "to", "on");
    private static final int MAX_NAME_WORDS = 14;
    private static final int MAX_TAIL = 160;

    /**
     * A reference found, before deciding whether its terms are in the file; {@code defines} when it gives the terms
     * a defined name of their own ('the Standard Terms posted at ... ("Standard Terms")').
     */
    private record Reference(String name, String core, List<String> aliases, boolean defines, Sentence sentence) {
    }

    private IncorporationReader() {
    }

    /**
     * @param sentences      the document's sentences
     * @param readableText   the text with notes and options not chosen blanked out
     * @param definedTerms   the terms the document defines (lower case)
     * @param ownBody        true when the document has a body of numbered terms of its own
     * @param supplements    true when the document's type adds to another agreement
     */
    static List<IncorporatedTerms> read(List<Sentence> sentences, String readableText, Set<String> definedTerms,
                                        boolean ownBody, boolean supplements) {
        Map<String, Reference> references = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            String text = readableText.substring(sentence.start(), sentence.end());
            String lower = text.toLowerCase(Locale.ROOT);
            if (!mayRefer(lower)) {
                continue;
            }
            // Each expression runs only where a word it cannot match without occurs: most sentences hold none,
            // and the expressions, tried at every offset, cost more than the checks.
            for (int end : mayReferForward(lower) ? forwardMatchEnds(text) : List.<Integer>of()) {
                Reference reference = forwardName(text, end, sentence);
                if (reference != null) {
                    references.putIfAbsent(reference.core().toLowerCase(Locale.ROOT), reference);
                }
            }
            Matcher backward = BACKWARD.matcher(lower.contains("incorporated") ? text : "");
            while (backward.find()) {
                Reference reference = backwardName(text.substring(0, backward.start()), sentence, 0);
                if (reference != null) {
                    references.putIfAbsent(reference.core().toLowerCase(Locale.ROOT), reference);
                }
            }
            Matcher published = PUBLISHED_AT.matcher(mayBePublished(lower) ? text : "");
            while (published.find()) {
                Reference reference = backwardName(text.substring(0, published.end()), sentence, MAX_FILLER_WORDS);
                if (reference != null && DOCUMENT_NOUN.matcher(reference.core()).find()) {
                    references.putIfAbsent(reference.core().toLowerCase(Locale.ROOT), reference);
                }
            }
        }
        List<IncorporatedTerms> found = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Reference reference : references.values()) {
            String core = reference.core().toLowerCase(Locale.ROOT);
            if (named.stream().anyMatch(other -> other.startsWith(core + " ") || core.startsWith(other + " "))) {
                continue; // "the UK Addendum" after "the UK Addendum and their Annexes": one set of terms
            }
            named.add(core);
            // a defined term of the document used here refers to it ("the Agreement"), unless defined right here
            boolean own = !supplements && ownBody
                    && (core.equals("agreement") || definedTerms.contains(core) && !reference.defines());
            if (own) {
                continue;
            }
            boolean attached = attached(sentences, readableText, reference);
            found.add(new IncorporatedTerms(reference.name(), reference.sentence().sectionNumber(),
                    reference.sentence().start(), !attached));
        }
        return found;
    }

    /** True when a sentence (lower case) holds a word some reference needs. */
    private static boolean mayRefer(String lower) {
        return lower.contains("incorporat") || lower.contains(" at ") || lower.contains("part of") || lower.contains("supplement")
                || lower.contains("amends") || lower.contains("governed by") || lower.contains("subject to")
                || lower.contains("under") || lower.contains("pursuant") || lower.contains("in accordance");
    }

    /**
     * Where each match of {@link #FORWARD} ends, as {@code find()} finds them: the expression is tried only where a
     * word it starts with begins (a match is never empty, so the next starts after the last one's end).
     */
    static List<Integer> forwardMatchEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher forward = FORWARD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextForwardStart(text, 0); at >= 0; ) {
            if (forward.region(at, text.length()).lookingAt()) {
                ends.add(forward.end());
                at = nextForwardStart(text, forward.end());
            } else {
                at = nextForwardStart(text, at + 1);
            }
        }
        return ends;
    }

    /**
     * The first offset from {@code from} where a word that a match of {@link #FORWARD} starts with begins, or -1.
     * {@link #FORWARD} is tried only there, as {@code find()} would find it: the same leftmost matches, without
     * trying the expression at every offset of a long sentence.
     */
    private static int nextForwardStart(String text, int from) {
        int length = text.length();
        for (int at = from; at < length; at++) {
            char c = text.charAt(at);
            // The expression starts with an ASCII letter (case-insensitive for ASCII only) at a word boundary.
            if (c >= 128 || at > 0 && isAsciiWordCharacter(text.charAt(at - 1))) {
                continue;
            }
            String[] words = FORWARD_STARTS[c | 0x20];
            if (words == null) {
                continue;
            }
            for (String word : words) {
                if (startsWithIgnoringAsciiCase(text, at, word)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static boolean isAsciiWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** @param word lower-case ASCII letters */
    private static boolean startsWithIgnoringAsciiCase(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((text.charAt(at + i) | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** False when a sentence (lower case) lacks every word {@link #FORWARD} needs. */
    private static boolean mayReferForward(String lower) {
        return lower.contains("incorporat") || lower.contains("part") || lower.contains("supplement")
                || lower.contains("amends") || lower.contains("governed") || lower.contains("subject")
                || lower.contains("under") || lower.contains("pursuant") || lower.contains("accordance");
    }

    /** False when a sentence (lower case) lacks every word {@link #PUBLISHED_AT} needs. */
    private static boolean mayBePublished(String lower) {
        return lower.contains("posted") || lower.contains("available") || lower.contains("published")
                || lower.contains("located") || lower.contains("found");
    }

    private static Reference forwardName(String text, int from, Sentence sentence) {
        Matcher termsAt = TERMS_AT.matcher(text).region(from, text.length());
        if (termsAt.lookingAt()) {
            String url = trimUrl(termsAt.group(1));
            return new Reference(text.substring(from, termsAt.start(1)).strip() + " " + url, url, List.of(), false,
                    sentence);
        }
        int at = from;
        boolean article = text.regionMatches(true, at, "the ", 0, 4);
        if (article) {
            at += 4;
        }
        Matcher token = TOKEN.matcher(text);
        int end = at;
        int words = 0;
        int lastCapital = -1;
        while (token.find(end) && token.start() <= end + 1 && words < MAX_NAME_WORDS) {
            String word = token.group();
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || word.charAt(0) == '{' || word.charAt(0) == '[';
            if (!capital && !INNER_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            end = token.end();
            words++;
            if (capital) {
                lastCapital = end;
            }
        }
        if (lastCapital < 0) {
            return null;
        }
        String core = text.substring(at, lastCapital).strip();
        boolean placeholder = core.startsWith("{") || core.startsWith("[");
        if (!DOCUMENT_NOUN.matcher(core).find() && !placeholder || core.matches("(?i)^(?:section|clause|article|schedule|exhibit)\\b.*")) {
            return null;
        }
        StringBuilder name = new StringBuilder(article ? "the " : "").append(core);
        List<String> aliases = new ArrayList<>();
        String rest = text.substring(lastCapital);
        Matcher alias = Pattern.compile("^\\s*\\(([^()]{0,80})\\)").matcher(rest);
        if (alias.find()) {
            aliases.addAll(quoted(alias.group(1)));
            rest = rest.substring(alias.end());
        }
        Matcher locator = LOCATOR.matcher(rest);
        if (locator.find()) {
            name.append(" at ").append(trimUrl(locator.group(1)));
            rest = rest.substring(locator.end());
        }
        Matcher tail = TAIL.matcher(rest);
        if (tail.find() && tail.group().strip().length() <= MAX_TAIL) {
            name.append(' ').append(tail.group().strip().replaceAll("^,\\s*", "").replaceAll("[.\\s]+$", ""));
        }
        boolean defines = !aliases.isEmpty();
        aliases.addAll(aliasesOf(core));
        return new Reference(name.toString().replaceAll("\\s+", " ").strip(), core, aliases, defines, sentence);
    }

    /**
     * The name that ends {@code before}, after a defined-term parenthesis and where it is published; up to
     * {@code filler} lower-case words may stand between the name and that place.
     */
    private static Reference backwardName(String before, Sentence sentence, int filler) {
        String text = before;
        List<String> aliases = new ArrayList<>();
        String url = null;
        int fillerLeft = filler;
        for (boolean changed = true; changed; ) {
            changed = false;
            String trimmed = text.replaceAll("[\\s,]+$", "");
            Matcher locator = TRAILING_LOCATOR.matcher(trimmed);
            Matcher alias = TRAILING_ALIAS.matcher(trimmed);
            if (url == null && locator.find()) {
                url = trimUrl(locator.group(1));
                trimmed = trimmed.substring(0, locator.start());
            } else if (alias.find()) {
                aliases.addAll(quoted(alias.group(1)));
                trimmed = trimmed.substring(0, alias.start());
            } else if (fillerLeft > 0 && trimmed.matches("(?s).*\\s[a-z]+$")) {
                fillerLeft--;
                trimmed = trimmed.replaceAll("\\s[a-z]+$", "");
            }
            changed = !trimmed.equals(text);
            text = trimmed;
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        int start = -1;
        int words = 0;
        for (int i = tokens.size() - 1; i >= 0 && words < MAX_NAME_WORDS; i--) {
            int[] t = tokens.get(i);
            if (i < tokens.size() - 1 && !text.substring(t[1], tokens.get(i + 1)[0]).isBlank()) {
                break; // punctuation between words ends the name
            }
            String word = text.substring(t[0], t[1]);
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || word.charAt(0) == '{' || word.charAt(0) == '[';
            if (!capital && !INNER_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (capital) {
                start = t[0];
            }
            words++;
        }
        if (start < 0) {
            return null;
        }
        String core = text.substring(start).strip();
        if (!Character.isUpperCase(core.charAt(0)) && !Character.isDigit(core.charAt(0)) && core.charAt(0) != '{') {
            return null;
        }
        String lead = text.substring(0, start).toLowerCase(Locale.ROOT);
        if (lead.matches("(?s).*\\b(?:this|these)\\s+$")) {
            return null; // the document's own terms ("these Standard Terms")
        }
        boolean article = lead.endsWith("the ");
        String name = (article ? "the " : "") + core + (url == null ? "" : " at " + url);
        boolean defines = !aliases.isEmpty();
        aliases.addAll(aliasesOf(core));
        return new Reference(name, core, aliases, defines, sentence);
    }

    /** The name, its last two words ("Standard Terms" of "Cloud Service Standard Terms Version 2.1") and no version. */
    private static List<String> aliasesOf(String core) {
        String withoutVersion = core.replaceAll("(?i)\\s+(?:version|v)\\s*[\\d.]+$", "").strip();
        List<String> aliases = new ArrayList<>(List.of(core, withoutVersion));
        String[] words = withoutVersion.split("\\s+");
        if (words.length > 2) {
            aliases.add(words[words.length - 2] + " " + words[words.length - 1]);
        }
        return aliases;
    }

    private static List<String> quoted(String parenthetical) {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(parenthetical);
        while (matcher.find()) {
            quoted.add(matcher.group(1).strip());
        }
        return quoted;
    }

    /** True when a sentence says the referenced terms are attached to (or set out in) this document. */
    private static boolean attached(List<Sentence> sentences, String readableText, Reference reference) {
        for (Sentence sentence : sentences) {
            String text = readableText.substring(sentence.start(), sentence.end());
            String lower = text.toLowerCase(Locale.ROOT);
            if (!mayAttach(lower) || !ATTACHED.matcher(text).find()) {
                continue;
            }
            for (String alias : reference.aliases()) {
                if (alias.length() > 3 && DOCUMENT_NOUN.matcher(alias).find()
                        && lower.contains(alias.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False when a sentence (lower case) lacks every word {@link #ATTACHED} needs. */
    private static boolean mayAttach(String lower) {
        return lower.contains("attached") || lower.contains("appended") || lower.contains("enclosed")
                || lower.contains("annexed") || lower.contains("below");
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;:)\\]]+$", "");
    }
}
