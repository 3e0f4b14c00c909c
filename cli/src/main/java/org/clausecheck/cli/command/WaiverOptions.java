package org.clausecheck.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.waiver.Waiver;
import org.clausecheck.analyze.waiver.WaiverException;
import org.clausecheck.analyze.waiver.Waivers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Accepted gaps: the waiver file shared by the commands that judge a run by its gaps (check, audit). */
public final class WaiverOptions {

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accepted gaps (YAML: a list under 'waivers:' of rule, file glob or sha256, reason,"
                    + " approved-by, until). A finding a waiver covers keeps its status, is shown as waived with who"
                    + " accepted it and why, and does not count for --fail-on until the day after 'until'; then it"
                    + " is shown as 'waiver expired' and counts again. A file that cannot be used, or names a rule"
                    + " the playbook does not have, exits with 2 before any contract is read.")
    Path file;

    /**
     * The waivers for a run on {@code today}, checked against the playbook's rules (all of them, not only those of
     * {@code --only}): a file that does not load or names an unknown rule is an {@link OptionValueException}.
     */
    Waivers load(CommandSpec spec, Path playbook, LocalDate today) {
        if (file == null) {
            return Waivers.none();
        }
        Waivers waivers;
        try {
            waivers = Waivers.read(file, today);
        } catch (WaiverException unusable) {
            throw new OptionValueException(spec.commandLine(), "--waivers " + unusable.getMessage());
        }
        List<String> known = PlaybookOptions.load(playbook, spec).rules().stream().map(Rule::id).toList();
        List<String> unknown = waivers.unknownRuleIds(known);
        if (!unknown.isEmpty()) {
            throw new OptionValueException(spec.commandLine(), "--waivers " + file + ": unknown rule id "
                    + String.join(", ", unknown) + "; valid ids: " + String.join(", ", known.stream().sorted().toList()));
        }
        return waivers;
    }

    /** One line per expired waiver, so that an acceptance that ran out is never silent. */
    static void reportExpired(Waivers waivers, PrintWriter err) {
        for (Waiver waiver : waivers.expired()) {
            err.println("clausecheck: " + waivers.file() + ": the waiver of " + waiver.ruleId() + " for "
                    + (waiver.fileGlob().isEmpty() ? "sha256 " + waiver.sha256() : waiver.fileGlob())
                    + " expired on " + waiver.until() + "; its findings count again");
        }
        err.flush();
    }
}
