package org.clausecheck.inventory.keyterms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;

/**
 * When a key term read agrees with CUAD's answer, per term (docs/evaluation.md repeats these rules). Everywhere an
 * empty answer means the contract does not state the term, and reading none is then right; reading one is wrong,
 * as is reading none where the answer has one.
 * <ul>
 * <li>Agreement and effective date: the answer's date ("6/8/10", month first) equals the ISO date read. An answer
 * with blanks ("[]/[]/2000") is matched by a date read as written, not a full date, that shows the same year (any
 * year when the answer's year is blank).</li>
 * <li>Expiration date: as a date; "perpetual" by "perpetual"; a term read as a span from an event ("1 year after the
 * Effective Date") is resolved against the date it names, else the effective date read (the agreement date when
 * none), and matches on that day or the day before (CUAD writes a one-year term from 3/1/03 as 2/28/04 as often as 3/1/04).</li>
 * <li>Renewal term and notice period: the first span of time of each is the same length, 12 months being 1 year and
 * 30 days a month; "perpetual" by "perpetual"; an answer with no span ("successive []") by any term read.</li>
 * <li>Governing law: after lower-casing and dropping "the", "State of", "Commonwealth of", "Province of",
 * "Republic of" and punctuation, the jurisdiction read equals one of the answer's names (split at ";" and ","), or
 * one holds the other as whole words ("England and Wales" for "England", "China" for "People's Republic of
 * China"). An answer with no name ("[* * *]", redacted) is matched by reading none.</li>
 * <li>Parties: every name of the answer (split at ";", without its quoted and bracketed terms, leaving out entries
 * that name the parties together: "each a Party", "collectively") is found among the parties read: after
 * lower-casing, dropping punctuation, "the" and company suffixes (Inc., LLC, Corporation, ...), the two names are
 * equal, one starts with the other as whole words, or, for answers of 10 characters or more, they are at most two
 * letters apart (CUAD writes "Bellicum Phamaceuticals").</li>
 * </ul>
 */
public final class KeyTermMatch {

    /** The key terms, as CUAD's columns name them in labels.csv. */
    public enum Term {
        PARTIES("Parties", "Parties-Answer"),
        AGREEMENT_DATE("Agreement Date", "Agreement Date-Answer"),
        EFFECTIVE_DATE("Effective Date", "Effective Date-Answer"),
        EXPIRATION_DATE("Expiration Date", "Expiration Date-Answer"),
        RENEWAL_TERM("Renewal Term", "Renewal Term-Answer"),
        NOTICE_PERIOD("Notice Period To Terminate Renewal", "Notice Period To Terminate Renewal- Answer"),
        GOVERNING_LAW("Governing Law", "Governing Law-Answer");

        private final String label;
        private final String answerColumn;

        Term(String label, String answerColumn) {
            this.label = label;
            this.answerColumn = answerColumn;
        }

        public String label() {
            return label;
        }

        public String answerColumn() {
            return answerColumn;
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d|(?<=/)\\d\\d$");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RELATIVE = Pattern.compile("^(\\d+) (year|month|week|day)s? after ");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\([^()]*$|[\"\u201C][^\"\u201D]*[\"\u201D]");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(?:each|collectively|together|individually"
            + "|parties|party|hereinafter)\\b");
    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "bv", "nv", "lp", "llp", "the", "lcc", "pty",
            "n", "a", "l", "p", "b", "v");
    private static final Pattern JURISDICTION_NOISE = Pattern.compile("\\b(?:the|state|commonwealth|province"
            + "|republic|of|s)\\b");

    private KeyTermMatch() {
    }

    /** Whether what was read for {@code term} agrees with the answer. */
    public static boolean matches(Term term, String answer, KeyTerms read) {
        String expected = answer == null ? "" : answer.strip();
        return switch (term) {
            case PARTIES -> parties(expected, read.parties());
            case AGREEMENT_DATE -> date(expected, read.agreementDate());
            case EFFECTIVE_DATE -> date(expected, read.effectiveDate());
            case EXPIRATION_DATE -> expiration(expected, read);
            case RENEWAL_TERM -> duration(expected, read.renewalTerm());
            case NOTICE_PERIOD -> duration(expected, read.noticePeriodToTerminateRenewal());
            case GOVERNING_LAW -> jurisdiction(expected, read.governingLaw());
        };
    }

    /** What was read for {@code term}, in one line. */
    public static String shown(Term term, KeyTerms read) {
        KeyTerm value = switch (term) {
            case PARTIES -> null;
            case AGREEMENT_DATE -> read.agreementDate();
            case EFFECTIVE_DATE -> read.effectiveDate();
            case EXPIRATION_DATE -> read.expirationDate();
            case RENEWAL_TERM -> read.renewalTerm();
            case NOTICE_PERIOD -> read.noticePeriodToTerminateRenewal();
            case GOVERNING_LAW -> read.governingLaw();
        };
        if (term == Term.PARTIES) {
            return String.join("; ", read.parties().stream().map(KeyParty::name).toList());
        }
        return value == null ? "" : value.value() + " <- " + value.asWritten();
    }

