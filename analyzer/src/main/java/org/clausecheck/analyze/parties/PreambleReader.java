package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties a contract introduces at its start: 'Acme Corp., a Delaware corporation ("Client")',
 * '(hereinafter referred to as "CRO")', '(the "Company")', 'Beta LLC (“Supplier”, “we” or “us”)'.
 */
public final class PreambleReader {

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
    private static final Set<String> NOT_PARTIES = Set.of("agreement", "effective date", "party", "parties",
            "services", "service", "term", "commencement date", "execution date", "date", "this agreement",
            "contract", "master agreement", "msa", "sow", "statement of work", "work", "project", "products",
            "product", "territory", "premises", "property", "software", "system", "affiliate", "affiliates",
            "the parties", "a party", "each a party", "collectively", "plan", "program", "fund", "funds",
            "shares", "securities", "act", "exchange act", "securities act", "code", "amendment", "deliverables",
            "terms", "terms and conditions", "terms of service", "terms of use", "order form", "order", "proposal",
            "engagement", "engagement letter", "addendum");

    /** Defined terms ending so name things: "Hosting Services", "Effective Date", "Licensed Software". */
    private static final Pattern NOT_PARTY_ENDING = Pattern.compile("(?:^|\\s)(?:date|agreement|services?|products?"
            + "|software|system|network|fees?|term|period|plan|territory|information|materials?|data|content|site"
            + "|property|documentation|specifications?|program|project|rights?|technology|know-how|patents?|marks?"
            + "|trademarks?|shares|stock|notes?|facility|premises|equipment|work|deliverables?|schedule|exhibit"
            + "|terms|conditions|form|addendum)$");
    private static final Pattern ADDRESS_WORDS = Pattern.compile("(?i)\\d|\\b(?:located|offices?|business|address"
            + "|residing|resident|organi[sz]ed|existing|incorporated|laws|registered|principal|place|whose|having|with"
            + "|street|avenue|road|suite)\\b");
    private static final String ENTITY_SUFFIXES = "(?:Inc|LLC|L\\.L\\.C|Ltd|Limited|Corp|Corporation|Company|Co|plc"
            + "|PLC|S\\.A|SA|GmbH|AG|B\\.V|BV|N\\.V|NV|LP|L\\.P|LLP|S\\.A\\.S|SAS|A/S|AB|Pty|S\\.p\\.A|N\\.A|Trust|Bank)";
    static final Pattern ENTITY_NAME = Pattern.compile(
            "([A-Z][\\w&.'\\-]*(?:\\s+(?:[A-Z(&][\\w&.'()\\-]*|of|and|de|du)){0,7},?\\s+" + ENTITY_SUFFIXES + "\\b\\.?)");
    /** What every entity name ends with; much cheaper to look for than the name. */
    static final Pattern ENTITY_SUFFIX = Pattern.compile("\\s" + ENTITY_SUFFIXES + "\\b");

    static final LiteralStartSearch OPERATIVE_START_SEARCH = new LiteralStartSearch("it", "now", "agree", "the");
    static final Pattern OPERATIVE_START = Pattern.compile(
            "(?i:it\\s+is\\s+(?:hereby\\s+)?agreed|now,?\\s+therefore|agree\\s+as\\s+follows|the\\s+parties\\s+agree\\s+that)");

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern LEADING_LOWER_CASE_THE = Pattern.compile("^the\\s+");
    private static final Pattern SUFFIX_FIRST = Pattern.compile("(?i)(inc|llc|ltd|l\\.l\\.c|corp|co|n\\.a|plc|l\\.p|lp)\\.?\\b.*");
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

    private static void add(Map<String, Party> byTerm, String name, List<String> terms) {
        List<String> partyTerms = terms.stream().filter(PreambleReader::isPartyTerm).toList();
        if (partyTerms.isEmpty() || partyTerms.stream().anyMatch(byTerm::containsKey)) {
            return;
        }
        // A party has a name that starts like a name ("Acme Corp.", "BETA LABS LIMITED") or a role word for a
        // term ("the Employee"); '"Online Messages" received by customers' names a thing.
        boolean named = !name.isEmpty() && (Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)));
        boolean roleWord = partyTerms.stream().anyMatch(PartyResolver::isRoleWord);
        // A short acronym ("EIT", "CRO") stands for a party even when its name could not be read.
        boolean acronym = partyTerms.stream().anyMatch(t -> ACRONYM.matcher(t).matches());
        if (!named && !roleWord && !acronym) {
            return;
        }
        // Two parties never share a name: a name already taken came from a fallback that reached too far back.
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
        return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) || Set.of("we", "us", "you").contains(lower);
    }

    /** The party name just before a parenthetical: from the last "between", "and" or comma run, to the first comma. */
    private static String nameBefore(String preamble, int at) {
        int from = Math.max(0, at - 240);
        String before = preamble.substring(from, at);
        int nameStart = 0;
        // Transparent bounds: a word boundary at the region's start sees the character before it.
        Matcher start = NAME_START.matcher(before).useTransparentBounds(true);
        for (int next = 0; NAME_START_SEARCH.find(start, before, next, before.length());
             next = start.end()) {
            if (start.end() < before.length() - 1) {
                nameStart = start.end();
            }
        }
        String candidate = before.substring(nameStart).strip();
        int comma = candidate.indexOf(',');
        if (comma > 0) {
            String head = candidate.substring(0, comma).strip();
            String after = candidate.substring(comma + 1).strip();
            // Keep a corporate suffix that follows a comma: "Acme, Inc."
            if (SUFFIX_FIRST.matcher(after).matches()) {
                head = head + ", " + FIRST_WORD.matcher(after).replaceFirst("$1");
            }
            candidate = head;
        }
        candidate = LEADING_THE.matcher(SPACES.matcher(candidate).replaceAll(" ")).replaceFirst("");
        if (candidate.length() > 80 || candidate.length() < 2 || ADDRESS_WORDS.matcher(candidate).find()) {
            // The parenthetical follows an address: the name is the last entity name before it.
            String last = "";
            if (ENTITY_SUFFIX.matcher(before).find()) {
                Matcher entity = ENTITY_NAME.matcher(before);
                while (entity.find()) {
                    last = entity.group(1);
                }
            }
            return last.length() <= 80 ? SPACES.matcher(last).replaceAll(" ") : "";
        }
        return candidate;
    }
}
