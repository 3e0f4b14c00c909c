package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell completion script and the man pages the cli module's package phase writes (ShellDocs), generated here
 * into a folder of the test and used as a user would: bash completes a command and its options, man pages name
 * every command.
 */
class ShellDocsTest {

    @TempDir
    Path folder;

    @Test
    void bashCompletesCommandsAndTheirOptions() throws Exception {
        Path completion = folder.resolve("completion/clausecheck_completion");
        ShellDocs.main(new String[] {completion.toString(), folder.resolve("man").toString()});
        assertTrue(Files.readString(completion).contains("complete -F _complete_clausecheck"), "a bash script");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash to try it in");
        assertEquals("audit", complete(completion, "clausecheck au", 1));
        String auditOptions = complete(completion, "clausecheck audit --", 2);
        for (String option : List.of("--quiet", "--color", "--excel", "--format")) {
            assertTrue(auditOptions.contains(option), option + " in: " + auditOptions);
        }
    }

    @Test
    void everyCommandHasAManPageThatManCanRead() throws Exception {
        Path man = folder.resolve("man");
        ShellDocs.main(new String[] {folder.resolve("completion").toString(), man.toString()});
        for (String page : List.of("clausecheck", "clausecheck-check", "clausecheck-audit", "clausecheck-search",
                "clausecheck-extract", "clausecheck-playbook", "clausecheck-playbook-init", "clausecheck-eval",
                "clausecheck-bench")) {
            String troff = Files.readString(man.resolve(page + ".1"));
            assertTrue(troff.startsWith(".TH " + page.toUpperCase(java.util.Locale.ROOT) + " 1 "), page);
            assertTrue(Files.exists(man.resolve("adoc").resolve(page + ".adoc")), page + ".adoc from ManPageGenerator");
        }
        assertTrue(Files.readString(man.resolve("clausecheck-audit.1")).contains("--quiet"));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "no man to read it with");
        Process process = new ProcessBuilder("/usr/bin/man", "-l", man.resolve("clausecheck-audit.1").toString())
                .redirectErrorStream(true).start();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertTrue(shown.contains("Usage: clausecheck audit"), shown);
    }

    /** What bash offers after {@code line} with the cursor on word {@code word}. */
    private static String complete(Path script, String line, int word) throws IOException, InterruptedException {
        // compopt works only inside a completion bash starts itself; here it is a no-op, as the options it sets are.
        String program = "compopt() { :; }; source '" + script + "'; COMP_LINE='" + line + "'; COMP_WORDS=(" + line + ");"
                + " [[ '" + line + "' == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=" + word + "; COMP_POINT=${#COMP_LINE};"
                + " _complete_clausecheck; echo \"${COMPREPLY[*]}\"";
        Process process = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        return out;
    }
}
