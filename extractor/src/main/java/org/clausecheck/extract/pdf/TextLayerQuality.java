package org.clausecheck.extract.pdf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's text layer can be read as it is, or the page needs OCR: no text at all, glyphs without a
 * Unicode mapping (PDFBox gives replacement or private-use characters), or garbage from a wrong mapping: few
 * tokens look like words, or a page of prose without any of the commonest function words of the languages
 * contracts are written in (letters shifted by a wrong encoding still have vowels, but "the" becomes "wkh").
 */
final class TextLayerQuality {

    /** Below this many letters a page is too short to judge as garbage (a signature page, a title). */
    private static final int MIN_JUDGED_LETTERS = 40;
    /** More than this share of unmapped characters and the layer is unusable. */
    private static final double MAX_UNMAPPED = 0.1;
    /** At least this share of the tokens must look like words (letters with a vowel, or numbers). */
    private static final double MIN_WORDLIKE = 0.5;

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Five consonants in a row: rare in English words, common in letters shifted by a wrong font encoding. */
    private static final Pattern CONSONANT_RUN = Pattern.compile("(?i)[b-df-hj-np-tv-xz]{5}");
    private static final Pattern WORDLIKE = Pattern.compile(
            "[\\p{Punct}\u2018-\u201F]*(?:(?=\\p{L}*[aeiouyAEIOUY\u00C0-\u024F\u0370-\uFFEF])\\p{L}{1,20}(?:[-'\u2019]\\p{L}+)*"
                    + "|\\p{L}|[\\d.,/%$()-]+)[\\p{Punct}\u2018-\u201F]*");

    /** Pages with fewer tokens are not judged by their function words (a schedule of names and amounts). */
    private static final int MIN_JUDGED_TOKENS = 30;
    /** English prose has about 40 % function words; a share this low is no prose in these languages. */
    private static final double MIN_FUNCTION_WORDS = 0.04;
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "or", "a", "an", "by", "for", "any", "shall", "be", "is", "this", "with",
            "der", "die", "das", "und", "von", "zu", "den", "ist", "le", "la", "les", "et", "de", "du", "des", "el",
            "los", "y", "que", "en", "il", "di", "che", "het", "een", "van");

    private TextLayerQuality() {
    }

    static boolean usable(PdfPage page) {
        if (page.lines().isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        page.lines().forEach(line -> text.append(line.text()).append('\n'));
        return usable(text);
    }

    static boolean usable(CharSequence text) {
        int letters = 0;
        int unmapped = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) {
                unmapped++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (visible == 0 || unmapped > MAX_UNMAPPED * visible) {
            return false;
        }
        if (letters < MIN_JUDGED_LETTERS) {
            return true;
        }
        int tokens = 0;
        int wordlike = 0;
        int functionWords = 0;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens++;
            if (WORDLIKE.matcher(token.group()).matches() && !CONSONANT_RUN.matcher(token.group()).find()) {
                wordlike++;
            }
            if (FUNCTION_WORDS.contains(token.group().toLowerCase(Locale.ROOT))) {
                functionWords++;
            }
        }
        boolean prose = tokens < MIN_JUDGED_TOKENS || functionWords >= MIN_FUNCTION_WORDS * tokens;
        return wordlike >= MIN_WORDLIKE * tokens && prose;
    }
}
