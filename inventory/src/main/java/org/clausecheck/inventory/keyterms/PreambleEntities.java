package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a preamble names after "between" or "among": a run of capitalised words ending in a company suffix
 * ("Entrust Technologies Inc.", "Beike Internet Security Technology Co., Ltd.", "MOLIPHARMA S.R.L."), two suffixes
 * ("Co., Ltd.") kept together. The
 * analyzer's parties are who the contract's terms bind and serve; a key-term list of parties names every company
 * that signs, also a third one the terms seldom mention.
 */
final class PreambleEntities {

    /** How far after "between" the names of the parties run. */
    private static final int REACH = 1_500;
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|among|amongst)\\b");
    private static final String SUFFIX = "(?:Inc|INC|Incorporated|INCORPORATED|LLC|L\\.L\\.C|Ltd|LTD|Limited|LIMITED|Corp|CORP"
            + "|Corporation|CORPORATION|Company|COMPANY|Co|CO|plc|PLC|GmbH|GMBH|AG|S\\.A|SA|B\\.V|BV|N\\.V|NV|LP|L\\.P|LLP"
            + "|S\\.R\\.L|S\\.r\\.l|S\\.p\\.A|SpA|Pty|Pte|AB|A/S|SAS|S\\.A\\.S|K\\.K)";
    /**
     * A name's first word: capitalised, or a lower-case letter before one ("iMarket"), initials ("e.x.a."), a domain
     * name ("shopnow.com") or a registration number ("1234567 Ontario Limited").
     */
    private static final String FIRST_WORD = "(?:[A-Z][\\w&.'\u2019\\-]*|[a-z][A-Z][\\w&.'\u2019\\-]*|[a-z](?:\\.[a-z])+\\.?"
            + "|[a-z][a-z0-9\\-]*\\.com|\\d{3,}(?=\\s+[A-Z]))";
    /** "AND" in capitals joins two names of a capitalised preamble: no word of either. */
    private static final Pattern ENTITY = Pattern.compile("\\b(" + FIRST_WORD + "(?:,?\\s+(?!AND\\b)[A-Z0-9(][\\w&.'\u2019()\\-/]*"
            + "|\\s+(?:of|and|de|du|&)){0,7}?,?\\s+" + SUFFIX + "(?:\\.?,?\\s+" + SUFFIX + "(?![\\w]))?)(?![\\w])\\.?");
    /** A party named under a label, as contracts drafted in China list them: "Party A: ...", "Party B: ...". */
    private static final Pattern PARTY_LABEL = Pattern.compile("\\bParty\\s+[A-Z1-9]\\s*[:\uff1a]");
    /** How far after its label a party's name may end. */
    private static final int LABEL_REACH = 200;
    private static final Set<String> LEADING = Set.of("between", "and", "by", "among", "amongst", "with", "of", "this",
            "agreement", "entered", "into", "made", "dated");

    private PreambleEntities() {
    }

    /** The company names of the preamble, in order, each once. */
    static List<String> names(String preamble) {
        List<String> names = new ArrayList<>();
        Matcher between = BETWEEN.matcher(preamble);
        if (between.find()) {
            String span = preamble.substring(between.end(), Math.min(preamble.length(), between.end() + REACH));
            Matcher entity = ENTITY.matcher(span);
            while (entity.find()) {
                add(names, entity.group());
            }
        }
        Matcher label = PARTY_LABEL.matcher(preamble);
        while (label.find()) {
            Matcher entity = ENTITY.matcher(preamble.substring(label.end(),
                    Math.min(preamble.length(), label.end() + LABEL_REACH)));
            if (entity.find() && entity.start() < 10) { // the name right after the label, not one further on
                add(names, entity.group());
            }
        }
        return names;
    }

    private static void add(List<String> names, String found) {
        String name = trimLeading(found.replaceAll("\\s+", " ").strip());
        if (!name.isEmpty() && name.split(" ").length >= 2 && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String trimLeading(String name) {
        String rest = name;
        while (true) {
            int space = rest.indexOf(' ');
            if (space < 0 || !LEADING.contains(rest.substring(0, space).toLowerCase(Locale.ROOT).replace(",", ""))) {
                return rest;
            }
            rest = rest.substring(space + 1).strip();
        }
    }
}
