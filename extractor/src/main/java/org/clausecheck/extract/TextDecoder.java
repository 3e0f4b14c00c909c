package org.clausecheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 with or without a byte-order mark, UTF-16 with
 * a mark, and Windows-1252 when the bytes are not valid UTF-8 (what older Windows editors write).
 */
public final class TextDecoder {

    /** The decoded text and the charset that produced it. */
    public record DecodedText(String text, Charset charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** Share of control bytes above which content is binary rather than text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /** The text of a text file; a document warning when it is not UTF-8 and was read in another charset. */
    public static String decodeWarning(byte[] bytes, DocumentBuilder builder) {
        DecodedText decoded = decode(bytes);
        if (!decoded.charset().name().startsWith("UTF")) {
            builder.warn(ExtractionWarning.forDocument("not valid UTF-8; read as " + decoded.charset().name()));
        }
        return decoded.text();
    }

    /** True when the start of the content reads as text: a byte-order mark, or few control bytes and no NUL. */
    public static boolean looksLikeText(byte[] bytes) {
        if (hasPrefix(bytes, 0xFF, 0xFE) || hasPrefix(bytes, 0xFE, 0xFF)) {
            return true;
        }
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control <= sample * MAX_CONTROL_SHARE;
    }

    /** True when several lines start like Markdown headings ("# Title", "## 1. Services"). */
    public static boolean looksLikeMarkdown(byte[] bytes) {
        String sample = new String(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES), StandardCharsets.UTF_8);
        long headingLines = sample.lines().filter(line -> line.matches("#{1,6} \\S.*")).count();
        return headingLines >= 2;
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
