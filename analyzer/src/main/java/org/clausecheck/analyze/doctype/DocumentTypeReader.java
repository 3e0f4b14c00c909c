package org.clausecheck.analyze.doctype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.structure.Clause;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.ExtractedDocument;

/**
 * Decides what kind of agreement a document is, from what it calls itself. Its title (the metadata title and the
 * short blocks that open it) counts most, the longest name winning ("Master Services Agreement" over "Services
 * Agreement", "AI Addendum" over "Addendum"); then how often it refers to itself as "this &lt;name&gt;" ("this
 * DPA", and "this Agreement" for a title that ends in "Agreement"). A file without a body of numbered terms that
 * never calls itself by its title but calls itself a statement of work or an order form ("this SOW", twice or more)
 * is one, whatever family of forms its heading names. Where
 * nothing names a type, the frequency of a type's own vocabulary may; otherwise the type is "other". When two
 * types tie, the one that expects more protections wins: doubt never excuses a gap.
 */
public final class DocumentTypeReader {

    /** A title names the type far more surely than one reference in the text. */
    static final int TITLE_WEIGHT = 10;
    /** The opening blocks that may hold the title, and their longest. */
    static final int TITLE_BLOCKS = 6;
    static final int MAX_TITLE_WORDS = 12;
    /** Fewer numbered clauses than this is no body of terms: a cover page, an order form, a form of SOW. */
    static final int MIN_BODY_CLAUSES = 5;
    /** How often such a form must call itself "this SOW" ("this Order Form") to be one. */
    static final int MIN_FORM_REFERENCES = 2;

    /** What a document calls itself in general: "this Agreement" counts for a title that ends in the same word. */
    private static final Set<String> GENERIC_NOUNS = Set.of("agreement", "addendum", "amendment", "contract", "order",
            "terms", "supplement", "rider");

    /** The decision and why. */
    public record Decision(DocumentType type, String reason) {
    }

    private record Evidence(DocumentType type, int titleHits, String titleName, int selfRefs, String selfName) {
        int score(boolean titleType, int genericRefs) {
            return (titleType ? TITLE_WEIGHT + genericRefs : 0) + selfRefs;
        }
    }

    private final DocumentTypes types;
    /** How far after "this" a name may reach. */
    private static final int SELF_REACH = 100;

    private final Map<String, Pattern> namePatterns = new HashMap<>();
    /**
     * The first word of each name, lower case: a title without it cannot hold the name, and most titles hold few
     * of the names, so their expressions are not tried there.
     */
    private final Map<String, String> nameLeadWords = new HashMap<>();
    /** The content phrases of every type, counted in one pass. */
    private final WordScan vocabulary;
    private final Map<String, Integer> vocabularyIndex = new HashMap<>();
    /** The names by their first word, lower case: after "this", only names that start with the next word are tried. */
    private final Map<String, List<String>> namesByFirstWord = new HashMap<>();

    public DocumentTypeReader(DocumentTypes types) {
        this.types = types;
        List<String> phrases = new ArrayList<>();
        for (DocumentType type : types.types()) {
            for (String phrase : type.content()) {
                String lower = phrase.toLowerCase(Locale.ROOT);
                if (!vocabularyIndex.containsKey(lower)) {
                    vocabularyIndex.put(lower, phrases.size());
                    phrases.add(lower);
                }
            }
        }
        this.vocabulary = new WordScan(phrases);
        for (DocumentType type : types.types()) {
            for (String name : type.names()) {
                namePatterns.put(name, Pattern.compile(namePattern(name)));
                nameLeadWords.put(name, name.split("[\\s\\-]+")[0].toLowerCase(Locale.ROOT));
                namesByFirstWord.computeIfAbsent(firstWord(name), word -> new ArrayList<>()).add(name);
            }
        }
    }

