package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.explain.ExplanationWriter;
import org.clausecheck.analyze.explain.RuleExplainer;
import org.clausecheck.analyze.explain.RuleExplanation;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.playbook.ExampleCheck;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.PlaybookProblem;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RuleExample;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.coverage.CoverageProbe;
import org.clausecheck.eval.coverage.CoverageResult;
import org.clausecheck.eval.coverage.CoverageWriter;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck playbook}: inspect, copy and test the rules clausecheck applies. */
@Command(name = "playbook",
        mixinStandardHelpOptions = true,
        header = "Inspect, copy, customise and validate the playbook of rules.",
        description = "The playbook is data (YAML): each rule has an id, patterns for satisfying, weak and contrary"
                + " wording, the language to request, and examples that must get their expected status."
                + " Copy the built-in playbook with 'init', edit it, check it with 'validate', and use it with"
                + " 'clausecheck check --playbook FILE'. Reference: docs/playbook.md.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck playbook list",
                "  clausecheck playbook show ip-ownership",
                "  clausecheck playbook init my-rules",
                "  clausecheck playbook validate my-rules/playbook.yaml",
                "  clausecheck playbook explain draft.pdf --rule ip-ownership",
                "  clausecheck playbook coverage --corpus ../shared/corpus/cuad \\",
                "      --labels ../shared/corpus/labels/core-dev.csv",
        })
