package org.clausecheck.inventory.keyterms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.inventory.keyterms.DateReader.FoundDate;
import org.clausecheck.inventory.keyterms.DurationReader.FoundDuration;

/**
 * Reads when an agreement's initial term ends, from a sentence that sets the agreement's own term: a date ("shall
 * continue until December 31, 2020", "from February 1, 2019 through January 31, 2024", "Termination Date: ..."), an
 * anniversary ("until the fifth (5th) anniversary of the Effective Date"), a span from an event ("for a period of
 * three (3) years from the Effective Date"), or no end ("until terminated", "for an indefinite period").
 */
final class ExpirationReader {

    /**
     * A sentence about the agreement's own term, not a licence's, a warranty's or a confidentiality period: "This
     * Agreement shall begin on ... and shall continue ...", "The Term shall ...", "'Term' means ...", "Termination
     * Date: ...".
     */
    private static final Pattern TERM_SENTENCE = Pattern.compile("(?i)\\b(?:initial\\s+term|term\\s+of\\s+(?:this|the)\\s+"
            + "(?:agreement|contract)|(?:this|the)\\s+(?:\\w+\\s+){0,3}?(?:agreement|contract|amendment)\\b[^.;]{0,100}?"
            + "\\b(?:shall|will|is\\s+to|is)\\s+(?:\\w+\\s+)?(?:commence|begin|continue|remain|expire|terminate|end|extend"
            + "|conclude|run|become\\s+effective|take\\s+effect|come\\s+into\\s+(?:force|effect)"
            + "|be\\s+(?:valid|effective|in\\s+(?:full\\s+)?(?:force|effect))|have\\s+(?:a|an)\\s+(?:\\w+\\s+)?"
            + "(?:term|duration)|for\\s+a\\s+term)|\\bthe\\s+(?:\\w+\\s+)?[\"\u201C]?term[\"\u201D]?\\s+(?:of|shall|will|hereof|is|commences)"
            + "|[\"\u201C]?(?:term|initial\\s+term|contract\\s+period|term\\s+period)[\"\u201D]?\\s+(?:shall\\s+)?means?"
            + "|(?:termination|expiration|expiry|end)\\s+date\\s*:)");
    /** The term of something other than the agreement, named just before "term": "the Licence Term shall ...". */
    private static final Pattern OTHER_TERM = Pattern.compile("(?i)\\b(?:licen[cs]e|warranty|payment|confidentiality"
            + "|royalty|lease|loan|non-?compet\\w*|restricted|restriction|exclusivity|survival)\\s+(?:term|period)\\b");
    /** Words just before a date that make it the end of the term. */
    private static final Pattern UNTIL_DATE = Pattern.compile("(?i)(?:(?:until|till|through|thru|expires?|expiring"
            + "|expiry|ending|ends?|conclud\\w*|terminat\\w*|extended\\s+to|to\\s+and\\s+including|(?:termination"
            + "|expiration|expiry|end)\\s+date\\s*:)\\s*(?:on\\s+|at\\s+)?(?:and\\s+including\\s+)?(?:\\w+\\s+){0,3}"
            + "(?:(?:earlier|later|sooner)\\s+of\\s*:?\\s*)?(?:\\(\\s*[a-z0-9]{1,4}\\s*\\)\\s*)?"
            + "|(?:19|20)\\d\\d\\s*\\)?\\s*(?:to|-|\u2013)\\s*(?:and\\s+including\\s+)?)$");
    /** Words before a span of time that make it the length of the term. */
    private static final Pattern TERM_DURATION = Pattern.compile("(?i)(?:term\\s+of|period\\s+of|duration\\s+of"
            + "|(?:continue|remain)\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+for|shall\\s+(?:continue"
            + "|remain|be\\s+(?:in\\s+effect|valid|effective))\\s+for|(?:valid|effective|in\\s+effect)\\s+for|expire[sd]?"
            + "(?:\\s+in)?|ending|until|on\\s+the\\s+date|for|(?:shall|will)\\s+be(?:\\s+for)?|initial\\s+term\\s+(?:shall\\s+be|is))\\s+(?:an?\\s+)?"
            + "(?:initial\\s+)?(?:period\\s+of\\s+)?$");
    private static final Pattern RELATIVE_TAIL = Pattern.compile("(?i)^\\s*(?:from|after|following|of|commencing\\s+on"
            + "|commencing\\s+as\\s+of|beginning\\s+(?:on|as\\s+of))\\s+(?:the\\s+)?([^.;,()]{3,60}?)(?=[.;,()]|\\s+(?:unless|and|or|subject|thereafter)\\b|$)");
    /** "the fifth (5th) anniversary of the Effective Date", "the four (4) year anniversary of", "first anniversary". */
    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b(?:the\\s+)?(first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|fifteenth|twentieth|\\d{1,2}(?:st|nd|rd|th)|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|\\d{1,2})\\s*(?:\\(\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*\\)\\s*)?(?:-?\\s*years?\\s*-?\\s*)?"
            + "anniversary\\s+of\\s+(?:the\\s+)?([^.;,()]{3,60}?)(?=[.;,()]|\\s+(?:unless|and|or|subject)\\b|$)");
    /** What an initial term runs from. */
    private static final Pattern TERM_START = Pattern.compile("(?i)effective|commencement|execution|date\\s+(?:hereof"
            + "|of\\s+this|first|above|of\\s+signature)|signing|launch|start|\\bdate\\b");
    /** Words just before a date that make it the start of the term: "shall begin on", "commencing as of". */
    private static final Pattern TERM_BEGINS = Pattern.compile("(?i)\\b(?:begin\\w*|commenc\\w*|start\\w*|effective"
            + "|from)\\s+(?:on\\s+|as\\s+of\\s+|from\\s+)?(?:the\\s+)?$");
    private static final Pattern PERPETUAL = Pattern.compile("(?i)\\b(?:perpetu(?:al|ity)|indefinite(?:ly)?"
            + "|until\\s+(?:it\\s+is\\s+)?(?:terminated|such\\s+time\\s+as\\s+(?:it\\s+is\\s+)?terminated)"
            + "|(?:end|continue)\\w*\\s+(?:only\\s+)?(?:when|unless\\s+and\\s+until)\\s+(?:it\\s+is\\s+)?(?:terminated"
            + "|either\\s+party))\\b");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("fifteenth", 15), Map.entry("twentieth", 20), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    /** A sentence that ends a term says one of these (most sentences that name the agreement do not). */
    private static final String[] END_WORDS = {"expir", "continu", "remain", "perpetu", "until", "through", "period",
        "valid", "effect", "conclu", "anniversar", "mean", "terminat", "date:", "indefinite", "duration", "year",
        "month"};
    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:the|such|that|this|its|each)\\s");

    private ExpirationReader() {
    }

    /** A cheap test of the lower-cased sentence: whether it may set the agreement's term at all. */
    static boolean mayState(String lower) {
        if (!(lower.contains("term") || lower.contains("agreement") || lower.contains("contract")
                || lower.contains("expir") || lower.contains("date:")) || lower.contains("surviv")) {
            return false;
        }
        for (String word : END_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How an end of the term is stated, firmest first: a date beats a span read from another sentence. */
    enum Kind { DATE, ANNIVERSARY, SPAN, PERPETUAL }

    /** An end of the term read from one sentence. */
    record Found(KeyTerm term, Kind kind) {
        /** Whether this is stated more firmly than {@code other} (null: nothing read yet). */
        boolean firmerThan(Found other) {
            return other == null || kind.compareTo(other.kind()) < 0;
        }
    }

    /** The end of the initial term the sentence sets, or null when it sets none. */
    static Found read(Sentence sentence, String lower) {
        String text = sentence.text();
        if (!TERM_SENTENCE.matcher(text).find() || OTHER_TERM.matcher(text).find()) {
            return null; // a term of something else: a licence, a confidentiality period, a survival
        }
        List<FoundDate> dates = DateReader.findAll(text);
        for (FoundDate date : dates) {
            if (UNTIL_DATE.matcher(text.substring(Math.max(0, date.start() - 60), date.start())).find()) {
                return new Found(new KeyTerm(date.date().toString(), date.text(), Citation.of(sentence)), Kind.DATE);
            }
        }
        KeyTerm anniversary = anniversary(sentence);
        if (anniversary != null) {
            return new Found(anniversary, Kind.ANNIVERSARY);
        }
        KeyTerm span = span(sentence, dates);
        if (span != null) {
            return new Found(span, Kind.SPAN);
        }
        Matcher perpetual = PERPETUAL.matcher(text);
        if (perpetual.find() && !lower.contains("license")) {
            return new Found(new KeyTerm("perpetual", perpetual.group(), Citation.of(sentence)), Kind.PERPETUAL);
        }
        return null;
    }

    /** "until the fourth (4) year anniversary of the Effective Date": four years after the Effective Date. */
    private static KeyTerm anniversary(Sentence sentence) {
        Matcher anniversary = ANNIVERSARY.matcher(sentence.text());
        while (anniversary.find()) {
            String from = anniversary.group(2).strip();
            if (!TERM_START.matcher(from).find()) {
                continue; // "the first anniversary of the first sale": not when the term runs from
            }
            int years = years(anniversary.group(1));
            String value = years + (years == 1 ? " year" : " years") + " after " + withArticle(from);
            return new KeyTerm(value, KeyTermReader.shortened(anniversary.group()), Citation.of(sentence));
        }
        return null;
    }

    /**
     * "for a period of three (3) years from the Effective Date": a span from the event it runs from, or from the date
     * the sentence says the term begins on ("shall begin on January 1, 2000 and continue for five (5) years").
     */
    private static KeyTerm span(Sentence sentence, List<FoundDate> dates) {
        String text = sentence.text();
        for (FoundDuration duration : DurationReader.findAll(text)) {
            String before = text.substring(Math.max(0, duration.start() - 80), duration.start());
            if (!TERM_DURATION.matcher(before).find()) {
                continue;
            }
            Matcher tail = RELATIVE_TAIL.matcher(text.substring(duration.end()));
            boolean relative = tail.find();
            if (relative && !TERM_START.matcher(tail.group(1)).find()) {
                continue; // "two years after the termination", "after the disclosure": not the initial term
            }
            String from = relative ? tail.group(1).strip() : startDate(text, dates, duration.start());
            String value = duration.shortForm() + " after " + withArticle(from);
            return new KeyTerm(value, KeyTermReader.shortened(duration.text() + (relative ? tail.group() : "")),
                    Citation.of(sentence));
        }
        return null;
    }

    /** The date before {@code end} that the sentence says the term begins on, as written, else the Effective Date. */
    private static String startDate(String text, List<FoundDate> dates, int end) {
        for (FoundDate date : dates) {
            if (date.end() <= end && TERM_BEGINS.matcher(text.substring(Math.max(0, date.start() - 40),
                    date.start())).find()) {
                return date.text();
            }
        }
        return "the Effective Date";
    }

    private static int years(String ordinal) {
        String lower = ordinal.toLowerCase(Locale.ROOT);
        Integer word = ORDINALS.get(lower);
        return word != null ? word : Integer.parseInt(lower.replaceAll("\\D", ""));
    }

    /** "the Effective Date", "such date", "January 1, 2021" as they are; "Effective Date" with "the". */
    private static String withArticle(String from) {
        return ARTICLE.matcher(from).lookingAt() || DateReader.parse(from).isPresent() ? from : "the " + from;
    }
}
