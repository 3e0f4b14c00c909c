package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.words.WordLists;

/**
 * Finds the parties a contract introduces at its start: 'Acme Corp., a Delaware corporation ("Client")',
 * '(hereinafter referred to as "CRO")', '(the "Company")', 'Beta LLC (“Supplier”, “we” or “us”)'.
 */
public final class PreambleReader {

    private static final WordLists WORDS = WordLists.read(PreambleReader.class, "preamble.words");

    /** How much of the document's start is read as its preamble. */
    static final int PREAMBLE_LENGTH = 6000;

    // Two single quotes stand for a double one, also as typographic quotes (‘‘Employee” in PDFs).
    private static final String OPEN_QUOTE = "(?:''|\u2018\u2018|[\"\u201C\u201D'\u2018])";
    private static final String CLOSE_QUOTE = "(?:''|\u2019\u2019|[\"\u201D\u201C'\u2019])";
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]{0,160}?" + OPEN_QUOTE + "[^()]{1,160}?)\\)");
    private static final Pattern HEREINAFTER = Pattern.compile(
            "(?i:hereinafter|herein)(?:\\s+(?i:referred\\s+to\\s+as|called|known\\s+as))?\\s*(?i:the\\s+)?"
                    + OPEN_QUOTE + "([^\"\u201D\u201C']{1,40})" + CLOSE_QUOTE);
    private static final Pattern QUOTED = Pattern.compile(OPEN_QUOTE + "([^\"\u201C\u201D'\u2018]{1,40}?)" + CLOSE_QUOTE);
    static final Pattern NAME_START = Pattern.compile(
            "(?i:\\bby\\s+and\\s+between|\\bby\\s+and\\s+among|\\bbetween|\\bamong|\\band|\\bby|\\bwith|:|;|\\)\\s*,)\\s+");
    static final LiteralStartSearch NAME_START_SEARCH = new LiteralStartSearch("by", "between", "among", "and", "with",
            ":", ";", ")");

    /** Defined terms in a preamble that name things, not parties. */
    private static final Set<String> NOT_PARTIES = WORDS.phrases("not-parties");

    /** Defined terms ending so name things: "Hosting Services", "Effective Date", "Licensed Software". */
    private static final Pattern NOT_PARTY_ENDING = Pattern.compile("(?:^|\\s)(?:date|agreement|services?|products?"
            + "|software|system|network|fees?|term|period|plan|territory|information|materials?|data|content|site"
            + "|property|documentation|specifications?|program|project|rights?|technology|know-how|patents?|marks?"
            + "|trademarks?|shares|stock|notes?|facility|premises|equipment|work|deliverables?|schedule|exhibit"
            + "|terms|conditions|form|addendum|accounts?|payments?|offering|attachments?|appendix|annex"
            + "|page|application|(?:schedule|exhibit|attachment|appendix|annex)\\s+\\S{1,4})$");
    /** Words of an address or a description, in lower case as they run in a sentence; a street number. */
    private static final Pattern ADDRESS_WORDS = Pattern.compile("\\d{3,}|\\b(?:located|offices?|business|address"
            + "|residing|resident|organi[sz]ed|existing|incorporated|laws|registered|principal|place|whose|having|with"
            + "|street|avenue|road|suite)\\b");
    /** Words of an address in any case: what follows them up to the next "and" or "between" is still the address. */
    private static final Pattern ADDRESS_CUE = Pattern.compile("(?i)\\b(?:street|st\\.|avenue|ave\\.|road|rd\\.|suite"
            + "|floor|boulevard|blvd|drive|lane|pkwy|parkway|located|offices?|address|residing|resident|registered"
            + "|principal\\s+place|place\\s+of\\s+business|p\\.?\\s?o\\.?\\s+box)\\b");
    private static final Pattern QUOTE_CHARACTER = Pattern.compile("[\"\u201C\u201D'\u2018\u2019]");
    private static final Pattern SUFFIX_WORD = Pattern.compile("(?i)(?:inc|llc|l\\.l\\.c|ltd|limited|corp|corporation"
            + "|company|co|plc|gmbh|ag|s\\.a|sa|b\\.v|bv|n\\.v|nv|lp|l\\.p|llp|n\\.a|pty|trust|bank|fsb)\\.?,?");
    private static final Set<String> DETERMINERS = WORDS.words("determiners");
    /** Lower-case words that may join the capitalised words of a name read right before its term. */
    private static final Set<String> NAME_JOINING = WORDS.words("name-joining");
    private static final Set<String> SIGNATORY_WORDS = WORDS.words("signatory-words");
    private static final String ENTITY_SUFFIXES = "(?:Inc|LLC|L\\.L\\.C|Ltd|Limited|Corp|Corporation|Company|Co|plc"
            + "|PLC|S\\.A|SA|GmbH|AG|B\\.V|BV|N\\.V|NV|LP|L\\.P|LLP|S\\.A\\.S|SAS|A/S|AB|Pty|S\\.p\\.A|N\\.A|Trust|Bank)";
    static final Pattern ENTITY_NAME = Pattern.compile(
            "(\\b(?:[A-Z]|[a-z](?=[A-Z]))[\\w&.'\\-]*(?:\\s+(?:[A-Z0-9(&][\\w&.'()\\-]*|of|and|de|du)){0,7},?\\s+" + ENTITY_SUFFIXES + "\\b\\.?)");
    /** What every entity name ends with; much cheaper to look for than the name. */
    static final Pattern ENTITY_SUFFIX = Pattern.compile("\\s" + ENTITY_SUFFIXES + "\\b");

    static final LiteralStartSearch OPERATIVE_START_SEARCH = new LiteralStartSearch("it", "now", "agree", "the");
    static final Pattern OPERATIVE_START = Pattern.compile(
            "(?i:it\\s+is\\s+(?:hereby\\s+)?agreed|now,?\\s+therefore|agree\\s+as\\s+follows|the\\s+parties\\s+agree\\s+that)");

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern LEADING_LOWER_CASE_THE = Pattern.compile("^the\\s+");
    private static final Pattern SUFFIX_FIRST = Pattern.compile("(?is)(inc|llc|ltd|l\\.l\\.c|corp|co|n\\.a|plc|l\\.p|lp)\\.?\\b.*");
    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Za-z.]+).*");

    private PreambleReader() {
    }

    /** The parties in order of appearance, each with its defined terms as aliases. */
    public static List<Party> read(String text) {
        String preamble = text.substring(0, preambleEnd(text));
        Map<String, Party> byTerm = new LinkedHashMap<>();
        Matcher parenthetical = PARENTHETICAL.matcher(preamble);
        while (parenthetical.find()) {
            List<String> terms = quotedTerms(parenthetical.group(1));
            if (!terms.isEmpty()) {
                add(byTerm, nameBefore(preamble, parenthetical.start()), terms);
            }
        }
        Matcher hereinafter = HEREINAFTER.matcher(preamble);
        while (hereinafter.find()) {
            String term = hereinafter.group(1).strip();
            if (isPartyTerm(term) && !byTerm.containsKey(term)) {
                add(byTerm, nameBefore(preamble, hereinafter.start()), List.of(term));
            }
        }
        return List.copyOf(byTerm.values());
    }

    /** Where the operative part starts: "IT IS AGREED", "NOW, THEREFORE", "agree as follows"; at most 6000 characters. */
    static int preambleEnd(String text) {
        int limit = Math.min(text.length(), PREAMBLE_LENGTH);
        Matcher operative = OPERATIVE_START.matcher(text);
        for (int from = 0; OPERATIVE_START_SEARCH.find(operative, text, from, limit);
             from = operative.end()) {
            if (operative.start() >= 80) {
                return operative.start();
            }
        }
        return limit;
    }

    private static void add(Map<String, Party> byTerm, NameRead read, List<String> terms) {
        List<String> partyTerms = terms.stream().filter(PreambleReader::isPartyTerm).toList();
        // '("LEADER"), a Nevada corporation (hereinafter "Leader")': a term already taken, in any case, is that party.
        if (partyTerms.isEmpty() || partyTerms.stream().anyMatch(t -> byTerm.keySet().stream().anyMatch(t::equalsIgnoreCase))) {
            return;
        }
        boolean strongRole = partyTerms.stream().anyMatch(t -> RoleWords.isStrongOrCompany(t) || RoleWords.isPronoun(t));
        // '"CCPA"' after "California Consumer Privacy Act", '"MNDA"' after "Mutual Non-Disclosure Agreement": a thing.
        if (PartyNames.isThing(read.local()) && !strongRole) {
            return;
        }
        String name = read.name();
        boolean named = !name.isEmpty();
        // A short acronym ("EIT", "CRO") stands for a party when the words before it hold a company whose name
        // could not be read; a weak role word ("Recipient", "Owner") or a thing ("Online Messages") does not.
        boolean acronym = partyTerms.stream().anyMatch(t -> ACRONYM.matcher(t).matches())
                && (ENTITY_SUFFIX.matcher(read.local()).find() || mostlyCapitalised(read.tail()));
        if (!named && !strongRole && !acronym) {
            return;
        }
        // 'paid by Customer ("Reversed Payment")': a name that is another party's term defines a thing of that party.
        if (named && byTerm.values().stream().anyMatch(p -> p.aliases().stream().anyMatch(name::equalsIgnoreCase))) {
            return;
        }
        // Two parties never share a name: a name already taken came from a reading that reached too far back.
        boolean taken = byTerm.values().stream().anyMatch(p -> p.name().equals(name));
        String partyName = !named || taken ? partyTerms.get(0) : name;
        Party party = new Party(partyName, partyTerms, Role.UNKNOWN);
        byTerm.put(partyTerms.get(0), party);
    }

    private static List<String> quotedTerms(String parenthetical) {
        List<String> terms = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(parenthetical);
        while (quoted.find()) {
            String term = quoted.group(1).strip();
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    static boolean isPartyTerm(String term) {
        String lower = LEADING_LOWER_CASE_THE.matcher(term.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (NOT_PARTIES.contains(lower) || NOT_PARTY_ENDING.matcher(lower).find()) {
            return false;
        }
        if (!Character.isLetter(term.charAt(0)) || SPACES.split(term).length > 5) {
            return false;
        }
        String bare = LEADING_THE.matcher(term).replaceFirst("");
        return !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || PartyNames.isLowerCaseBrand(bare))
                || Set.of("we", "us", "you").contains(lower);
    }

    /**
     * What stands before a defined term: the name read there ("" when none looks like a name) and the words right
     * before the term, to tell a thing ("... Privacy Act") from a party.
     */
    record NameRead(String name, String local, String tail) {

        NameRead(String name, String local) {
            this(name, local, local);
        }
    }

    /**
     * The party name just before a parenthetical. The words since the previous party's definition are read from the
     * last "between", "and", "by", "with", comma run or colon back to the first that holds a name: the comma ends
     * the name ("Acme, Inc." keeps its suffix), a description after it ("of [address]", "having an address at",
     * "is a company") is cut off, asides without a defined term ("(f/k/a ...)", "(1)") and template slots are blanked.
     */
    static NameRead nameBefore(String preamble, int at) {
        int reach = Math.max(0, at - 400);
        int from = Math.max(reach, previousDefinitionEnd(preamble, reach, at));
        String window = blankAsides(preamble.substring(from, at));
        List<Integer> nameStarts = new ArrayList<>();
        if (from == 0) {
            nameStarts.add(0); // the text's start
        }
        // Transparent bounds: a word boundary at the region's start sees the character before it.
        Matcher start = NAME_START.matcher(window).useTransparentBounds(true);
        for (int next = 0; NAME_START_SEARCH.find(start, window, next, window.length()); next = start.end()) {
            if (start.end() < window.length() - 1 && !joinsOneName(window, start.start(), start.end())
                    && !afterSignatoryWord(window, start.start())) {
                nameStarts.add(start.end());
            }
        }
        List<Integer> lineStarts = lineAndSentenceStarts(window);
        if (from > reach) {
            // Right after another party's definition, on the same line: "("Acme") Beta Corp ("Beta")".
            int first = window.length() - window.stripLeading().length();
            if (first < window.length() && window.substring(0, first).indexOf('\n') < 0 && !lineStarts.contains(first)) {
                lineStarts.add(0, first);
            }
        }
        int lastStart = Math.max(nameStarts.isEmpty() ? 0 : nameStarts.get(nameStarts.size() - 1),
                lineStarts.isEmpty() ? 0 : lineStarts.get(lineStarts.size() - 1));
        String local = beforeComma(window.substring(lastStart));
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(nameStarts);
        starts.addAll(lineStarts);
        for (int at2 : starts.descendingSet()) {
            // A line or sentence start after an address cue since the last "between"/"and" is part of the address.
            if (!nameStarts.contains(at2)) {
                int separator = nameStarts.stream().filter(n -> n < at2).mapToInt(Integer::intValue).max().orElse(0);
                if (ADDRESS_CUE.matcher(window.substring(separator, at2)).find()) {
                    continue;
                }
            }
            // A name never runs across a line: a heading, then the name, then its address, each on its own.
            String candidate = beforeComma(firstLine(window.substring(at2)));
            String name = PartyNames.clean(candidate);
            if (!name.isEmpty() && !ADDRESS_WORDS.matcher(name).find()) {
                return new NameRead(name, local, window);
            }
        }
        // "the work that Fjord AI Studio AS ("we") performs": the capitalised words right before the term.
        String run = trailingCapitalised(window);
        String trailing = PartyNames.clean(run);
        String lead = window.strip();
        lead = lead.substring(0, Math.max(0, lead.length() - run.length()));
        lead = lead.substring(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(". ")) + 1);
        // Not the end of an address: "whose registered office is at ..., United Kingdom".
        if (!trailing.isEmpty() && !ADDRESS_WORDS.matcher(trailing).find() && !ADDRESS_WORDS.matcher(lead).find()) {
            return new NameRead(trailing, local, window);
        }
        // The parenthetical follows an address: the name is the last entity name before it.
        String last = "";
        if (ENTITY_SUFFIX.matcher(window).find()) {
            Matcher entity = ENTITY_NAME.matcher(window);
            while (entity.find()) {
                // "a Nevada corporation", "an English company": a description, not a name.
                String article = wordBefore(window, entity.start()).toLowerCase(Locale.ROOT);
                if (!article.equals("a") && !article.equals("an")) {
                    last = entity.group(1);
                }
            }
        }
        return new NameRead(PartyNames.clean(last), local, window);
    }

    /**
     * Without a "between" or "and" before it, a name starts the paragraph of its term or a sentence in it ("PARTIES
     * (1) Acme Ltd is a company ..."): the last line start (enumerators blanked) and the sentence starts after it.
     */
    private static List<Integer> lineAndSentenceStarts(String window) {
        List<Integer> starts = new ArrayList<>();
        int line = window.lastIndexOf('\n', window.length() - 2);
        int from = 1;
        if (line >= 0) {
            int first = line + 1;
            while (first < window.length() - 1 && (window.charAt(first) == ' ' || window.charAt(first) == '\t')) {
                first++; // an enumerator blanked out: "(1) Acme Ltd"
            }
            if (!Character.isWhitespace(window.charAt(first))) {
                starts.add(first);
            }
            from = first + 1;
        }
        for (int i = Math.max(2, from); i < window.length() - 1; i++) {
            if (window.charAt(i - 1) == ' ' && window.charAt(i - 2) == '.' && Character.isUpperCase(window.charAt(i))
                    && !isAbbreviation(wordBefore(window, i - 1))) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** "T.", "Pvt.", "Inc.", "Cal.", "U.S.A.": a full stop that ends no sentence. */
    private static boolean isAbbreviation(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return SUFFIX_WORD.matcher(word).matches() || bare.indexOf('.') >= 0
                || bare.length() <= 3 && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
    }

    /** Most of the last words capitalised (or numbers), as a name and address in capitals are. */
    private static boolean mostlyCapitalised(String text) {
        String[] words = SPACES.split(text.strip());
        int from = Math.max(0, words.length - 6);
        int capitalised = 0;
        for (int i = from; i < words.length; i++) {
            if (!words[i].isEmpty() && !Character.isLowerCase(words[i].charAt(0))) {
                capitalised++;
            }
        }
        return words.length > 0 && capitalised * 10 >= (words.length - from) * 8;
    }

    /** Where the last parenthetical that defines a term ends before {@code at}: another party's words stop there. */
    private static int previousDefinitionEnd(String preamble, int from, int at) {
        for (int close = preamble.lastIndexOf(')', at - 1); close >= from; close = preamble.lastIndexOf(')', close - 1)) {
            int open = preamble.lastIndexOf('(', close);
            if (open >= from && QUOTE_CHARACTER.matcher(preamble.substring(open, close)).find()) {
                return close + 1;
            }
        }
        return from;
    }

    /** Asides in brackets without a quoted term, and template slots, as spaces: offsets stay, words go. */
    private static String blankAsides(String window) {
        StringBuilder blanked = new StringBuilder(PartyNames.withoutSlots(window));
        for (int open = blanked.indexOf("("); open >= 0; open = blanked.indexOf("(", open + 1)) {
            int close = blanked.indexOf(")", open);
            if (close < 0 || close - open > 200) {
                break;
            }
            if (!QUOTE_CHARACTER.matcher(blanked.subSequence(open, close)).find()) {
                for (int i = open; i <= close; i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }

    /**
     * "INSURANCE AND ANNUITY", "Smith and Jones": an "and" between capitalised words is part of a name, unless the
     * word before ends a company name ("Acme Inc. and Beta LLC").
     */
    private static boolean joinsOneName(String window, int matchStart, int matchEnd) {
        String matched = window.substring(matchStart, matchEnd).strip();
        if (!matched.equalsIgnoreCase("and")) {
            return false;
        }
        String before = wordBefore(window, matchStart);
        String after = wordAfter(window, matchEnd);
        if (before.isEmpty() || after.isEmpty() || !Character.isUpperCase(before.charAt(0))
                || !Character.isUpperCase(after.charAt(0))) {
            return false;
        }
        return !SUFFIX_WORD.matcher(before).matches();
    }

    /** "represented by Jane Roe", "acting by its director": the words after "by" name a signatory, not the party. */
    private static boolean afterSignatoryWord(String window, int matchStart) {
        String before = wordBefore(window, matchStart).toLowerCase(Locale.ROOT);
        return SIGNATORY_WORDS.contains(before);
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * The run of capitalised words (and joining words inside it) that ends the text, not across a comma unless a
     * corporate suffix follows it; "" after an article ("owns a Customer Relationship Management ...": a thing).
     */
    private static String trailingCapitalised(String text) {
        String[] words = SPACES.split(text.strip());
        int first = words.length;
        while (first > 0) {
            String word = words[first - 1];
            boolean capitalised = !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
            boolean joining = first < words.length && NAME_JOINING.contains(word);
            boolean comma = word.endsWith(",") && first < words.length && !SUFFIX_WORD.matcher(words[first]).matches();
            if (!capitalised && !joining || comma) {
                break;
            }
            first--;
        }
        if (first > 0 && DETERMINERS.contains(words[first - 1].toLowerCase(Locale.ROOT))) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static String firstLine(String text) {
        String stripped = text.stripLeading();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    /** The words up to the first comma, keeping a corporate suffix that follows it: "Acme, Inc.". */
    private static String beforeComma(String candidate) {
        String text = candidate.strip();
        int comma = text.indexOf(',');
        if (comma <= 0) {
            return text;
        }
        String head = text.substring(0, comma).strip();
        String after = text.substring(comma + 1).strip();
        if (SUFFIX_FIRST.matcher(after).matches()) {
            head = head + ", " + FIRST_WORD.matcher(after).replaceFirst("$1");
        }
        return head;
    }
}
