package org.clausecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.cli.command.AuditCommand;
import org.clausecheck.cli.config.ConfigDefaults;
import org.clausecheck.cli.config.ConfigException;
import org.clausecheck.cli.config.ProjectConfig;
import org.clausecheck.cli.command.BenchCommand;
import org.clausecheck.cli.command.CheckCommand;
import org.clausecheck.cli.command.CompareCommand;
import org.clausecheck.cli.command.EvalCommand;
import org.clausecheck.cli.command.ExtractCommand;
import org.clausecheck.cli.command.PlaybookCommand;
import org.clausecheck.cli.command.SearchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code clausecheck} root command. It holds no logic: it lists the subcommands and exit codes. */
@Command(name = "clausecheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Reviews outsourcing contracts for software and AI development, offline.",
                "Contracts never leave this machine.",
        },
        footerHeading = "%nExample:%n",
        footer = {
                "  clausecheck check samples/vendor-keeps-ip-saas-terms.pdf",
                "",
                "Arguments can also come from a file: 'clausecheck check @review.args' reads",
                "those in review.args, separated by spaces or line breaks (quote an argument",
                "that holds spaces; a line starting with # is a comment). Shell completion and",
                "man pages are built into cli/target/completion and cli/target/man (README).",
                "",
                "Defaults for a project: a .clausecheck.yaml in the current folder or a parent",
                "(playbook, customer, only, fail-on, format, index, ...; per command under",
                "check:, audit:, ...). The command line wins; --no-config ignores the file.",
        })
public final class ClauseCheck implements Runnable {

    /** The subcommands, in the order of the help. */
    private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, CompareCommand.class,
            AuditCommand.class, SearchCommand.class, ExtractCommand.class, PlaybookCommand.class, EvalCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class);
    /** Columns of the help; every example in a footer is shorter, so that none wraps inside a path. */
    public static final int USAGE_WIDTH = 80;

    /** The commands that analyse contracts, usually with the default playbook. */
    private static final Set<Class<?>> READS_CONTRACTS = Set.of(CheckCommand.class, AuditCommand.class,
            EvalCommand.class, BenchCommand.class);

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show library warnings and the stack trace of errors.")
    boolean verbose;

    /** Read by the commands through {@code Verbosity.quiet(spec)}: an inherited option sets this field. */
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress or information on standard error, only errors.")
    boolean quiet;

    /** Read before picocli parses ({@link #projectConfig}); declared so that help and completion show them. */
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Take option defaults from FILE instead of the nearest .clausecheck.yaml.")
    String config;

    @Option(names = "--no-config", scope = ScopeType.INHERIT,
            description = "Ignore .clausecheck.yaml: only the command line and the built-in defaults.")
    boolean noConfig;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether standard output is a person's terminal, the only place colours and live progress belong. */
    private boolean terminal;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line in-process; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.console() != null);
    }

    /** Runs a command line in-process as if at a terminal or not; tests see the colours a person sees. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        return run(args, out, err, terminal, CommandLine.defaultFactory());
    }

    /** As above, with the commands made by {@code factory}: tests give the audit a contract source of their own. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal, CommandLine.IFactory factory) {
        List<Class<?>> commands = commandsFor(args);
        if (commands.size() == 1 && READS_CONTRACTS.contains(commands.get(0))) {
            PlaybookLoader.preloadDefault(); // read while picocli reads the command line
        }
        CommandLine commandLine = commandLine(commands, terminal, factory);
        commandLine.setOut(out).setErr(err);
        try {
            projectConfig(args, Path.of("")).ifPresent(c -> commandLine.setDefaultValueProvider(new ConfigDefaults(c)));
        } catch (ConfigException e) {
            err.println("clausecheck: " + e.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        quietLibraryLogging(args);
        return commandLine.execute(args);
    }

    /**
     * The project configuration: --config FILE, else the nearest .clausecheck.yaml from {@code folder} up, none with
     * --no-config. Read from the arguments before picocli parses them, since it gives the defaults of that parse.
     */
    static Optional<ProjectConfig> projectConfig(String[] args, Path folder) throws ConfigException {
        List<String> given = Arrays.asList(args);
        int end = given.indexOf("--");
        List<String> options = end < 0 ? given : given.subList(0, end);
        if (options.contains("--no-config")) {
            return Optional.empty();
        }
        for (int i = 0; i < options.size(); i++) {
            String arg = options.get(i);
            String file = arg.startsWith("--config=") ? arg.substring("--config=".length())
                    : arg.equals("--config") && i + 1 < options.size() ? options.get(i + 1) : null;
            if (file != null) {
                Path path = Path.of(file);
                if (!Files.isRegularFile(path)) {
                    throw new ConfigException(file + ": --config names no such file");
                }
                return Optional.of(ProjectConfig.read(path));
            }
        }
        Optional<Path> found = ProjectConfig.find(folder);
        return found.isEmpty() ? Optional.empty() : Optional.of(ProjectConfig.read(found.get()));
    }

    /** Every command, as the man pages and the shell completion script describe them (built by the cli module). */
    public static CommandLine fullCommandLine() {
        return commandLine(COMMANDS, false, CommandLine.defaultFactory());
    }

    private static CommandLine commandLine(List<Class<?>> commands, boolean terminal, CommandLine.IFactory factory) {
        ClauseCheck root = new ClauseCheck();
        root.terminal = terminal;
        CommandLine commandLine = new CommandLine(root, factory);
        for (Class<?> command : commands) {
            commandLine.addSubcommand(command); // before the settings below, which reach only the commands present
        }
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.ERROR.code())
                .setExecutionExceptionHandler(new OneLineErrorHandler(() -> root.verbose))
                .setParameterExceptionHandler(new UsageErrorHandler())
                // The examples are written to fit 80 columns; a fixed width keeps them whole on any terminal.
                .setUsageHelpWidth(USAGE_WIDTH);
        withVersion(commandLine, new VersionProvider());
        commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodeHelp());
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
        return commandLine;
    }

    /**
     * Only the command named first on the line, when there is one: picocli reads every option of every
     * command it is given, which cost 40 ms of each start, a tenth of a re-audit. Anything else
     * ({@code help}, an option first, a misspelt command) gets all of them, so that the usage and the
     * suggestions are whole.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** Whether the command's output goes to a person's terminal (never when it runs outside {@link #run}). */
    public static boolean writesToTerminal(CommandLine.Model.CommandSpec command) {
        return command.root().userObject() instanceof ClauseCheck root && root.terminal;
    }

    /** {@code -V} on any command prints the version: picocli gives a subcommand no version of its parent's. */
    private static void withVersion(CommandLine command, VersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(subcommand -> withVersion(subcommand, version));
    }

    private static Map<String, String> exitCodeHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            help.put(String.valueOf(code.code()), code.description());
        }
        return help;
    }

    /**
     * PDFBox and POI report recoverable font and structure problems through java.util.logging and the
     * Log4j API (silenced by default in log4j2.simplelog.properties); users see them only with --verbose.
     */
    private static void quietLibraryLogging(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Logger.getLogger("org.apache").setLevel(verbose ? Level.WARNING : Level.OFF);
        if (verbose) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "WARN");
        }
    }
}
