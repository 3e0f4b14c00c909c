package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.InventoryInput;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.inventory.keyterms.DateReader.FoundDate;
import org.clausecheck.inventory.keyterms.DurationReader.FoundDuration;

/**
 * Reads a contract's key terms (CUAD's): its parties, agreement, effective and expiration dates, renewal term,
 * notice to stop a renewal and governing law. The agreement date is read from the preamble only; every other
 * sentence is tried only when a cheap word check passes, so the reader costs a small part of an analysis.
 */
public final class KeyTermReader {

    /** The preamble ends where the operative terms begin, and never later than this far into the text. */
    static final int MAX_PREAMBLE = 20_000;
    /** Without a recognisable end of the preamble, this much of the text's start is read as it. */
    static final int DEFAULT_PREAMBLE = 5_000;
    /** How much of the text's end is read as its signature blocks. */
    static final int SIGNATURE_BLOCK = 2_500;

    private static final Pattern PREAMBLE_END = Pattern.compile(
            "(?i)agrees?\\s+as\\s+follows|now,?\\s+therefore|in\\s+consideration\\s+of\\s+the\\s+mutual");
    /** Words just before a date that make it the date of the agreement itself. */
    private static final Pattern MADE_CUE = Pattern.compile("(?i)(?:made|entered\\s+into|executed|signed|dated"
            + "|effective|day\\s+of|as\\s+of|updated|date:?)[^.;]{0,25}$");
    /** A date of another agreement this one amends or is made under: "to the Supply Agreement dated ...". */
    private static final Pattern OTHER_AGREEMENT = Pattern.compile("(?i)(?:to|under|of|amends|amending)\\s+(?:the|that"
            + "|a|certain)\\s+[^.;]{0,120}?(?:agreement|contract|license)\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:dated|effective"
            + "|made|entered)[^.;]{0,25}$|\\bas\\s+(?:amended|restated|supplemented)[^.;]{0,30}$");
    /**
     * An agreement dated by its signatures: "effective as of the date last signed below", "entered into as of the
     * date of the last signature".
     */
    private static final Pattern DATED_BY_SIGNATURE = Pattern.compile("(?i)\\bas\\s+of\\s+the\\s+(?:later\\s+of\\s+the\\s+)?"
            + "(?:date|day)s?\\s+(?:(?:last|first)\\s+)?(?:(?:signed|written|set\\s+forth|executed)\\s+below|of\\s+(?:the\\s+)?"
            + "last\\s+signature|on\\s+which\\s+(?:it|this\\s+agreement)\\s+is\\s+signed\\s+by\\s+(?:both|all|the\\s+last))");
    /** A letter's salutation: a date before it is the letter's own date, what a letter agreement is dated. */
    private static final Pattern SALUTATION = Pattern.compile("(?i)\\b(?:ladies\\s+and\\s+gentlemen|gentlemen|dear\\s+"
            + "[^:,\\n]{1,40})\\s*[:,]");
    /** A filing's header or footer ("Source: ACME INC, 10-K, 3/1/2004"): not a date of the agreement. */
    private static final Pattern FILING_LINE = Pattern.compile("(?i)(?:source:|10-[KQ]|8-K|S-1|filed)[^\\n]{0,80}$");
    private static final Pattern EFFECTIVE_DATE_TERM = Pattern.compile(
            "(?i)^[\\s,]*\\(?\\s*(?:the|this|hereinafter)?\\s*(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?[\"\u201C\u201D']{0,2}"
                    + "effective\\s+date");
    private static final Pattern EFFECTIVE_DEFINITION = Pattern.compile("(?i)[\"\u201C\u201D']effective\\s+date[\"\u201C\u201D']"
            + "\\s*(?:shall\\s+)?(?:means?|is|shall\\s+be)\\b");
    /** "effective as of", "commencing on", "shall begin on the", "signed and effective this". */
    private static final Pattern EFFECTIVE_AS_OF = Pattern.compile("(?i)\\b(?:effective|commenc\\w*|begin\\w*|starting)"
            + "(?:\\s+(?:as\\s+of|on|from|date\\s+(?:of|is|shall\\s+be)))?\\s*[:,]?\\s*(?:the\\s+|this\\s+)?$");
    /** "effective as of the date first written above", "effective upon execution". */
    private static final Pattern EFFECTIVE_ON_SIGNING = Pattern.compile("(?i)\\b(?:effective|come\\s+into\\s+(?:force|effect)"
            + "|commence)[^.;]{0,40}\\b(?:(?:date|day)\\s+(?:first\\s+)?(?:written|set\\s+forth|stated|above|hereof)"
            + "|upon\\s+(?:its\\s+)?(?:execution|signing|signature)|date\\s+of\\s+(?:execution|signing|signature|this))");
    /** "ninety (90) days prior to", "30 days in advance"; "thirty-day notice", "30 days' written notice". */
    private static final Pattern NOTICE_TAIL = Pattern.compile("(?i)^\\s*(?:\\w+\\s+){0,3}?(?:prior|before|in\\s+advance"
            + "|preceding)|^(?:'|\u2019)?\\s*(?:advance\\s+|prior\\s+|written\\s+){0,3}notice\\b");
    private static final Pattern NOTICE_HEAD = Pattern.compile("(?i)(?:at\\s+least|not\\s+less\\s+than|no\\s+less\\s+than"
            + "|minimum\\s+of|no\\s+later\\s+than|not\\s+later\\s+than|within)\\s*$");
    /** A renewal without a span: "renewing annually", "on a year to year basis". */
    private static final Pattern YEARLY = Pattern.compile("(?i)\\b(?:annually|year[\\s-]+to[\\s-]+year|from\\s+year\\s+to"
            + "\\s+year|yearly\\s+basis)\\b");
    private static final Pattern SUCCESSIVE = Pattern.compile("(?i)\\b(?:successive|consecutive|subsequent)\\b");
    /**
     * "laws of", "laws and decisions of", "laws in force in"; also "laws ofthe State ofTexas", where a PDF's text
     * lost the spaces.
     */
    private static final Pattern GOVERNING_LAW = Pattern.compile("(?i)\\blaws?\\s+(?:and\\s+(?:decisions|regulations"
            + "|statutes|rules)\\s+)?(?:of|in\\s+force\\s+in|applicable\\s+in)(?:\\s+|(?=the))");
    /** A heading that makes what its clause says of a law the contract's choice of law. */
    private static final Pattern LAW_HEADING = Pattern.compile("(?i)governing\\s+laws?|(?<!with\\s)applicable\\s+laws?"
            + "|choice\\s+of\\s+laws?|proper\\s+law");
    private static final Pattern LAW_AFTER_NAME = Pattern.compile("(?i)\\blaws?\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The words a sentence must hold for any key term to be read from it. */
    private static final String[] GATE_WORDS = {"law", "govern", "constru", "interpret", "renew", "extend",
        "extension", "term", "agreement", "contract", "expir", "effective", "commenc", "begin"};

    private KeyTermReader() {
    }

    public static KeyTerms read(InventoryInput input) {
        String text = input.document().text();
        DocumentStructure structure = input.structure();
        WordOccurrences words = WordOccurrences.of(text, GATE_WORDS);
        int preambleEnd = preambleEnd(text);
        KeyTerm agreementDate = agreementDate(text, preambleEnd, structure);
        KeyTerm effectiveDate = effectiveDate(structure, words, agreementDate);
        ExpirationReader.Found expiration = null; // a date read later beats a span read earlier
        KeyTerm renewalTerm = null;
        KeyTerm noticePeriod = null;
        KeyTerm governingLaw = null;
        boolean governingLawSettled = false;
        boolean governingLawChosen = false;
        for (Sentence sentence : structure.sentences()) {
            int start = sentence.start();
            int end = sentence.end();
            boolean underLawHeading = !governingLawSettled && words.in("law", start, end)
                    && LAW_HEADING.matcher(sentence.heading()).find();
            boolean law = !governingLawSettled && words.in("law", start, end) && (words.in("govern", start, end)
                    || words.in("constru", start, end) || words.in("interpret", start, end) || underLawHeading);
            boolean renews = (renewalTerm == null || noticePeriod == null) && (words.in("renew", start, end)
                    || words.in("extend", start, end) || words.in("extension", start, end));
            boolean endDated = expiration != null && expiration.kind() == ExpirationReader.Kind.DATE;
            boolean term = !endDated && (words.in("term", start, end) || words.in("agreement", start, end)
                    || words.in("contract", start, end) || words.in("expir", start, end));
            if (!law && !renews && !term) {
                continue; // most sentences: no word any key term needs
            }
            String lower = sentence.text().toLowerCase(Locale.ROOT);
            if (law) {
                KeyTerm found = governingLaw(sentence);
                // a choice of law, not a law mentioned in passing ("subject to the laws of the United States")
                boolean chooses = lower.contains("governed") || lower.contains("governing law") || underLawHeading;
                // a choice replaces a law read from a sentence that only mentions one, and the federal law
                if (found != null && (governingLaw == null || chooses && (!governingLawChosen
                        || governingLaw.value().equals("United States")))) {
                    governingLaw = found;
                    governingLawChosen = chooses;
                    governingLawSettled = chooses && !found.value().equals("United States");
                }
            }
            if (renewalTerm == null && renews && (lower.contains("term") || lower.contains("agreement"))) {
                renewalTerm = renewalTerm(sentence, lower);
            }
            if (noticePeriod == null && renews && lower.contains("notice")) {
                noticePeriod = noticePeriod(sentence);
            }
            if (term && ExpirationReader.mayState(lower)) {
                ExpirationReader.Found found = ExpirationReader.read(sentence, lower);
                if (found != null && found.firmerThan(expiration)) {
                    expiration = found;
                }
            }
        }
        return new KeyTerms(parties(input.parties(), text.substring(0, preambleEnd)), agreementDate, effectiveDate,
                expiration == null ? null : expiration.term(), renewalTerm,
                noticePeriod, governingLaw);
    }

    /**
     * The analyzer's parties with their roles, each under the full name the preamble gives it where the analyzer
     * knows it by its defined name ("Reseller" is "MTI Technology Corporation"); then the other parties the
     * preamble defines, then the other companies it names as parties.
     */
    static List<KeyParty> parties(PartyResolution resolution, String preamble) {
        List<KeyParty> parties = new ArrayList<>();
        List<DefinedParties.Found> defined = DefinedParties.in(preamble);
        List<Party> resolved = resolution == null ? List.of() : resolution.parties();
        for (Party party : resolved) {
            String role = !resolution.decided() || party.role() == Role.UNKNOWN ? "party"
                    : party.role() == Role.CUSTOMER ? "customer" : "vendor";
            String name = defined.stream().filter(found -> found.definedNames().stream()
                            .anyMatch(definedName -> definedName.equalsIgnoreCase(party.name())))
                    .map(DefinedParties.Found::name).findFirst().orElse(party.name());
            addUnlessKnown(parties, new KeyParty(name, role));
        }
        for (DefinedParties.Found found : defined) {
            addUnlessKnown(parties, new KeyParty(found.name(), "party"));
        }
        for (String name : PreambleEntities.names(preamble)) {
            addUnlessKnown(parties, new KeyParty(name, "party"));
        }
        return parties;
    }

    private static void addUnlessKnown(List<KeyParty> parties, KeyParty candidate) {
        String plain = KeyTermMatch.partyName(candidate.name());
        boolean known = parties.stream().anyMatch(party -> KeyTermMatch.sameParty(
                KeyTermMatch.partyName(party.name()), plain));
        if (!known && !plain.isEmpty()) {
            parties.add(candidate);
        }
    }

    private static int preambleEnd(String text) {
        Matcher end = PREAMBLE_END.matcher(text).region(0, Math.min(text.length(), MAX_PREAMBLE));
        return end.find() ? end.start() : Math.min(text.length(), DEFAULT_PREAMBLE);
    }

    /** The date the preamble says the agreement was made: a date after "made", "dated", "as of" wins. */
    private static KeyTerm agreementDate(String text, int preambleEnd, DocumentStructure structure) {
        String preamble = text.substring(0, preambleEnd);
        Matcher salutation = SALUTATION.matcher(preamble);
        int letterStart = salutation.find() ? salutation.start() : -1;
        FoundDate best = null;
        int bestScore = Integer.MIN_VALUE;
        for (FoundDate date : DateReader.findAll(preamble)) {
            String before = preamble.substring(Math.max(0, date.start() - 160), date.start());
            if (FILING_LINE.matcher(before).find()) {
                continue;
            }
            int score = 0;
            if (MADE_CUE.matcher(before).find()) {
                score += 2;
            }
            if (OTHER_AGREEMENT.matcher(before).find()) {
                score -= 3;
            }
            if (date.end() <= letterStart) {
                score += 4;
            }
            if (score > bestScore) {
                best = date;
                bestScore = score;
            }
        }
        Optional<PartialDate.Found> partial = PartialDate.first(preamble);
        // a date left blank where the agreement is dated comes before any date no word ties to the making
        // and so does one the words tie to the making ("made as of this ____ day of March, 2018")
        boolean blankFirst = partial.isPresent() && (best == null || (bestScore < 2 || bestScore == 2
                && madeOn(preamble, partial.get().start())) && partial.get().start() < best.start());
        boolean signed = best != null && best.start() >= signatureStart(text);
        Matcher datedBySignature = DATED_BY_SIGNATURE.matcher(preamble);
        boolean signatureFirst = datedBySignature.find() && (best == null || bestScore < 2
                || datedBySignature.start() < best.start());
        if (signed && !blankFirst) {
            return signatureDate(text, structure); // a short document: its start reaches the signatures
        }
        KeyTerm signedOn = signatureFirst && !blankFirst ? signatureDate(text, structure) : null;
        if (signedOn != null) {
            return signedOn; // "as of the date last signed below": the preamble's dates are other agreements'
        }
        if (best != null && bestScore >= 0 && !blankFirst) {
            return dateTerm(best, 0, structure);
        }
        if (partial.isPresent()) {
            return textTerm(partial.get().text(), partial.get().text(), partial.get().start(), structure);
        }
        if (best != null) {
            return dateTerm(best, 0, structure);
        }
        return signatureDate(text, structure);
    }

    /** Whether the words before a position tie a date there to the making of this agreement, not of another. */
    private static boolean madeOn(String preamble, int position) {
        String before = preamble.substring(Math.max(0, position - 160), position);
        return MADE_CUE.matcher(before).find() && !OTHER_AGREEMENT.matcher(before).find();
    }

    /** Where the signature blocks may begin: the end of the text, never its first half. */
    private static int signatureStart(String text) {
        return Math.max(text.length() - SIGNATURE_BLOCK, text.length() / 2);
    }

    /**
     * Without a date at the start, the date the last party signed: the latest date of the signature blocks at the
     * end ("Date: 1/27/2020", "Rome/Houston, 2 April 2020").
     */
    private static KeyTerm signatureDate(String text, DocumentStructure structure) {
        int from = signatureStart(text);
        String end = text.substring(from);
        FoundDate latest = null;
        for (FoundDate date : DateReader.findAll(end)) {
            String before = end.substring(Math.max(0, date.start() - 160), date.start());
            if (FILING_LINE.matcher(before).find()) {
                continue;
            }
            if (latest == null || date.date().isAfter(latest.date())) {
                latest = date;
            }
        }
        return latest == null ? null : dateTerm(latest, from, structure);
    }

    /**
     * The date the agreement takes effect: a date the preamble calls the "Effective Date", a definition of it, a
     * date it is "effective as of"; the agreement date when the contract takes effect on signing.
     */
    private static KeyTerm effectiveDate(DocumentStructure structure, WordOccurrences words, KeyTerm agreementDate) {
        for (Sentence sentence : structure.sentences()) {
            if (!words.in("effective", sentence.start(), sentence.end())
                    && !words.in("commenc", sentence.start(), sentence.end())
                    && !words.in("begin", sentence.start(), sentence.end())) {
                continue;
            }
            String lower = sentence.text().toLowerCase(Locale.ROOT);
            String sentenceText = sentence.text();
            boolean defines = lower.contains("effective date") && EFFECTIVE_DEFINITION.matcher(sentenceText).find();
            for (FoundDate date : DateReader.findAll(sentenceText)) {
                String after = sentenceText.substring(date.end(), Math.min(sentenceText.length(), date.end() + 60));
                String before = sentenceText.substring(Math.max(0, date.start() - 40), date.start());
                if (EFFECTIVE_DATE_TERM.matcher(after).find() || EFFECTIVE_AS_OF.matcher(before).find()
                        || defines && !OTHER_AGREEMENT.matcher(before).find()) {
                    return dateTerm(date, sentence.start(), structure);
                }
            }
            Matcher onSigning = EFFECTIVE_ON_SIGNING.matcher(sentenceText);
            if (agreementDate != null && onSigning.find()) {
                return new KeyTerm(agreementDate.value(), shortened(onSigning.group()), Citation.of(sentence));
            }
        }
        // Nothing says otherwise: the agreement takes effect when it is made, as CUAD's experts read it.
        return agreementDate;
    }

    /** How long each renewal runs: "successive 1 year terms". */
    private static KeyTerm renewalTerm(Sentence sentence, String lower) {
        String text = sentence.text();
        int renew = Math.max(lower.indexOf("renew"), -1);
        int from = renew >= 0 ? renew : Math.max(lower.indexOf("extend"), lower.indexOf("extension"));
        for (FoundDuration duration : DurationReader.findAll(text)) {
            if (duration.start() < from || duration.start() > from + 160) {
                continue;
            }
            String after = text.substring(duration.end(), Math.min(text.length(), duration.end() + 40));
            if (NOTICE_TAIL.matcher(after).find()) {
                continue; // the notice that stops the renewal, not its length
            }
            String span = text.substring(from, Math.min(text.length(), duration.end() + 20));
            boolean successive = SUCCESSIVE.matcher(span).find();
            return new KeyTerm((successive ? "successive " : "") + duration.shortForm(), shortened(duration.text()),
                    Citation.of(sentence));
        }
        Matcher yearly = YEARLY.matcher(text);
        if (renew >= 0 && yearly.find(from)) {
            return new KeyTerm("successive 1 year", shortened(yearly.group()), Citation.of(sentence));
        }
        return null;
    }

    /** The notice that stops a renewal: "at least ninety (90) days prior to the end of the term". */
    private static KeyTerm noticePeriod(Sentence sentence) {
        String text = sentence.text();
        for (FoundDuration duration : DurationReader.findAll(text)) {
            String after = text.substring(duration.end(), Math.min(text.length(), duration.end() + 40));
            String before = text.substring(Math.max(0, duration.start() - 30), duration.start());
            if (NOTICE_TAIL.matcher(after).find() || NOTICE_HEAD.matcher(before).find()) {
                return new KeyTerm(duration.shortForm(), shortened(duration.text()), Citation.of(sentence));
            }
        }
        return null;
    }

    private static KeyTerm governingLaw(Sentence sentence) {
        String text = sentence.text();
        Matcher laws = GOVERNING_LAW.matcher(text);
        while (laws.find()) {
            Optional<Jurisdictions.Found> found = Jurisdictions.first(text, laws.end());
            if (found.isPresent() && found.get().start() - laws.end() <= 60) {
                return new KeyTerm(found.get().name(), text.substring(laws.start(), found.get().end()),
                        Citation.of(sentence));
            }
        }
        Optional<Jurisdictions.Found> adjective = Jurisdictions.byAdjective(text);
        if (adjective.isPresent()) {
            return new KeyTerm(adjective.get().name(), text.substring(adjective.get().start(), adjective.get().end()),
                    Citation.of(sentence));
        }
        // "governed by the Delaware law", "in accordance with New York law"
        Matcher law = LAW_AFTER_NAME.matcher(text);
        while (law.find()) {
            int start = Math.max(0, law.start() - 40);
            Optional<Jurisdictions.Found> found = Jurisdictions.first(text.substring(start, law.start()), 0);
            if (found.isPresent()) {
                return new KeyTerm(found.get().name(), text.substring(start + found.get().start(), law.end()),
                        Citation.of(sentence));
            }
        }
        return null;
    }

    private static KeyTerm dateTerm(FoundDate date, int offset, DocumentStructure structure) {
        return new KeyTerm(date.date().toString(), date.text(), citation(offset + date.start(), structure));
    }

    private static KeyTerm textTerm(String value, String asWritten, int offset, DocumentStructure structure) {
        return new KeyTerm(shortened(value), shortened(asWritten), citation(offset, structure));
    }

    private static Citation citation(int offset, DocumentStructure structure) {
        Sentence sentence = structure.sentenceAt(offset);
        if (sentence == null) {
            sentence = structure.sentences().isEmpty() ? null : structure.sentences().get(0);
        }
        return sentence == null ? new Citation("", 0, null, "", 0, 0) : Citation.of(sentence);
    }

    /** The words as written, on one line: a PDF's line breaks and runs of spaces made single spaces. */
    static String shortened(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