    /**
     * @param readableText the document's text with notes and options not chosen blanked out (a drafting note that
     *                     mentions another agreement says nothing about this one)
     */
    public Decision read(ExtractedDocument document, DocumentStructure structure, String readableText) {
        String title = titleZone(document, readableText);
        List<Integer> selfSites = selfSites(readableText);
        Map<String, Integer> selfRefsByName = selfReferences(readableText, selfSites);
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        List<Evidence> evidence = new ArrayList<>();
        for (DocumentType type : types.types()) {
            int titleHits = 0;
            String titleName = null;
            int selfRefs = 0;
            String selfName = null;
            for (String name : type.names()) {
                int hits = lowerTitle.contains(nameLeadWords.get(name)) ? count(namePatterns.get(name), title) : 0;
                if (hits > 0 && (titleName == null || name.length() > titleName.length())) {
                    titleName = name;
                }
                titleHits += hits;
                int refs = selfRefsByName.getOrDefault(name, 0);
                if (refs > selfRefs) {
                    selfName = name;
                }
                selfRefs = Math.max(selfRefs, refs);
            }
            evidence.add(new Evidence(type, titleHits, titleName, selfRefs, selfName));
        }
        Evidence titled = evidence.stream().filter(e -> e.titleName() != null)
                .max(Comparator.comparingInt((Evidence e) -> e.titleName().length()).thenComparing(DocumentTypeReader::strictness))
                .orElse(null);
        int genericRefs = titled == null ? 0 : genericRefs(titled.titleName(), readableText, selfSites);
        Comparator<Evidence> byScore = Comparator.comparingInt((Evidence e) -> e.score(e == titled, genericRefs))
                .thenComparing(DocumentTypeReader::strictness);
        Evidence best = evidence.stream().filter(e -> e.score(e == titled, genericRefs) > 0).max(byScore).orElse(null);
        int body = bodyClauses(structure);
        String bodyNote = "";
        boolean namesItselfByTitle = best != null && best.selfRefs() + (best == titled ? genericRefs : 0) > 0;
        if (best != null && !best.type().supplements() && body < MIN_BODY_CLAUSES && !namesItselfByTitle) {
            Evidence form = evidence.stream().filter(e -> e.type().supplements() && e.selfRefs() >= MIN_FORM_REFERENCES)
                    .max(byScore).orElse(null);
            if (form != null) {
                best = form;
                bodyNote = "; no body of numbered terms (" + body + " numbered clause" + (body == 1 ? "" : "s") + ")";
            }
        }
        if (best != null) {
            return new Decision(best.type(), reason(best, best == titled, genericRefs, title) + bodyNote);
        }
        return byContent(readableText);
    }

    /** Ties go to the type that expects more rules. */
    private static int strictness(Evidence evidence) {
        return -evidence.type().notExpected().size();
    }

    private static String reason(Evidence best, boolean titled, int genericRefs, String title) {
        List<String> parts = new ArrayList<>();
        if (titled) {
            parts.add("title \u201C" + quoteTitle(title, best.titleName()) + "\u201D");
        }
        if (best.selfRefs() > 0) {
            parts.add("calls itself \u201Cthis " + best.selfName() + "\u201D " + times(best.selfRefs()));
        }
        if (titled && genericRefs > 0) {
            String noun = best.titleName().substring(best.titleName().lastIndexOf(' ') + 1);
            parts.add("\u201Cthis " + noun + "\u201D " + times(genericRefs));
        }
        return String.join("; ", parts);
    }

    private Decision byContent(String text) {
        int[] counts = vocabulary.countWords(text);
        DocumentType best = null;
        int bestCount = 0;
        int second = 0;
        for (DocumentType type : types.types()) {
            int count = 0;
            for (String phrase : type.content()) {
                count += counts[vocabularyIndex.get(phrase.toLowerCase(Locale.ROOT))];
            }
            if (count > bestCount) {
                second = bestCount;
                best = type;
                bestCount = count;
            } else {
                second = Math.max(second, count);
            }
        }
        if (best != null && bestCount >= best.minContent() && best.minContent() > 0 && bestCount >= 2 * second) {
            return new Decision(best, "no title names a type; its vocabulary (" + String.join(", ", best.content())
                    + ") occurs " + bestCount + " times");
        }
        return new Decision(DocumentType.OTHER, "no title or reference to itself names a known type");
    }

