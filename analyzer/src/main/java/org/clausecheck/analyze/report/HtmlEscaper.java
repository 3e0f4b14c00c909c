package org.clausecheck.analyze.report;

/**
 * Text made inert in HTML, for element content and quoted attribute values alike: {@code & < > " '}
 * become character references, and characters that are not allowed in HTML (controls other than tab and
 * line breaks, lone surrogates, noncharacters, bidirectional overrides) are replaced by U+FFFD.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)) {
            return false;
        }
        // Bidirectional overrides can make a clause read differently from what it says; show them.
        if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
