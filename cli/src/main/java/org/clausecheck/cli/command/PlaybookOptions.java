package org.clausecheck.cli.command;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.PlaybookSelection;
import picocli.CommandLine.Option;

/** Which rules to apply and who the customer is; shared by the commands that analyse contracts. */
public final class PlaybookOptions {

    @Option(names = "--playbook", paramLabel = "FILE",
            description = "Playbook YAML to apply instead of the built-in one (see 'clausecheck playbook init').")
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

    /** The playbook, loaded and narrowed to {@code --only}; unknown rule ids are a usage error. */
    AnalysisOptions toAnalysisOptions() {
        Playbook loaded = playbook == null ? PlaybookLoader.loadDefault() : PlaybookLoader.load(playbook);
        Playbook selected = only == null ? loaded : PlaybookSelection.only(loaded, new LinkedHashSet<>(only));
        return new AnalysisOptions(selected, customer);
    }
}