public final class PlaybookCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--playbook", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "For list, show, explain and coverage: a playbook file instead of the built-in one (validate takes"
                    + " its file as an argument and init copies the built-in one: there it is an error).")
    Path playbookFile;

    /** validate and init inherit --playbook from picocli's model; they have no use for it, so it is refused. */
    private void refusePlaybookOption(String subcommand) {
        if (playbookFile != null) {
            throw new OptionValueException(spec.commandLine(), "--playbook does not apply to 'playbook " + subcommand
                    + "'" + (subcommand.equals("validate") ? "; name the file to validate as its argument"
                    : "; it copies the built-in playbook"));
        }
    }

    /** The built-in playbook or --playbook's, as read; a file that does not load is exit code 2 and one line. */
    private Playbook playbook() {
        return PlaybookOptions.load(playbookFile, spec);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the rules: id, severity and title.",
            footerHeading = "%nExample:%n", footer = "  clausecheck playbook list")
    int list() {
        Playbook playbook = playbook();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %s (%d rules)%n%n", playbook.name(), playbook.version(), playbook.rules().size());
        for (Rule rule : playbook.rules()) {
            out.printf("%-22s %-12s %s%n", rule.id(), rule.severity().name().toLowerCase(), rule.title());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            header = "Show one rule in full: rationale, patterns, requested language and examples.",
            footerHeading = "%nExample:%n", footer = "  clausecheck playbook show knowledge-transfer")
    int show(@Parameters(paramLabel = "RULE_ID", description = "A rule id from 'clausecheck playbook list'.")
             String ruleId) {
        Playbook playbook = playbook();
        Rule rule = playbook.rule(ruleId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown rule id '" + ruleId + "'; valid ids: "
                        + String.join(", ", playbook.rules().stream().map(Rule::id).toList())));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s%n", rule.id(), rule.title());
        out.printf("severity: %s, category: %s%n%n", rule.severity().name().toLowerCase(), rule.category());
        out.printf("Why: %s%n%n", rule.rationale());
        printPatterns(out, "Satisfied by", rule.satisfied());
        printPatterns(out, "Weak when", rule.weak());
        printPatterns(out, "Contrary when", rule.contrary());
        printPatterns(out, "Weakened by", rule.weakening());
        out.printf("Ask for: %s%n%nExamples:%n", rule.recommendation());
        for (RuleExample example : rule.examples()) {
            String markers = (example.decidedBy().isEmpty() ? "" : " [decided by " + String.join(", ", example.decidedBy())
                    + "]") + (example.rejected().isEmpty() ? "" : " [rejects " + String.join(", ", example.rejected()) + "]");
            out.printf("  %-8s %s%s%n", example.expect(), example.text().strip().replace('\n', ' '), markers);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            header = "Why one rule gets its status in one contract, sentence by sentence.",
            description = "Shows, for every sentence in which a pattern of the rule matched (with section, page and"
                    + " heading), what became of each match: evidence (satisfying, weak, contrary; weakened, or read"
                    + " as the opposite when negated, or only WEAK because the sentence represents or merely names),"
                    + " or ignored: cancelled by negation, by the pattern's exception (unless), out of scope (a"
                    + " definition, recital or table of contents), a clause title, inside an opening condition,"
                    + " only in an option not ticked, or matching only with customer and vendor swapped (said of the"
                    + " other party). Then the verdict with the decisive pattern and sentence, which are those 'check'"
                    + " leads its evidence with. One rule at a time: --rule is required. Reference: docs/playbook.md.",
            footerHeading = "%nExamples:%n",
            footer = {
                    "  clausecheck playbook explain samples/vendor-keeps-ip-saas-terms.pdf \\",
                    "      --rule ip-ownership",
                    "  clausecheck playbook explain draft.docx --rule exit-assistance --format json",
                    "  clausecheck playbook explain draft.pdf --rule documentation \\",
                    "      --playbook my-rules/playbook.yaml",
            })
    int explain(@Parameters(paramLabel = "FILE", description = "The contract (PDF, DOCX, DOC, TXT, Markdown).") Path file,
                @Option(names = "--rule", required = true, paramLabel = "RULE_ID",
                        description = "The rule to explain (an id from 'clausecheck playbook list').") String ruleId,
                @Option(names = "--customer", paramLabel = "NAME",
                        description = "The customer, as for 'check --customer': a name, short name or role word that"
                                + " occurs in the contract.") String customer,
                @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                        description = "text or json (default: ${DEFAULT-VALUE}).") String format,
                @Mixin InputOptions input) throws IOException {
        ExplanationWriter.Format chosen;
        try {
            chosen = ExplanationWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new OptionValueException(spec.commandLine(), e.getMessage());
        }
        Playbook playbook = playbook();
        if (playbook.rule(ruleId).isEmpty()) {
            throw new OptionValueException(spec.commandLine(), "--rule: unknown rule id '" + ruleId + "'; valid ids: "
                    + String.join(", ", playbook.rules().stream().map(Rule::id).toList()));
        }
        List<String> problems = playbookFile == null ? List.of() : PlaybookValidator.problemsBeforeAnalysis(playbook);
        if (!problems.isEmpty()) {
            throw new OptionValueException(spec.commandLine(), "--playbook " + playbookFile + ": invalid playbook: "
                    + problems.get(0) + "; 'clausecheck playbook validate " + playbookFile + "' lists every problem");
        }
        if (customer != null && customer.isBlank()) {
            throw new OptionValueException(spec.commandLine(), "--customer is empty; give a name, short name or role"
                    + " word of the customer as the contract writes it");
        }
        PrintWriter err = spec.commandLine().getErr();
        ExtractedDocument document;
        try {
            document = new Extractor().extract(file, input.toExtractionOptions());
        } catch (ExtractionException unreadable) {
            err.println(ProcessingError.of(unreadable));
            err.flush();
            return ExitCode.ERROR.code();
        }
        RuleExplanation explanation;
        try {
            explanation = RuleExplainer.explain(document, playbook, ruleId, customer);
        } catch (CustomerNotFoundException notFound) {
            err.println("clausecheck: " + file + ": " + notFound.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        ExplanationWriter.write(explanation, chosen, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            header = "Check a playbook file: its shape, its patterns, and that every example gets its expected status.",
            description = "Every MET, WEAK or CONTRARY example must name in decided-by the pattern that must decide"
                    + " it, and that pattern must be among the evidence that gives the status; a MISSING example of"
                    + " kind negated, scope or direction may name in rejected a pattern that matches it but must be"
                    + " rejected; every pattern must be decided by at least one example. Each problem is printed as"
                    + " FILE:LINE: problem. Exit code 1 when there is any.",
            footerHeading = "%nExample:%n", footer = "  clausecheck playbook validate my-rules/playbook.yaml")
    int validate(@Parameters(paramLabel = "FILE", description = "The playbook YAML file.") Path file)
            throws IOException {
        refusePlaybookOption("validate");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return ExitCode.ERROR.code();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<PlaybookProblem> problems = new ArrayList<>();
        Playbook playbook = null;
        try {
            playbook = PlaybookLoader.load(file);
        } catch (PlaybookException e) {
            problems.add(PlaybookProblem.locate(file.toString(), lines, withoutFilePrefix(e.getMessage(), file)));
        }
        if (playbook != null) {
            for (String problem : PlaybookValidator.problems(playbook)) {
                problems.add(PlaybookProblem.locate(file.toString(), lines, problem));
            }
            if (problems.isEmpty()) {
                for (ExampleCheck.Failure failure : ExampleCheck.failures(playbook)) {
                    problems.add(PlaybookProblem.locate(file.toString(), lines, failure.toString()));
                }
            }
        }
        problems.forEach(err::println);
        err.flush();
        if (!problems.isEmpty()) {
            return ExitCode.ERROR.code();
        }
        int examples = playbook.rules().stream().mapToInt(rule -> rule.examples().size()).sum();
        out.printf("%s: valid, %d rules, all %d examples pass%n", file, playbook.rules().size(), examples);
        out.flush();
        return ExitCode.OK.code();
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            header = "Copy the built-in playbook into a folder to customise it.",
            description = "Writes DIR/playbook.yaml. Edit it, run 'clausecheck playbook validate', then pass it"
                    + " to 'clausecheck check --playbook'. Every example names in decided-by the pattern that must"
                    + " decide it, and validate fails on a pattern no example decides: add an example with each new"
                    + " pattern. An existing file is kept unless --force is given.",
            footerHeading = "%nExample:%n", footer = "  clausecheck playbook init legal/clausecheck")
    int init(@Parameters(paramLabel = "DIR", description = "Folder to write playbook.yaml into.") Path folder,
             @Option(names = "--force", description = "Overwrite an existing playbook.yaml.") boolean force)
            throws IOException {
        refusePlaybookOption("init");
        Path target = folder.resolve("playbook.yaml");
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println(target + ": already exists; pass --force to overwrite it");
            return ExitCode.ERROR.code();
        }
        Files.createDirectories(folder);
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(PlaybookLoader.DEFAULT_RESOURCE)) {
            Files.write(target, in.readAllBytes());
        }
        spec.commandLine().getOut().printf("wrote %s; edit it (each example names in decided-by the pattern that must"
                + " decide it; a new pattern needs an example that names it), then: clausecheck playbook validate %s%n",
                target, target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            header = "Which patterns, groups and words of the playbook the verdicts on a corpus rest on.",
            description = "Leaves out, one at a time, every pattern of every rule (satisfied, weak, contrary,"
                    + " weakening, the shared weakening patterns), every named group and every alternative of every"
                    + " any(...) list, and judges the corpus again: a unit FIRES in a contract when without it the"
                    + " evidence there changes, and DECIDES it when without it a rule's status changes. Flags what"
                    + " fires in one contract only (copies of one agreement count once) or only in a few contracts of"
                    + " one kind of agreement (agreement_type of the labels file, else of the corpus's labels.csv):"
                    + " memories of a contract, not rules; and what never fires. The corpus folder holds ID.pdf or"
                    + " ID.txt as for 'eval' (the PDF is read when both exist)."
                    + " Reference: docs/playbook.md.",
            footerHeading = "%nExamples:%n",
            footer = {
                    "  clausecheck playbook coverage --corpus ../shared/corpus/cuad \\",
                    "      --labels ../shared/corpus/labels/core-dev.csv",
                    "  clausecheck playbook coverage --corpus ../shared/corpus/cuad --split write \\",
                    "      --format csv -o coverage.csv",
                    "  clausecheck playbook coverage --corpus contracts/ \\",
                    "      --playbook my-rules/playbook.yaml --format json",
            })
    int coverage(@Option(names = "--corpus", required = true, paramLabel = "DIR",
                         description = "Folder of the contracts: ID.pdf or ID.txt, directly or in pdf/ and txt/.") Path corpus,
                 @Option(names = "--labels", paramLabel = "CSV",
                         description = "Probe only the contracts this CSV names (column id); its labels show which"
                                 + " decided verdicts were right. Default: every contract of the folder.") Path labels,
                 @Option(names = "--split", paramLabel = "HALF", defaultValue = "all", converter = SplitConverter.class,
                         description = "Which half of the fixed split to probe: write, check or all"
                                 + " (default: ${DEFAULT-VALUE}).") CorpusSplit split,
                 @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                         description = "text, csv or json (default: ${DEFAULT-VALUE}).") String format,
                 @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE.")
                 Path output) throws IOException {
        CoverageWriter.Format chosen;
        try {
            chosen = CoverageWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " is not one of text, csv, json");
        }
        for (Path required : labels == null ? new Path[] {corpus} : new Path[] {corpus, labels}) {
            if (!Files.exists(required)) {
                spec.commandLine().getErr().println(required + ": no such file or folder");
                spec.commandLine().getErr().flush();
                return ExitCode.ERROR.code();
            }
        }
        CoverageResult result = new CoverageProbe(playbook()).run(corpus, labels, split, CorpusSource.fromSystemProperty());
        if (output == null) {
            CoverageWriter.write(result, chosen, spec.commandLine().getOut());
        } else {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                CoverageWriter.write(result, chosen, writer);
            }
        }
        return ExitCode.OK.code();
    }

    private static void printPatterns(PrintWriter out, String label, List<RulePattern> patterns) {
        if (patterns.isEmpty()) {
            return;
        }
        out.printf("%s:%n", label);
        for (RulePattern pattern : patterns) {
            out.printf("  %-28s %s%n", pattern.id(), pattern.match().strip().replaceAll("\\s+", " "));
            if (!pattern.description().isEmpty()) {
                out.printf("  %-28s %s%n", "", "(" + pattern.description() + ")");
            }
        }
        out.println();
    }

    private static String withoutFilePrefix(String message, Path file) {
        String prefix = file + ": ";
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.startsWith(prefix) ? firstLine.substring(prefix.length()) : firstLine;
    }
}