    /** The metadata title and the short blocks among the first few: where a document states its title. */
    static String titleZone(ExtractedDocument document, String readableText) {
        StringBuilder zone = new StringBuilder();
        if (document.metadata().title() != null) {
            zone.append(document.metadata().title()).append('\n');
        }
        int taken = 0;
        for (Block block : document.blocks()) {
            if (taken >= TITLE_BLOCKS) {
                break;
            }
            String text = readableText.substring(block.start(), block.end()).strip();
            if (text.isEmpty()) {
                continue;
            }
            taken++;
            if (text.split("\\s+").length <= MAX_TITLE_WORDS) {
                zone.append(text).append('\n');
            }
        }
        return zone.toString();
    }

    /** "this Agreement" counts for a title that ends in "Agreement", and so on. */
    private static int genericRefs(String titleName, String text, List<Integer> sites) {
        String noun = titleName.substring(titleName.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!GENERIC_NOUNS.contains(noun)) {
            return 0;
        }
        int count = 0;
        for (int site : sites) {
            int end = site + noun.length();
            if (text.regionMatches(true, site, noun, 0, noun.length())
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                count++;
            }
        }
        return count;
    }

    static int bodyClauses(DocumentStructure structure) {
        int count = 0;
        for (Clause clause : structure.clauses()) {
            String number = clause.sectionNumber();
            if (number != null && !number.isEmpty() && (Character.isDigit(number.charAt(0))
                    || number.startsWith("Article ") || number.startsWith("ARTICLE ") || number.startsWith("Section ")
                    || number.startsWith("SECTION ") || number.startsWith("Clause "))) {
                count++;
            }
        }
        return count;
    }

    /** A name as an expression: capitals only for an abbreviation, else any case, any space or hyphen, a plural. */
    static String namePattern(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter)) {
            return "\\b" + Pattern.quote(name) + "s?\\b";
        }
        StringBuilder pattern = new StringBuilder("(?i:\\b");
        String[] words = name.split("[\\s\\-]+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                pattern.append("[\\s\\-\u2011]+");
            }
            pattern.append(Pattern.quote(words[i]));
        }
        return pattern.append("s?\\b)").toString();
    }

    private static String quoteTitle(String zone, String name) {
        for (String line : zone.split("\n")) {
            if (Pattern.compile(namePattern(name)).matcher(line).find()) {
                return line.strip();
            }
        }
        return name;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** How often each name follows "this" or "these"; only the names that start with the next word are tried. */
    private Map<String, Integer> selfReferences(String text, List<Integer> sites) {
        Map<String, Integer> counts = new HashMap<>();
        for (int site : sites) {
            int wordEnd = site;
            while (wordEnd < text.length() && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            List<String> candidates = namesByFirstWord.get(firstWord(text.substring(site, wordEnd)));
            if (candidates == null) {
                continue;
            }
            for (String name : candidates) {
                Matcher matcher = namePatterns.get(name).matcher(text);
                if (matcher.region(site, Math.min(text.length(), site + SELF_REACH)).lookingAt()) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static final WordScan SELF = new WordScan(List.of("this", "these"));

    /** The offsets of the words after each "this" and "these", in order. */
    static List<Integer> selfSites(String text) {
        List<Integer> sites = new ArrayList<>();
        SELF.scan(text, (phrase, offset) -> {
            int end = offset + (phrase == 0 ? 4 : 5);
            if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                sites.add(end);
            }
        });
        return sites;
    }

    /** The first word of a name, lower case, hyphens kept: "non-disclosure" of "Non-Disclosure Agreement". */
    private static String firstWord(String name) {
        String word = name.strip().split("\\s+")[0];
        return word.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
