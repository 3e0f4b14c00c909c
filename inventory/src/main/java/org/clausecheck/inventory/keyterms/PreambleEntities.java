package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a preamble names after "between" or "among": a run of capitalised words ending in a company suffix
 * ("Entrust Technologies Inc.", "Beike Internet Security Technology Co., Ltd.", "MOLIPHARMA S.R.L."). The
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
    private static final Pattern ENTITY = Pattern.compile("\\b([A-Z][\\w&.'\u2019\\-]*(?:,?\\s+[A-Z0-9(][\\w&.'\u2019()\\-/]*"
            + "|\\s+(?:of|and|de|du|&)){0,7}?,?\\s+" + SUFFIX + ")(?![\\w])\\.?");
    private static final Set<String> LEADING = Set.of("between", "and", "by", "among", "amongst", "with", "of", "this",
            "agreement", "entered", "into", "made", "dated");

    private PreambleEntities() {
    }

    /** The company names of the preamble, in order, each once. */
    static List<String> names(String preamble) {
        List<String> names = new ArrayList<>();
        Matcher between = BETWEEN.matcher(preamble);
        if (!between.find()) {
            return names;
        }
        String span = preamble.substring(between.end(), Math.min(preamble.length(), between.end() + REACH));
        Matcher entity = ENTITY.matcher(span);
        while (entity.find()) {
            String name = trimLeading(entity.group().replaceAll("\\s+", " ").strip());
            if (!name.isEmpty() && name.split(" ").length >= 2 && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
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
