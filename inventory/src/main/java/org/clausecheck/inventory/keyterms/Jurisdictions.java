package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jurisdictions whose law a contract chooses: the US states, Canadian provinces and the countries filed
 * contracts name, each under the name a reviewer expects ("New York", "England and Wales", "Ontario").
 */
final class Jurisdictions {

    private static final List<String> NAMES = List.of(
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
            "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
            "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
            "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
            "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
            "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
            "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "New Brunswick",
            "Saskatchewan",
            "England and Wales", "England", "Scotland", "Northern Ireland", "Ireland", "United Kingdom", "Germany",
            "France", "Netherlands", "Switzerland", "Japan", "People's Republic of China", "China", "Hong Kong",
            "Singapore", "India", "Israel", "Italy", "Spain", "Sweden", "Denmark", "Norway", "Finland", "Belgium",
            "Luxembourg", "Austria", "Australia", "New South Wales", "Victoria", "Canada", "Republic of Korea",
            "Korea", "Taiwan", "Bermuda", "Cayman Islands", "British Virgin Islands", "Brazil", "Mexico",
            "Hungary", "Poland", "Czech Republic", "Cyprus", "South Africa", "New Zealand", "Philippines",
            "Malaysia", "Thailand", "Hong Kong SAR", "Queensland", "Western Australia", "Russian Federation",
            "Russia", "Indonesia", "Vietnam", "Argentina", "Chile", "Colombia", "Peru", "Turkey", "Greece",
            "Portugal", "United Arab Emirates", "Saudi Arabia", "Egypt", "Ukraine", "Romania", "Iceland", "Malta",
            "Liechtenstein", "Barbados", "Bahamas", "Panama", "Costa Rica", "Macau", "Macao", "Guernsey",
            "Isle of Man", "Slovakia", "Estonia", "United States");
    /** Laws named by their adjective: "English law", "German law". */
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("english", "England"),
            Map.entry("german", "Germany"),
            Map.entry("swiss", "Switzerland"),
            Map.entry("dutch", "Netherlands"),
            Map.entry("french", "France"),
            Map.entry("japanese", "Japan"),
            Map.entry("chinese", "People's Republic of China"),
            Map.entry("israeli", "Israel"),
            Map.entry("irish", "Ireland"),
            Map.entry("italian", "Italy"),
            Map.entry("prc", "People's Republic of China"),
            Map.entry("korean", "Republic of Korea"),
            Map.entry("australian", "Australia"),
            Map.entry("canadian", "Canada"),
            Map.entry("indian", "India"),
            Map.entry("spanish", "Spain"),
            Map.entry("swedish", "Sweden"),
            Map.entry("danish", "Denmark"),
            Map.entry("norwegian", "Norway"),
            Map.entry("finnish", "Finland"),
            Map.entry("belgian", "Belgium"),
            Map.entry("austrian", "Austria"),
            Map.entry("brazilian", "Brazil"),
            Map.entry("mexican", "Mexico"),
            Map.entry("taiwanese", "Taiwan"),
            Map.entry("scottish", "Scotland"),
            Map.entry("singaporean", "Singapore"),
            Map.entry("polish", "Poland"),
            Map.entry("hungarian", "Hungary"));

    private static final Pattern NAME;
    private static final Pattern ADJECTIVE = Pattern.compile("\\b(English|German|Swiss|Dutch|French|Japanese|Chinese"
            + "|Israeli|Irish|Italian|PRC|Korean|Australian|Canadian|Indian|Spanish|Swedish|Danish|Norwegian|Finnish"
            + "|Belgian|Austrian|Brazilian|Mexican|Taiwanese|Scottish|Singaporean|Polish|Hungarian)"
            + "\\s+(?i:laws?|substantive\\s+law)");

    static {
        List<String> longestFirst = new ArrayList<>(NAMES);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : longestFirst) {
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"));
        }
        // "ofTexas": a PDF's text can lose the space after "of"
        NAME = Pattern.compile("(?i)(?:\\b|(?<=of))(" + alternatives + ")\\b");
    }

    /** A jurisdiction named in the text. */
    record Found(String name, int start, int end) {
    }

    private Jurisdictions() {
    }

    /** The first jurisdiction named in the text from {@code from} on; the United States only when none other is. */
    static Optional<Found> first(String text, int from) {
        Matcher matcher = NAME.matcher(text);
        Found federal = null;
        int at = from;
        while (matcher.find(at)) {
            String name = canonical(matcher.group(1));
            if (!name.equals("United States")) {
                return Optional.of(new Found(name, matcher.start(), matcher.end()));
            }
            if (federal == null) {
                federal = new Found(name, matcher.start(), matcher.end());
            }
            at = matcher.end();
        }
        return Optional.ofNullable(federal);
    }

    /** A law named by its adjective ("English law"). */
    static Optional<Found> byAdjective(String text) {
        Matcher matcher = ADJECTIVE.matcher(text);
        if (matcher.find()) {
            return Optional.of(new Found(ADJECTIVES.get(matcher.group(1).toLowerCase(Locale.ROOT)), matcher.start(),
                    matcher.end()));
        }
        return Optional.empty();
    }

    private static String canonical(String written) {
        String spaced = written.replaceAll("\\s+", " ").replace('\u2019', '\'');
        for (String name : NAMES) {
            if (name.equalsIgnoreCase(spaced)) {
                return name;
            }
        }
        return spaced;
    }
}
