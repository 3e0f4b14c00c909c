package org.clausecheck.extract.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in one line of Markdown: inline HTML tags stripped (standard forms published as Markdown
 * wrap terms and titles in {@code <span>}s), character references decoded, links reduced to their text, emphasis
 * and code marks and backslash escapes removed. Only names of HTML elements count as tags, so a drafting
 * placeholder such as {@code <Customer name>} stays text. An HTML check box becomes the marker a typed form uses
 * ("[x]" or "[ ]"), so that the analyzer can tell agreed options from open ones.
 */
final class MarkdownInline {

    /** Elements inside a line of text: removed without a trace ("<span>Customer</span>'s" is "Customer's"). */
    private static final Set<String> INLINE_ELEMENTS = Set.of("span", "a", "b", "i", "u", "s", "em", "strong", "sup",
            "sub", "mark", "small", "big", "font", "code", "del", "ins", "abbr", "cite", "q", "label", "strike", "tt",
            "kbd", "var", "dfn", "bdi", "bdo", "time", "data", "nobr", "wbr");
    /** Elements that separate text: replaced by a space. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of("br", "p", "div", "li", "ul", "ol", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "blockquote",
            "section", "article", "header", "footer", "center", "pre", "dl", "dt", "dd", "caption", "figure",
            "figcaption", "nav", "aside", "main", "details", "summary", "input");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"), Map.entry("sect", "\u00A7"),
            Map.entry("para", "\u00B6"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"),
            Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"),
            Map.entry("cent", "\u00A2"), Map.entry("deg", "\u00B0"), Map.entry("times", "\u00D7"),
            Map.entry("shy", ""), Map.entry("zwsp", ""), Map.entry("check", "\u2713"));

    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]+)>");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s[^<>]*)?)/?>");
    private static final Pattern CHECKED = Pattern.compile("(?i)\\bchecked\\b");
    private static final Pattern CHECKBOX = Pattern.compile("(?i)type\\s*=\\s*[\"']?(checkbox|radio)");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![\\w*])");
    // Underscores inside words ({customer_name}, snake_case) are no emphasis: only at word boundaries.
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])");

    private MarkdownInline() {
    }

    /** The line as a reader sees it. */
    static String plain(String line) {
        String text = AUTOLINK.matcher(line).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = IMAGE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = REFERENCE_LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = stripTags(text);
        text = CODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = STRONG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
        text = EMPHASIS_STAR.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = EMPHASIS_UNDERSCORE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = ESCAPE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return decodeEntities(text);
    }

    /** HTML elements removed; a check box or radio button written as HTML becomes "[x]" or "[ ]". */
    static String stripTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher tag = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            Matcher type = CHECKBOX.matcher(tag.group(3));
            String replacement;
            if (name.equals("input") && type.find()) {
                boolean radio = type.group(1).equalsIgnoreCase("radio");
                boolean checked = CHECKED.matcher(tag.group(3)).find();
                replacement = radio ? (checked ? "(x) " : "( ) ") : (checked ? "[x] " : "[ ] ");
            } else if (INLINE_ELEMENTS.contains(name)) {
                replacement = "";
            } else if (BLOCK_ELEMENTS.contains(name)) {
                replacement = " ";
            } else {
                replacement = tag.group(); // not HTML: "<Customer name>" is a placeholder the reader sees
            }
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(entity(match.group(1), match.group())));
    }

    private static String entity(String body, String whole) {
        if (body.startsWith("#")) {
            try {
                int code = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return NAMED_ENTITIES.getOrDefault(body, whole);
    }
}
