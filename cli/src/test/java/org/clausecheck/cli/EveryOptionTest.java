package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.extract.ocr.SimulatedScan;
import org.clausecheck.inventory.InventoryCategories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command, read from picocli's model, has a case in {@link #CASES} that shows what it does: the
 * case's command line with the option meets the expectation, the same line without the option (and its value) does
 * not. An option without a case fails the build, named, as does a case whose option no longer exists. {@code -h} and
 * {@code -V}, which every command has, are run on every command by {@link #helpAndVersionOnEveryCommand()}.
 *
 * <p>A case is one line in {@link #cases()}: {@code add("COMMAND --longest-name", expectation, arguments...)}. An
 * option inherited from a parent command (picocli copies it into every subcommand) has one case, under the command
 * that declares it. {@value #NEW_FOLDER} in the arguments becomes a folder of its own in each run, for an index that
 * no other run has written. {@code add.terminal(...)} runs the case as at a terminal (colours on), and
 * {@code add.slowExtraction(...)} with an audit whose extractions wait {@link #SLOW_EXTRACTION} (for --timeout).
 */
class EveryOptionTest {

    /** In a case's arguments: a new, empty path for each run (an audit's own index). */
    static final String NEW_FOLDER = "{new}";

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path DOCUMENTS = Path.of("..", "extractor", "src", "test", "resources", "documents");
    private static final String VENDOR_KEEPS_IP = SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf").toString();
    private static final String NORTHWIND = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
    /** A DOCX with three required protections MISSING: --suggest inserts their language. */
    private static final String PARTIAL_PROTECTIONS = SAMPLES.resolve("partial-protections-consulting-agreement.docx")
            .toString();
    private static final String ENCRYPTED_PDF = DOCUMENTS.resolve("encrypted.pdf").toString();
    /** Image-only: --ocr never refuses it as before; auto reads it by OCR or says what to install. */
    private static final String SCANNED_PDF = DOCUMENTS.resolve("scanned.pdf").toString();
    private static final String NO_OCR = "run OCR on it first";
    private static final String TRACKED_CHANGES = DOCUMENTS.resolve("outsourcing-agreement.docx").toString();
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Longer than the one second a --timeout case allows, far shorter than the default limit. */
    private static final Duration SLOW_EXTRACTION = Duration.ofSeconds(3);

    @TempDir
    static Path temp;
    private static final AtomicInteger NEW_FOLDERS = new AtomicInteger();
    private static Map<String, Case> CASES;

    /** How a case's command lines are run. */
    enum Runner { PLAIN, TERMINAL, SLOW_EXTRACTION }

    /** A command line that shows one option's effect, and what the run with the option shows. */
    record Case(List<String> arguments, Expectation expected, Runner runner) {
    }

    /** What a run shows: holds with the option, and must not hold without it. */
    record Expectation(String description, Predicate<CommandRun> holds) {

        @Override
        public String toString() {
            return description;
        }
    }

    private static Map<String, Case> cases() throws IOException {
        Fixtures f = new Fixtures(temp);
        Map<String, Case> cases = new TreeMap<>();
        Adder add = new Adder(cases);
        // the root command
        // A failure no check foresees: writing to a device that is always full (Linux, as CI is).
        add.line("clausecheck --verbose", errContains("\tat "), "check", NORTHWIND, "-o", "/dev/full", "--verbose");

        // check
        add.line("check --fail-on", exit(0), "check", VENDOR_KEEPS_IP, "--fail-on", "never");
        add.line("check --playbook", outContains("2 of 2 protections met"), "check", NORTHWIND, "--playbook", f.twoRules);
        add.line("check --only", outContains("1 of 1 protections met"), "check", NORTHWIND, "--only", "documentation");
        add.line("check --customer", outContains("Customer given by the user"), "check", NORTHWIND, "--customer",
                "Brightline Data Labs");
        add.line("check --format", outContains("\"sha256\""), "check", NORTHWIND, "--format", "json");
        add.line("check --output", created(f.file("check-report.txt")), "check", NORTHWIND, "-o", f.file("check-report.txt"));
        add.terminal("check --no-color", outLacks("\u001b["), "check", NORTHWIND, "--no-color");
        add.line("check --password", errLacks("encrypted"), "check", ENCRYPTED_PDF, "--password", "user-secret");
        add.line("check --original", outContains("CONTRARY"), "check", TRACKED_CHANGES, "--only", "ip-ownership",
                "--original");
        add.line("check --max-bytes", errContains("100 bytes"), "check", NORTHWIND, "--max-bytes", "100");
        add.line("check --max-pages", errContains("pages"), "check", VENDOR_KEEPS_IP, "--max-pages", "1");
        add.slowExtraction("check --timeout", errContains("timed out after 1 s (--timeout)"), "check", NORTHWIND,
                "--timeout", "1");
        add.line("check --no-progress", errLacks("pages to read by OCR"), "check", f.fivePageScan, "--timeout", "2",
                "--no-progress");
        add.line("check --ocr", errContains(NO_OCR), "check", SCANNED_PDF, "--ocr", "never");
        add.line("check --no-inventory", outLacks("Clause inventory"), "check", NORTHWIND, "--no-inventory");
        add.line("check --excel", outContains("\uFEFF"), "check", NORTHWIND, "--format", "csv", "--excel");
        add.line("check --color", outContains("\u001b["), "check", NORTHWIND, "--color", "always");
        add.line("check --annotate", created(f.file("reviewed.docx")), "check", NORTHWIND, "--annotate",
                f.file("reviewed.docx"));
        add.line("check --suggest", errContains(", 3 tracked insertions)"), "check", PARTIAL_PROTECTIONS,
                "--annotate", f.file("suggested.docx"), "--suggest");
        add.line("check --allow-partial", exit(4), "check", f.cutShort, "--allow-partial");
        add.line("check --waivers", exit(0), "check", VENDOR_KEEPS_IP, "--waivers", f.waivers);

        // compare
        add.line("compare --format", outContains("\"protections\""), "compare", NORTHWIND, NORTHWIND, "--format", "json");

        // audit: each run into an index of its own, unless the case is about the index
        add.line("audit --jobs", errContains("on " + (CORES + 1) + " threads"), "audit", f.northwind, "--index",
                NEW_FOLDER, "-j", String.valueOf(CORES + 1));
        add.slowExtraction("audit --timeout", outContains("timed out after 1 s"), "audit", f.northwind, "--index",
                NEW_FOLDER, "--timeout", "1");
        add.line("audit --index", errContains("index: " + f.file("chosen-index")), "audit", f.northwind, "--index",
                f.file("chosen-index"));
        add.line("audit --excel", outContains("\uFEFF"), "audit", f.northwind, "--index", NEW_FOLDER, "--format", "csv",
                "--excel");
        add.line("audit --annotate-to", created(f.file("annotated-to") + "/northwind-ai-development-agreement.docx"),
                "audit", f.northwind, "--index", NEW_FOLDER, "--annotate-to", f.file("annotated-to"));
        add.line("audit --suggest", errContains("(3 tracked insertions)"), "audit", PARTIAL_PROTECTIONS, "--index",
                NEW_FOLDER, "--annotate-to", f.file("suggested-to"), "--suggest");
        add.line("audit --color", outContains("\u001b["), "audit", f.northwind, "--index", NEW_FOLDER, "--color", "always");
        add.line("clausecheck --config", outContains("\"sha256\""), "check", NORTHWIND, "--config", f.jsonConfig);
        add.line("clausecheck --no-config", outLacks("\"sha256\""), "check", NORTHWIND, "--config", f.jsonConfig,
                "--no-config");
        add.line("clausecheck --quiet", errLacks("audit:"), "audit", f.northwind, "--index", NEW_FOLDER, "--quiet");
        add.line("audit --format", outContains("file,"), "audit", f.northwind, "--index", NEW_FOLDER, "--format", "csv");
        add.line("audit --output", created(f.file("audit.html")), "audit", f.northwind, "--index", NEW_FOLDER,
                "--format", "html", "-o", f.file("audit.html"));
        add.terminal("audit --no-color", outLacks("\u001b["), "audit", f.vendorKeepsIp, "--index", NEW_FOLDER,
                "--no-color");
        add.line("audit --no-progress", errLacks("files to audit"), "audit", f.northwind, "--index", NEW_FOLDER,
                "--no-progress");
        add.line("audit --rehash", errContains("(1 files read, 0 unchanged"), "audit", f.touchedInPlace.toString(),
                "--index", f.touchedIndex.toString(), "--rehash");
        add.line("audit --allow-partial", exit(4), "audit", f.cutShortFolder, "--index", NEW_FOLDER, "--allow-partial");
        add.line("audit --waivers", exit(0), "audit", f.vendorKeepsIp, "--index", NEW_FOLDER, "--waivers", f.waivers);
        add.line("audit --fail-on", exit(0), "audit", f.vendorKeepsIp, "--index", NEW_FOLDER, "--fail-on", "never");
        add.line("audit --playbook", outLacks("environment-access"), "audit", f.northwind, "--index", NEW_FOLDER,
                "--format", "csv", "--playbook", f.twoRules);
        add.line("audit --only", outLacks("environment-access"), "audit", f.northwind, "--index", NEW_FOLDER,
                "--format", "csv", "--only", "ip-ownership");
        add.line("audit --customer", exit(2), "audit", f.northwind, "--index", NEW_FOLDER, "--customer", "Nobody Inc");
        add.line("audit --password", errContains("1 contracts audited, 0 failed"), "audit", f.encrypted, "--index",
                NEW_FOLDER, "--password", "user-secret");
        add.line("audit --original", outContains("CONTRARY"), "audit", f.trackedChanges, "--index", NEW_FOLDER,
                "--format", "jsonl", "--only", "ip-ownership", "--original");
        add.line("audit --no-inventory", outLacks("governing-law"), "audit", f.northwind, "--index", NEW_FOLDER,
                "--format", "csv", "--no-inventory");
        add.line("audit --max-bytes", errContains("0 contracts audited, 1 failed"), "audit", f.northwind, "--index",
                NEW_FOLDER, "--max-bytes", "100");
        add.line("audit --ocr", outContains(NO_OCR), "audit", SCANNED_PDF, "--index", NEW_FOLDER, "--ocr", "never");
        add.line("audit --max-pages", errContains("0 contracts audited, 1 failed"), "audit", f.vendorKeepsIp,
                "--index", NEW_FOLDER, "--max-pages", "1");

        // search, over an index of two samples
        // Only the fixture's index holds the vendor-keeps-IP sample; other cases may leave a default index in the folder.
        add.line("search --index", outContains("vendor-keeps-ip"), "search", "retains", "--index", f.searchIndex);
        add.line("search --rule", outLacks("exit-assistance"), "search", "--index", f.searchIndex, "--status", "contrary",
                "--rule", "ip-ownership");
        add.line("search --status", outLacks("northwind"), "search", "--index", f.searchIndex, "--rule", "ip-ownership",
                "--status", "contrary");
        add.line("search --limit", outContains("; showing 1\n"), "search", "customer", "--index", f.searchIndex, "--limit", "1");
        add.line("search --all", outLacks("; showing 1\n"), "search", "customer", "--index", f.searchIndex, "--limit", "1",
                "--all");
        add.line("search --format", outContains("\"hits\""), "search", "assigns", "--index", f.searchIndex, "--format",
                "json");
        add.line("search --repeat", errContains("median"), "search", "assigns", "--index", f.searchIndex, "--repeat", "1");
        // The clause inventory: Northwind is governed by New York law, the vendor's terms by English law; both hold a
        // License Grant, only the vendor's a Non-Transferable License; neither states an expiration date or a renewal.
        add.line("search --category", outLacks("northwind"), "search", "--index", f.searchIndex, "--governing-law", "e",
                "--category", "non-transferable license");
        add.line("search --governing-law", outLacks("vendor-keeps-ip"), "search", "--index", f.searchIndex,
                "--category", "License Grant", "--governing-law", "NEW YORK");
        add.line("search --expires-before", outLacks("northwind"), "search", "--index", f.searchIndex, "--category",
                "License Grant", "--expires-before", "2100-01-01");
        add.line("search --expires-after", outLacks("northwind"), "search", "--index", f.searchIndex, "--category",
                "License Grant", "--expires-after", "1900-01-01");
        add.line("search --renews", outLacks("northwind"), "search", "--index", f.searchIndex, "--category",
                "License Grant", "--renews");

        // extract
        add.line("extract --format", outContains("\"blocks\""), "extract", NORTHWIND, "--format", "json");
        add.line("extract --output", created(f.file("extract.txt")), "extract", NORTHWIND, "-o", f.file("extract.txt"));
        add.line("extract --password", exit(0), "extract", ENCRYPTED_PDF, "--password", "user-secret");
        add.line("extract --original", outContains("owned by the Vendor"), "extract", TRACKED_CHANGES, "--original");
        add.line("extract --max-bytes", errContains("100 bytes"), "extract", NORTHWIND, "--max-bytes", "100");
        add.line("extract --max-pages", errContains("pages"), "extract", VENDOR_KEEPS_IP, "--max-pages", "1");
        add.line("extract --ocr", errContains(NO_OCR), "extract", SCANNED_PDF, "--ocr", "never");

        // playbook
        add.line("playbook --playbook", outContains("(2 rules)"), "playbook", "list", "--playbook", f.twoRules);
        add.line("playbook explain --rule", outContains("Verdict: MET"), "playbook", "explain", NORTHWIND, "--rule",
                "ip-ownership");
        add.line("playbook explain --customer", outContains("Parties: customer Brightline Data Labs"), "playbook",
                "explain", NORTHWIND, "--rule", "ip-ownership", "--customer", "Brightline Data Labs");
        add.line("playbook explain --format", outContains("\"formatVersion\" : 1"), "playbook", "explain", NORTHWIND,
                "--rule", "ip-ownership", "--format", "json");
        add.line("playbook explain --password", errLacks("encrypted"), "playbook", "explain", ENCRYPTED_PDF, "--rule",
                "ip-ownership", "--password", "user-secret");
        add.line("playbook explain --original", outContains("Verdict: CONTRARY"), "playbook", "explain",
                TRACKED_CHANGES, "--rule", "ip-ownership", "--original");
        add.line("playbook explain --max-bytes", errContains("100 bytes"), "playbook", "explain", NORTHWIND, "--rule",
                "ip-ownership", "--max-bytes", "100");
        add.line("playbook explain --max-pages", errContains("pages"), "playbook", "explain", VENDOR_KEEPS_IP, "--rule",
                "ip-ownership", "--max-pages", "1");
        add.line("playbook explain --ocr", errContains(NO_OCR), "playbook", "explain", SCANNED_PDF, "--rule",
                "ip-ownership", "--ocr", "never");
        add.line("playbook init --force", exit(0), "playbook", "init", f.existingPlaybookFolder, "--force");
        add.line("playbook coverage --corpus", exit(0), "playbook", "coverage", "--playbook", f.accessPlaybook,
                "--corpus", f.coverageCorpus);
        add.line("playbook coverage --labels", outContains("2 contracts"), "playbook", "coverage", "--playbook",
                f.accessPlaybook, "--corpus", f.coverageCorpus, "--labels", f.coverageLabels);
        add.line("playbook coverage --split", outContains(", split write,"), "playbook", "coverage", "--playbook",
                f.accessPlaybook, "--corpus", f.coverageCorpus, "--split", "write");
        add.line("playbook coverage --format", outContains("\"units\""), "playbook", "coverage", "--playbook",
                f.accessPlaybook, "--corpus", f.coverageCorpus, "--format", "json");
        add.line("playbook coverage --output", created(f.file("coverage.txt")), "playbook", "coverage", "--playbook",
                f.accessPlaybook, "--corpus", f.coverageCorpus, "-o", f.file("coverage.txt"));

        // eval, on two of the bundled drafts (one of each half)
        add.line("eval --labels", exit(0), "eval", "--corpus", f.drafts, "--only", "ip-ownership", "--labels",
                f.twoDraftLabels);
        add.line("eval --corpus", exit(0), "eval", "--labels", f.twoDraftLabels, "--only", "ip-ownership", "--corpus",
                f.drafts);
        add.line("eval --split", outContains("== disagreements (write half)"), "eval", "--labels", f.twoDraftLabels,
                "--corpus", f.drafts, "--only", "ip-ownership", "--split", "write");
        add.line("eval --output", created(f.file("eval.txt")), "eval", "--labels", f.twoDraftLabels, "--corpus",
                f.drafts, "--only", "ip-ownership", "-o", f.file("eval.txt"));
        add.line("eval --playbook", outLacks("  environment-access"), "eval", "--labels", f.twoDraftLabels, "--corpus",
                f.drafts, "--playbook", f.twoRules);
        add.line("eval --only", outLacks("  documentation"), "eval", "--labels", f.twoDraftLabels, "--corpus",
                f.drafts, "--only", "ip-ownership");
        add.line("eval --customer", exit(2), "eval", "--labels", f.twoDraftLabels, "--corpus", f.drafts, "--only",
                "ip-ownership", "--customer", "Nobody Inc");
        add.line("eval --cuad", outContains("CUAD signal evaluation: 1 documents"), "eval", "--labels", f.cuadLabels,
                "--corpus", f.cuadCorpus, "--cuad");
        add.line("eval --cuad-inventory", outContains("key terms, share of contracts read right"), "eval", "--labels",
                f.cuadInventoryLabels, "--corpus", f.cuadCorpus, "--cuad-inventory");
        add.line("eval --ocr", errLacks(NO_OCR), "eval", "--labels", f.cuadLabels, "--corpus", f.scannedCuadCorpus,
                "--cuad", "--ocr", "auto");
        add.line("eval --spans", outContains("span recall: 1 contracts, 0 errors"), "eval", "--labels", f.cuadLabels,
                "--corpus", f.cuadCorpus, "--spans");

        // bench
        add.line("bench --rounds", outContains("median over 1 rounds"), "bench", f.onePdf, "--rounds", "1");
        return cases;
    }

    @BeforeAll
    static void writeFixturesAndCases() throws IOException {
        CASES = cases();
    }

    /** Every option in picocli's model, one test each: its case shows an effect the run without it does not. */
    @TestFactory
    Stream<DynamicTest> everyOptionChangesWhatItsCommandDoes() {
        return options().entrySet().stream().map(option -> DynamicTest.dynamicTest(option.getKey(), () -> {
            Case example = CASES.get(option.getKey());
            if (example == null) {
                fail("option '" + option.getKey() + "' has no case in EveryOptionTest.cases(): add one line that"
                        + " shows what it does");
            }
            assumeTrue(example.runner() != Runner.TERMINAL || System.getenv("NO_COLOR") == null,
                    "NO_COLOR is set: no colours to turn off");
            List<String> without = without(example.arguments(), option.getValue());
            // without first, and judged at once: a file the run with the option writes must not count for it
            CommandRun before = run(example, without);
            assertFalse(example.expected().holds().test(before), option.getKey() + ": " + example.expected()
                    + " also without it, " + without + ": the option shows no effect\nexit " + before.exitCode()
                    + "\nout:\n" + before.out() + "\nerr:\n" + before.err());
            CommandRun after = run(example, example.arguments());
            assertTrue(example.expected().holds().test(after), option.getKey() + ": expected " + example.expected()
                    + " with " + example.arguments() + "\nexit " + after.exitCode() + "\nout:\n" + after.out()
                    + "\nerr:\n" + after.err());
        }));
    }

    @Test
    void everyCaseNamesAnOptionOfTheCommandLine() {
        Map<String, OptionSpec> options = options();
        for (String key : CASES.keySet()) {
            assertTrue(options.containsKey(key), "case '" + key + "' names no option; options: " + options.keySet());
        }
    }

    /** -h and -V, which every command has, on every command. */
    @TestFactory
    Stream<DynamicTest> helpAndVersionOnEveryCommand() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CommandSpec command : commands(model().getCommandSpec())) {
            List<String> path = path(command);
            for (OptionSpec option : command.options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    continue;
                }
                String name = String.join(" ", path) + " " + option.longestName();
                tests.add(DynamicTest.dynamicTest(name.strip(), () -> {
                    List<String> arguments = new ArrayList<>(path);
                    arguments.add(option.shortestName());
                    CommandRun run = CommandRun.of(arguments.toArray(String[]::new));
                    assertEquals(0, run.exitCode(), run.err());
                    String expected = option.usageHelp() ? "Usage: " + command.qualifiedName() + " " : "clausecheck 0.";
                    assertTrue(option.usageHelp() ? run.out().contains(expected) : run.out().startsWith(expected),
                            name + " printed:\n" + run.out() + run.err());
                }));
            }
        }
        return tests.stream();
    }

    /** Every option but -h and -V, keyed "COMMAND --longest-name" under the command that declares it. */
    static Map<String, OptionSpec> options() {
        Map<String, OptionSpec> options = new TreeMap<>();
        for (CommandSpec command : commands(model().getCommandSpec())) {
            for (OptionSpec option : command.options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                OptionSpec declared = option.inherited() ? (OptionSpec) option.root() : option;
                CommandSpec owner = declared.command();
                String key = (owner.parent() == null ? owner.name() : String.join(" ", path(owner))) + " "
                        + declared.longestName();
                options.putIfAbsent(key, declared);
            }
        }
        return options;
    }

    private static CommandLine model() {
        CommandLine root = new CommandLine(new ClauseCheck());
        ClauseCheck.commandsFor(new String[0]).forEach(root::addSubcommand);
        return root;
    }

    private static List<CommandSpec> commands(CommandSpec command) {
        List<CommandSpec> all = new ArrayList<>(List.of(command));
        command.subcommands().values().forEach(sub -> all.addAll(commands(sub.getCommandSpec())));
        return all.stream().distinct().toList();
    }

    /** The names to type after "clausecheck": "playbook coverage". */
    private static List<String> path(CommandSpec command) {
        List<String> names = new ArrayList<>();
        for (CommandSpec at = command; at.parent() != null; at = at.parent()) {
            names.add(0, at.name());
        }
        return names;
    }

    /** The arguments without the option and the values it takes. */
    static List<String> without(List<String> arguments, OptionSpec option) {
        List<String> names = Arrays.asList(option.names());
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (names.contains(arguments.get(i))) {
                i += option.arity().max();
            } else {
                kept.add(arguments.get(i));
            }
        }
        return kept;
    }

    private static CommandRun run(Case example, List<String> arguments) {
        String[] line = arguments.stream()
                .map(argument -> argument.equals(NEW_FOLDER)
                        ? temp.resolve("new-" + NEW_FOLDERS.incrementAndGet()).toString() : argument)
                .toArray(String[]::new);
        return switch (example.runner()) {
            case PLAIN -> CommandRun.of(line);
            case TERMINAL -> CommandRun.onTerminal(line);
            case SLOW_EXTRACTION -> CommandRun.withSlowExtraction(SLOW_EXTRACTION, line);
        };
    }

    /** Adds cases in one line each. */
    private record Adder(Map<String, Case> cases) {

        void line(String option, Expectation expected, String... arguments) {
            put(option, new Case(List.of(arguments), expected, Runner.PLAIN));
        }

        /** A case run as at a terminal, where colours are on. */
        void terminal(String option, Expectation expected, String... arguments) {
            put(option, new Case(List.of(arguments), expected, Runner.TERMINAL));
        }

        /** A case whose audit extracts every file {@link #SLOW_EXTRACTION} late. */
        void slowExtraction(String option, Expectation expected, String... arguments) {
            put(option, new Case(List.of(arguments), expected, Runner.SLOW_EXTRACTION));
        }

        private void put(String option, Case example) {
            if (cases.put(option, example) != null) {
                throw new IllegalArgumentException("two cases for " + option);
            }
        }
    }

    static Expectation exit(int code) {
        return new Expectation("exit code " + code, run -> run.exitCode() == code);
    }

    static Expectation outContains(String text) {
        return new Expectation("output containing '" + text + "'", run -> run.out().contains(text));
    }

    static Expectation outLacks(String text) {
        return new Expectation("output without '" + text + "'", run -> !run.out().contains(text));
    }

    static Expectation errContains(String text) {
        return new Expectation("standard error containing '" + text + "'", run -> run.err().contains(text));
    }

    static Expectation errLacks(String text) {
        return new Expectation("standard error without '" + text + "'", run -> !run.err().contains(text));
    }

    /** The file exists after the run; runs without the option come first, so it did not before. */
    static Expectation created(String file) {
        return new Expectation("a new file " + file, run -> Files.exists(Path.of(file)));
    }

    /** Contracts, indexes, playbooks and labels the cases read, written once. */
    private static final class Fixtures {

        private final Path temp;
        final String northwind;
        final String vendorKeepsIp;
        final String encrypted;
        final String trackedChanges;
        final Path touchedInPlace;
        final Path touchedIndex;
        final String searchIndex;
        final String twoRules;
        final String accessPlaybook;
        final String existingPlaybookFolder;
        final String coverageCorpus;
        final String coverageLabels;
        final String drafts = Path.of("..", "eval", "drafts").toString();
        final String twoDraftLabels;
        final String cuadCorpus;
        final String cuadLabels;
        /** The image-only test PDF under the name of the CUAD labels' one contract: eval refuses it by default. */
        final String scannedCuadCorpus;
        /** Five pages scanned: long enough for check's OCR progress. */
        final String fivePageScan;
        final String onePdf;
        final String cutShort;
        final String cutShortFolder;
        final String cuadInventoryLabels;
        final String jsonConfig;
        final String waivers;

        Fixtures(Path temp) throws IOException {
            this.temp = temp;
            northwind = folderWith("northwind", Path.of(NORTHWIND));
            vendorKeepsIp = folderWith("vendor-keeps-ip", Path.of(VENDOR_KEEPS_IP));
            encrypted = folderWith("encrypted", Path.of(ENCRYPTED_PDF));
            trackedChanges = folderWith("tracked-changes", Path.of(TRACKED_CHANGES));
            touchedInPlace = Path.of(folderWith("touched", Path.of(NORTHWIND)));
            touchedIndex = temp.resolve("touched-index");
            auditThenChangeInPlace();
            searchIndex = temp.resolve("search-index").toString();
            CommandRun audit = CommandRun.of("audit", folderWith("search", Path.of(NORTHWIND), Path.of(VENDOR_KEEPS_IP)),
                    "--index", searchIndex, "--fail-on", "never");
            assertEquals(0, audit.exitCode(), audit.err());
            twoRules = twoRulePlaybook();
            accessPlaybook = write("access-playbook.yaml", ACCESS_PLAYBOOK);
            existingPlaybookFolder = Files.createDirectories(temp.resolve("existing-playbook")).toString();
            write("existing-playbook/playbook.yaml", "kept unless --force\n");
            coverageCorpus = coverageCorpus();
            coverageLabels = write("coverage-labels.csv", "id,environment_access\nhosting-one,PRESENT\nservice,ABSENT\n");
            twoDraftLabels = write("two-drafts.csv", String.join("\n",
                    Files.readAllLines(Path.of(drafts, "labels.csv")).subList(0, 3)) + "\n");
            cuadCorpus = folderWith("cuad", Path.of(NORTHWIND));
            cuadLabels = write("cuad-labels.csv", "id,Ip Ownership Assignment,Ip Ownership Assignment-Answer,"
                    + "Joint Ip Ownership,License Grant,Post-Termination Services,Audit Rights,Source Code Escrow\n"
                    + "northwind-ai-development-agreement,\"['Vendor hereby irrevocably assigns to Customer all right,"
                    + " title and interest in and to the Deliverables']\",Yes,[],[],[],[],[]\n");
            scannedCuadCorpus = Files.createDirectories(temp.resolve("scanned-cuad")).toString();
            Files.copy(Path.of(SCANNED_PDF), Path.of(scannedCuadCorpus, "northwind-ai-development-agreement.pdf"));
            try (PDDocument sample = Loader.loadPDF(Path.of(VENDOR_KEEPS_IP).toFile())) {
                fivePageScan = Files.write(temp.resolve("five-page-scan.pdf"),
                        SimulatedScan.standard().scan(sample, List.of(0, 0, 0, 0, 0), 5)).toString();
            }
            onePdf = folderWith("one-pdf", SAMPLES.resolve("we-you-ai-agency-terms.pdf"));
            cuadInventoryLabels = write("cuad-inventory-labels.csv", "id," + String.join(",", InventoryCategories.NAMES)
                    + ",Governing Law-Answer\n"
                    + "northwind-ai-development-agreement" + ",[]".repeat(InventoryCategories.NAMES.size()) + ",New York\n");
            jsonConfig = write("json.clausecheck.yaml", "check:\n  format: json\n");
            waivers = WaiversTest.bothGapsWaived(temp, "waivers.yaml", "2099-12-31");
            cutShort = PartlyReadDocumentTest.cutShortCopy(Files.createDirectories(temp.resolve("cut-short"))).toString();
            cutShortFolder = Path.of(cutShort).getParent().toString();
        }

        String file(String name) {
            return temp.resolve(name).toString();
        }

        private String write(String name, String text) throws IOException {
            return Files.writeString(temp.resolve(name), text).toString();
        }

        private String folderWith(String name, Path... files) throws IOException {
            Path folder = Files.createDirectories(temp.resolve(name));
            for (Path file : files) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
            return folder.toString();
        }

        /**
         * Audited, then changed without changing its size or modification time: only a rehash sees it. Modified an
         * hour ago, or the audit would not trust its time (FileStamp's settling time) and hash it anyway.
         */
        private void auditThenChangeInPlace() throws IOException {
            Path contract = touchedInPlace.resolve(Path.of(NORTHWIND).getFileName());
            FileTime modified = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
            Files.setLastModifiedTime(contract, modified);
            CommandRun audit = CommandRun.of("audit", touchedInPlace.toString(), "--index", touchedIndex.toString());
            assertEquals(0, audit.exitCode(), audit.err());
            String text = Files.readString(contract);
            Files.writeString(contract, text.replaceFirst("Vendor", "VENDOR"));
            Files.setLastModifiedTime(contract, modified);
        }

        /** The built-in playbook with its first two rules only (ip-ownership, documentation): still valid. */
        private String twoRulePlaybook() throws IOException {
            String yaml = new String(CommandRun.class.getResourceAsStream(
                    "/org/clausecheck/analyze/playbook/default-playbook.yaml").readAllBytes(), "UTF-8");
            int third = yaml.indexOf("\n  - id: environment-access\n");
            assertTrue(third > 0, "the built-in playbook's third rule moved");
            return write("two-rules.yaml", yaml.substring(0, third + 1));
        }

        private String coverageCorpus() throws IOException {
            Path corpus = Files.createDirectories(temp.resolve("coverage-corpus"));
            String preamble = "This Hosting Agreement is made between Acme Corp. (\"Client\") and Beta Labs LLC"
                    + " (\"Supplier\").\n\n";
            Files.writeString(corpus.resolve("hosting-one.txt"), preamble + "Client shall have access to the servers.");
            Files.writeString(corpus.resolve("hosting-two.txt"), preamble + "Client may inspect the servers.");
            Files.writeString(corpus.resolve("service.txt"), preamble + "Client shall have access to the repositories.");
            return corpus.toString();
        }
    }

    private static final String ACCESS_PLAYBOOK = """
            version: "1"
            name: access only
            groups:
              systems: any(server*, repositor*)
            rules:
              - id: environment-access
                title: The customer has access
                category: core
                severity: required
                rationale: R
                recommendation: Ask for access.
                satisfied:
                  - id: customer-access
                    match: ordered(8, CUSTOMER, any(access, inspect*), @systems)
                contrary:
                  - id: vendor-only
                    match: ordered(10, access, "restricted to", VENDOR)
            """;
}
