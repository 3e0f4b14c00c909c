package org.clausecheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** The comments LibreOffice kept in a copy it converted to ODT. */
final class OdtAnnotations {

    /** An annotation's start (not its end marker) and its author. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "<office:annotation(?:\\s[^>]*)?>.*?<dc:creator>([^<]*)</dc:creator>", Pattern.DOTALL);

    private OdtAnnotations() {
    }

    /** How many annotations by {@code author} an ODT's body holds. */
    static long annotationsBy(Path odt, String author) throws IOException {
        try (ZipFile zip = new ZipFile(odt.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            Matcher annotations = ANNOTATION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            long count = 0;
            while (annotations.find()) {
                count += annotations.group(1).equals(author) ? 1 : 0;
            }
            return count;
        }
    }
}
