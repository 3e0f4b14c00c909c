package org.clausecheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the bash/zsh completion script and the man pages from the same command tree the launcher runs: picocli's
 * {@link AutoComplete} script; picocli-codegen's {@link ManPageGenerator} AsciiDoc pages ({@code man/adoc}, for
 * asciidoctor); and one troff page per command ({@code man/clausecheck-audit.1}) that {@code man} reads as it is,
 * holding picocli's usage help, since turning the AsciiDoc into troff needs asciidoctor, a JRuby download that
 * would slow every build. Run by the cli module's package phase (exec-maven-plugin, see cli/pom.xml); it lives with the
 * tests so that picocli-codegen stays out of the shipped jar. The subcommands are added in code, not in the root's
 * annotation (startup: ClauseCheck builds only the command it runs), so picocli's own generator mains, which
 * instantiate the annotated class, would see no subcommands.
 */
public final class ShellDocs {

    private ShellDocs() {
    }

    /** {@code ShellDocs COMPLETION_FILE MAN_DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ShellDocs COMPLETION_FILE MAN_DIR");
        }
        Path completion = Path.of(args[0]);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("clausecheck", ClauseCheck.fullCommandLine()),
                StandardCharsets.UTF_8);
        Path man = Path.of(args[1]);
        Path adoc = Files.createDirectories(man.resolve("adoc"));
        CommandLine commandLine = ClauseCheck.fullCommandLine();
        int status = ManPageGenerator.generateManPage(adoc.toFile(), (File) null, new boolean[0], true,
                commandLine.getCommandSpec());
        if (status != 0) {
            throw new IOException("the man page generator failed with status " + status);
        }
        writeTroff(commandLine, man);
    }

    /** One page per command and subcommand, named as git names its pages: clausecheck-playbook-init.1. */
    private static void writeTroff(CommandLine command, Path folder) throws IOException {
        String name = command.getCommandSpec().qualifiedName("-");
        Files.writeString(folder.resolve(name + ".1"), troff(command, name), StandardCharsets.UTF_8);
        for (CommandLine sub : new java.util.TreeMap<>(command.getSubcommands()).values()) {
            if (!sub.getCommandSpec().name().equals("help")) {
                writeTroff(sub, folder);
            }
        }
    }

    static String troff(CommandLine command, String name) {
        String[] header = command.getCommandSpec().usageMessage().header();
        String[] description = command.getCommandSpec().usageMessage().description();
        String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
        StringBuilder page = new StringBuilder();
        page.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"clausecheck\"")
                .append(" \"clausecheck Manual\"\n");
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(summary)).append('\n');
        // The usage help is laid out for 80 columns: shown flush left, not at the manual's indent.
        page.append(".SH DESCRIPTION\n.nf\n.in 0\n");
        for (String line : command.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n", -1)) {
            page.append(escape(line)).append('\n');
        }
        page.append(".fi\n");
        return page.toString();
    }

    /** A backslash is troff's escape; a line starting with a dot or quote would be a request. */
    private static String escape(String line) {
        String text = line.replace("\\", "\\e");
        return text.startsWith(".") || text.startsWith("'") ? "\\&" + text : text;
    }
}
