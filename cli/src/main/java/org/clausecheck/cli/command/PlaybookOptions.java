package org.clausecheck.cli.command;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.PlaybookSelection;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Which rules to apply and who the customer is; shared by the commands that analyse contracts. */
public final class PlaybookOptions {

    @Option(names = "--playbook", paramLabel = "FILE",
            description = "Playbook YAML to apply instead of the built-in one (see 'clausecheck playbook init'). It is"
                    + " read and validated before any contract: a playbook that does not load or validate exits with"
                    + " 2 and one line.")
    Path playbook;

    @Option(names = "--only", paramLabel = "RULE_ID", split = ",",
            description = "Check only these rules (ids as in 'clausecheck playbook list'), e.g. --only ip-ownership,documentation.")
    List<String> only;

    @Option(names = "--customer", paramLabel = "NAME",
            description = "The customer: a name, short name or role word that occurs in the contract (whole words,"
                    + " any case), e.g. --customer \"Acme Corp.\", --customer Acme, --customer Licensee. It is bound"
                    + " as the customer, with the terms a definition links to it, and the other main party as the"
                    + " vendor, also when it is not among the parties the preamble names. A file that does not"
                    + " contain it fails with exit code 2 and a line naming the parties it does name; the other"
                    + " files are still reviewed.")
    String customer;

    /** Whether any of these options was given: only then is there anything to check before the files are found. */
    boolean given() {
        return playbook != null || only != null || customer != null;
    }

    /**
     * The playbook, loaded, narrowed to {@code --only} and validated as an analysis will run it, and the customer:
     * every problem is an {@link OptionValueException} (exit code 2), raised before any contract is read.
     */
    AnalysisOptions toAnalysisOptions(CommandSpec spec) {
        if (customer != null && customer.isBlank()) {
            throw new OptionValueException(spec.commandLine(), "--customer is empty; give a name, short name or role"
                    + " word of the customer as the contract writes it");
        }
        Playbook loaded = load(spec);
        Playbook selected;
        try {
            selected = only == null ? loaded : PlaybookSelection.only(loaded, new LinkedHashSet<>(only));
        } catch (PlaybookException unknownRule) {
            throw new OptionValueException(spec.commandLine(), "--only: " + unknownRule.getMessage());
        }
        // The built-in playbook is validated by its own tests; a user's is checked here, before any contract.
        List<String> problems = playbook == null ? List.of() : PlaybookValidator.problemsBeforeAnalysis(selected);
        if (!problems.isEmpty()) {
            throw new OptionValueException(spec.commandLine(), "--playbook " + playbook + ": invalid playbook: "
                    + problems.get(0) + (problems.size() == 1 ? "" : " (and " + (problems.size() - 1)
                    + " more problems)") + "; 'clausecheck playbook validate " + playbook + "' lists each with its line");
        }
        return new AnalysisOptions(selected, customer);
    }

    /** The playbook named by {@code --playbook} (or the built-in one), as read; a file that does not load is exit 2. */
    static Playbook load(Path file, CommandSpec spec) {
        if (file == null) {
            return PlaybookLoader.loadDefault();
        }
        try {
            return PlaybookLoader.load(file);
        } catch (PlaybookException unreadable) {
            String message = unreadable.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
            throw new OptionValueException(spec.commandLine(), "--playbook " + message);
        }
    }

    private Playbook load(CommandSpec spec) {
        return load(playbook, spec);
    }
}