    static boolean date(String expected, KeyTerm read) {
        if (expected.isEmpty() || read == null) {
            return expected.isEmpty() && read == null;
        }
        Optional<LocalDate> date = DateReader.parse(expected);
        if (date.isPresent()) {
            return read.value().equals(date.get().toString());
        }
        if (expected.contains("[")) {
            if (ISO.matcher(read.value()).matches()) {
                return false;
            }
            Matcher year = YEAR.matcher(expected);
            return !year.find() || read.value().contains(String.valueOf(DateReader.year(year.group())));
        }
        return normalised(expected).equals(normalised(read.value()));
    }

    static boolean expiration(String expected, KeyTerms read) {
        KeyTerm expiration = read.expirationDate();
        if (expected.isEmpty() || expiration == null) {
            return expected.isEmpty() && expiration == null;
        }
        if (expected.equalsIgnoreCase("perpetual")) {
            return expiration.value().equals("perpetual");
        }
        Optional<LocalDate> date = DateReader.parse(expected);
        if (date.isEmpty()) {
            return !ISO.matcher(expiration.value()).matches() && !expiration.value().equals("perpetual");
        }
        Optional<LocalDate> resolved = resolve(expiration.value(),
                read.effectiveDate() != null ? read.effectiveDate() : read.agreementDate());
        return resolved.isPresent()
                && (resolved.get().equals(date.get()) || resolved.get().minusDays(1).equals(date.get()));
    }

    /** The day a term read ends: its date, or its span added to the date it runs from. */
    static Optional<LocalDate> resolve(String value, KeyTerm from) {
        if (ISO.matcher(value).matches()) {
            return Optional.of(LocalDate.parse(value));
        }
        Matcher relative = RELATIVE.matcher(value);
        if (!relative.find()) {
            return Optional.empty();
        }
        // "5 years after January 1, 2000" runs from the date it names, any other span from the date given
        Optional<LocalDate> named = DateReader.parse(value.substring(relative.end()));
        if (named.isEmpty() && (from == null || !ISO.matcher(from.value()).matches())) {
            return Optional.empty();
        }
        LocalDate start = named.orElseGet(() -> LocalDate.parse(from.value()));
        int amount = Integer.parseInt(relative.group(1));
        return Optional.of(switch (relative.group(2)) {
            case "year" -> start.plusYears(amount);
            case "month" -> start.plusMonths(amount);
            case "week" -> start.plusWeeks(amount);
            default -> start.plusDays(amount);
        });
    }

    static boolean duration(String expected, KeyTerm read) {
        if (expected.isEmpty() || read == null) {
            return expected.isEmpty() && read == null;
        }
        if (expected.equalsIgnoreCase("perpetual")) {
            return read.value().equals("perpetual");
        }
        List<DurationReader.FoundDuration> wanted = DurationReader.findAll(expected.replaceAll("[()]", " "));
        if (wanted.isEmpty()) {
            return true;
        }
        List<DurationReader.FoundDuration> found = DurationReader.findAll(read.value());
        return !found.isEmpty() && Math.abs(found.get(0).months() - wanted.get(0).months()) < 0.01;
    }

    static boolean jurisdiction(String expected, KeyTerm read) {
        List<String> names = new ArrayList<>();
        for (String part : expected.split("[;,]")) {
            String name = jurisdictionName(part);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty() || read == null) {
            return names.isEmpty() && read == null;
        }
        String ours = jurisdictionName(read.value());
        return names.stream().anyMatch(name -> name.equals(ours) || containsWords(name, ours)
                || containsWords(ours, name));
    }

    static boolean parties(String expected, List<KeyParty> read) {
        List<String> names = answerNames(expected);
        List<String> ours = read.stream().map(party -> partyName(party.name())).filter(n -> !n.isEmpty()).toList();
        return names.stream().allMatch(name -> ours.stream().anyMatch(our -> sameParty(our, name)));
    }

    /** The party names of a CUAD answer, normalised. */
    static List<String> answerNames(String answer) {
        List<String> names = new ArrayList<>();
        for (String part : answer.split(";")) {
            if (collective(part)) {
                continue;
            }
            String bare = BRACKETED.matcher(part).replaceAll(" ");
            String name = partyName(bare);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** An entry naming parties already named, together: "Miltenyi and Bellicum (each a "Party" ...)". */
    private static boolean collective(String part) {
        String bare = BRACKETED.matcher(part).replaceAll(" ").strip();
        return NOT_A_NAME.matcher(bare).find() || NOT_A_NAME.matcher(part).find() && bare.matches("(?s).*\\band\\b.*");
    }

    /** Equal names, one the start of the other as whole words, or two spellings a typing slip apart. */
    static boolean sameParty(String ours, String answer) {
        return ours.equals(answer) || ours.startsWith(answer + " ") || answer.startsWith(ours + " ")
                || answer.length() >= 10 && editDistance(ours, answer) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String partyName(String name) {
        String plain = normalised(name.replace("&", " and "));
        List<String> words = new ArrayList<>(List.of(plain.split(" ")));
        words.removeIf(word -> word.isEmpty() || SUFFIXES.contains(word));
        return String.join(" ", words);
    }

    private static String jurisdictionName(String name) {
        return JURISDICTION_NOISE.matcher(normalised(name)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static boolean containsWords(String text, String words) {
        return !words.isEmpty() && (" " + text + " ").contains(" " + words + " ");
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
