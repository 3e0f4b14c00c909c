package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./clausecheck} as a user meets it: symlinked onto PATH, run from another folder, under the
 * C locale of cron and containers. It runs in the integration-test phase of {@code mvn verify}, after the jar
 * is packaged, so the launcher finds a jar newer than the sources and builds nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    private static final String NON_ASCII_NAME = "Vertrag-M\u00fcller-\u00fc.pdf";
    private static final String ESCAPE = "\u001B";

    @TempDir
    static Path temp;
    static Path bin;
    static Path work;

    /** What one run of the launcher printed, decoded as UTF-8 whatever the locale. */
    record Launch(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void putTheLauncherOnPath() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("clausecheck"), CHECKOUT.resolve("clausecheck"));
        work = Files.createDirectories(temp.resolve("work"));
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Files.copy(CHECKOUT.resolve("samples/vendor-keeps-ip-saas-terms.pdf"), contracts.resolve(NON_ASCII_NAME));
        Files.copy(CHECKOUT.resolve("samples/northwind-ai-development-agreement.txt"),
                contracts.resolve("northwind.txt"));
    }

    @Test
    @Order(1)
    void aRebuiltClassArchiveIsAnnouncedOnceAndThenNotAgain() throws Exception {
        Files.deleteIfExists(CHECKOUT.resolve("cli/target/clausecheck.jsa"));

        Launch first = launch(work, "C", "--version");
        Launch second = launch(work, "C", "--version");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("clausecheck: building clausecheck (first run, about 30 s)", first.err().strip());
        assertEquals("", second.err(), "nothing to build the second time");
        assertTrue(Files.exists(CHECKOUT.resolve("cli/target/clausecheck.jsa")));
    }

    @Test
    @Order(2)
    void aSymlinkedLauncherReviewsANonAsciiFileNameUnderTheCLocale() throws Exception {
        Launch run = launch(work.resolve("contracts"), "C", "check", NON_ASCII_NAME);

        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n" + NON_ASCII_NAME + "\n"), run.out());
        assertTrue(run.out().contains("The customer owns the work product"), run.out());
        assertFalse(run.out().contains(ESCAPE) || run.err().contains(ESCAPE), "no colour codes in a pipe: " + run.err());
    }

    @Test
    @Order(3)
    void auditAndSearchRunFromTheSameFolderShareTheIndexAndSayWhereItIs() throws Exception {
        Launch audit = launch(work, "C", "audit", "contracts", "--no-progress", "--format", "csv");
        Launch search = launch(work, "C", "search", "--rule", "ip-ownership", "--status", "contrary", "--format", "json");

        Path index = work.resolve(".clausecheck").toRealPath();
        assertEquals(4, audit.exitCode(), audit.err());
        assertTrue(audit.err().contains("index: " + index), audit.err());
        assertTrue(audit.out().contains("Vertrag-M\u00fcller-\u00fc.pdf"), "the name as written: " + audit.out());
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.err().contains("search: index " + index), search.err());
        assertTrue(search.out().contains("\"file\" : \"contracts/" + NON_ASCII_NAME + "\""), search.out());
        assertTrue(search.out().startsWith("{"), "standard output is the JSON alone: " + search.out());
    }

    /** Runs the symlinked launcher from {@code folder} with PATH leading to it and LANG and LC_ALL set. */
    private static Launch launch(Path folder, String locale, String... args) throws Exception {
        // env finds clausecheck on the child's PATH, as a shell would (ProcessBuilder would search the JVM's own).
        List<String> command = new ArrayList<>(List.of("env", "clausecheck"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PATH", bin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("LANG", locale);
        environment.put("LC_ALL", locale);
        environment.remove("NO_COLOR");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + command);
        }
        return new Launch(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
