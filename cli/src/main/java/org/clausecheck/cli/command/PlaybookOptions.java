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
            description = "The customer's name or defined term, when clausecheck cannot tell the parties apart"
                    + " or tells them apart wrongly, e.g. --customer \"Acme Corp.\".")
    String customer;

    /** The playbook, loaded and narrowed to {@code --only}; unknown rule ids are a usage error. */
    AnalysisOptions toAnalysisOptions() {
        Playbook loaded = playbook == null ? PlaybookLoader.loadDefault() : PlaybookLoader.load(playbook);
        Playbook selected = only == null ? loaded : PlaybookSelection.only(loaded, new LinkedHashSet<>(only));
        return new AnalysisOptions(selected, customer);
    }
}
