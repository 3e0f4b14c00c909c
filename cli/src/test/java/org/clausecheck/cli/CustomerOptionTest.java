package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --customer}: any name the contract uses is taken, one it does not use fails that file with exit code 2. */
class CustomerOptionTest {

    @TempDir
    static Path folder;
    static Path acme;
    static Path orchard;

    @BeforeAll
    static void writeContracts() throws IOException {
        acme = Files.writeString(folder.resolve("acme.txt"), "This Development Agreement is made between Acme Corp.,"
                + " a Delaware corporation (\"Client\"), and Beta Labs LLC (\"Supplier\"). Supplier shall perform the"
                + " Services and Client shall pay the fees. Acme's subsidiary Delta Freight Ltd shall receive the"
                + " deliverables.\n\n1. Ownership. Supplier shall retain all right, title and interest in and to the"
                + " deliverables and all intellectual property rights therein.\n");
        orchard = Files.writeString(folder.resolve("orchard.txt"), "This Services Agreement is made between Orchard"
                + " Labs, Inc. (\"Customer\") and Kite Analytics GmbH (\"Provider\"). Provider shall perform the"
                + " Services. Customer shall pay the fees. Foo Holdings is the parent of Orchard Labs, Inc.\n\n"
                + "1. Ownership. Provider hereby assigns to Customer all right, title and interest in the"
                + " deliverables.\n");
    }

    private static final String ACME_NOT_FOO = "clausecheck: " + "%s: --customer \"Foo\" does not occur in the"
            + " contract; parties found: Acme Corp. (\"Client\"), Beta Labs LLC (\"Supplier\")";

    @Test
    void aNameOneFileLacksFailsThatFileOnlyWithExitCodeTwo() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--customer", "Foo", acme.toString(),
                orchard.toString());

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertEquals(List.of(String.format(ACME_NOT_FOO, acme)), run.err().lines().toList());
        // The other file is still reviewed, from the side of the customer named.
        assertTrue(run.out().contains("orchard.txt"), run.out());
        assertTrue(run.out().contains("\"reason\" : \"customer given by the user as \\\"Foo\\\", found in the text"),
                run.out());
        // The failed file is in the report's errors, with its reason, and has no findings.
        assertEquals(1, run.out().split("\"sha256\"", -1).length - 1, run.out());
        assertTrue(run.out().contains("\"reason\" : \"--customer \\\"Foo\\\" does not occur in the contract;"), run.out());
    }

    @Test
    void aNameTheBodyUsesOutsideThePreambleIsBound() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--only", "ip-ownership", "--customer",
                "delta freight", acme.toString());

        assertEquals("", run.err());
        assertTrue(run.out().contains("\"name\" : \"Delta Freight\",\n      \"term\" : null,\n"
                + "      \"role\" : \"CUSTOMER\""), run.out());
        assertTrue(run.out().contains("\"name\" : \"Beta Labs LLC\",\n      \"term\" : \"Supplier\",\n"
                + "      \"role\" : \"VENDOR\""), run.out());
    }

    @Test
    void aRoleWordInAnyCase() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--only", "ip-ownership", "--customer", "supplier",
                acme.toString());

        assertTrue(run.out().contains("\"name\" : \"Beta Labs LLC\",\n      \"term\" : \"Supplier\",\n"
                + "      \"role\" : \"CUSTOMER\""), run.out());
        assertTrue(run.out().contains("\"confidence\" : 1.0"), run.out());
    }

    @Test
    void theTextReportSaysWhoIsTheCustomerAndWhy() {
        CommandRun run = CommandRun.of("check", "--customer", "Acme", "--fail-on", "never", acme.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Acme Corp. (\"Client\"): customer"), run.out());
        // The roles line says it in words: who is the vendor, who the customer, and that the user said so.
        assertTrue(run.out().contains("Beta Labs LLC is the vendor. Acme Corp. is the customer. Customer given by"
                + " the user as \"Acme\" (confidence 1.00)."), run.out());
    }

    @Test
    void auditFailsTheFileAndTheRunWithExitCodeTwo() {
        CommandRun run = CommandRun.of("audit", acme.toString(), orchard.toString(), "--customer", "Foo", "--index",
                folder.resolve("index").toString(), "--no-progress", "--format", "csv");

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(String.format(ACME_NOT_FOO, acme)::equals), run.err());
        assertTrue(run.err().contains("1 contracts audited, 1 failed"), run.err());
        assertTrue(run.out().contains("does not occur in the contract"), run.out());
    }

    @Test
    void evalFailsTheContractWithExitCodeTwo(@TempDir Path corpus) throws IOException {
        Files.copy(acme, corpus.resolve("acme.txt"));
        Files.copy(orchard, corpus.resolve("orchard.txt"));
        Path labels = Files.writeString(corpus.resolve("labels.csv"),
                "id,roles_clear,customer,vendor,ip_ownership,ip_sections,documentation,doc_sections,"
                        + "environment_access,env_sections,knowledge_transfer,kt_sections,confidence,notes\n"
                        + "acme,yes,Client (Acme Corp.),Supplier (Beta Labs LLC),VENDOR,1,ABSENT,,ABSENT,,ABSENT,,high,\n"
                        + "orchard,yes,Customer (Orchard Labs Inc.),Provider (Kite Analytics GmbH),CUSTOMER,1,ABSENT,,"
                        + "ABSENT,,ABSENT,,high,\n");

        CommandRun run = CommandRun.of("eval", "--labels", labels.toString(), "--corpus", corpus.toString(),
                "--customer", "Foo");

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertEquals(List.of("clausecheck: acme: --customer \"Foo\" does not occur in the contract; parties found:"
                + " Acme Corp. (\"Client\"), Beta Labs LLC (\"Supplier\")"), run.err().lines().toList());
        assertTrue(run.out().contains("1 contracts"), run.out());
    }

    @Test
    void evalPrintsThePartyLinePerHalf(@TempDir Path corpus) throws IOException {
        Files.copy(orchard, corpus.resolve("orchard.txt"));
        Path labels = Files.writeString(corpus.resolve("labels.csv"),
                "id,roles_clear,customer,vendor,ip_ownership,ip_sections,documentation,doc_sections,"
                        + "environment_access,env_sections,knowledge_transfer,kt_sections,confidence,notes\n"
                        + "orchard,yes,Customer (Orchard Labs Inc.),Provider (Kite Analytics GmbH),CUSTOMER,1,ABSENT,,"
                        + "ABSENT,,ABSENT,,high,\n");

        CommandRun run = CommandRun.of("eval", "--labels", labels.toString(), "--corpus", corpus.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*parties +write half: customer right [01]/[01], swapped 0, wrong 0,"
                + " undecided 0; 0 wrong at >= 0.9\n +check half: customer right [01]/[01].*"), run.out());
        assertTrue(run.out().contains("== parties: customer right 1/1, swapped 0, wrong 0, undecided 0"), run.out());
    }

    @Test
    void theHelpSaysWhatTheOptionDoes() {
        CommandRun run = CommandRun.of("check", "--help");
        assertTrue(run.out().contains("occurs in the contract"), run.out());
        assertTrue(run.out().contains("exit code 2"), run.out());
    }
}
