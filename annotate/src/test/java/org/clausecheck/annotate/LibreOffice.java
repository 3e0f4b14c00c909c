package org.clausecheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** LibreOffice as a second reader of the copies: converts them and reads the comments it kept. */
final class LibreOffice {

    /** An annotation's start (not its end marker) and its author. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "<office:annotation(?:\\s[^>]*)?>.*?<dc:creator>([^<]*)</dc:creator>", Pattern.DOTALL);

    private LibreOffice() {
    }

    /** Converts the files into {@code outDir} with a private profile; false when soffice is absent or fails. */
    static boolean convert(List<Path> files, String format, Path outDir) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
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
