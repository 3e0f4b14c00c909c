package org.clausecheck.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice as a second reader in tests: {@code soffice --headless --convert-to}. */
public final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * Converts the files into {@code outDir} with a private profile, so that a running instance does not interfere;
     * false when soffice is absent, fails or takes over five minutes. Its output goes to {@code soffice-FORMAT.log}.
     */
    public static boolean convert(List<Path> files, String format, Path outDir) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(outDir.resolve("soffice-" + format + ".log").toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
