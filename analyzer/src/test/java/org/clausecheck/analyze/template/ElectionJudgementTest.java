package org.clausecheck.analyze.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.junit.jupiter.api.Test;

/** The default playbook on small forms: what an open election, a choice made, a note and an empty heading give. */
class ElectionJudgementTest {

    private static final String PREAMBLE = "This Services Agreement is made between Acme Corp. (\"Client\") and "
            + "Beta Labs LLC (\"Supplier\"). Supplier shall perform the Services and Client shall pay the fees.\n\n";
    private static final ContractAnalyzer ANALYZER = new ContractAnalyzer();

    private static Finding finding(String rule, String body) {
        return ANALYZER.analyze(TestDocuments.of(PREAMBLE + body), AnalysisOptions.defaults()).finding(rule)
                .orElseThrow();
    }

    @Test
    void anUntickedCertificationIsAnElectionNotMadeAndATickedOneIsAgreed() {
        Finding open = finding("security-controls", "Certifications:\n\n[ ] ISO 27001\n\n[ ] SOC 2 Type II\n");
        assertEquals(Status.WEAK, open.status(), open.reasons().toString());
        assertTrue(open.reasons().stream().anyMatch(r -> r.contains("depends on an election not made")
                && r.contains("[ ] ISO 27001")), open.reasons().toString());
        assertTrue(open.evidence().stream().allMatch(e -> e.kind() == EvidenceKind.WEAK
                && e.note().startsWith("depends on an election not made")));

        Finding ticked = finding("security-controls", "Certifications:\n\n[x] ISO 27001\n\n[ ] SOC 2 Type II\n");
        assertEquals(Status.MET, ticked.status(), ticked.reasons().toString());
    }

    @Test
    void onlyTheChosenOptionOfAGroupIsAgreed() {
        String customerOwns = "Supplier hereby assigns to Client all right, title and interest in the Deliverables.";
        String supplierOwns = "Supplier retains all right, title and interest in the Deliverables.";
        Finding open = finding("ip-ownership", "Ownership:\n\n( ) " + customerOwns + "\n\n( ) " + supplierOwns + "\n");
        assertEquals(Status.WEAK, open.status(), "either way is open: " + open.reasons());
        assertTrue(open.reasons().get(0).contains("depends on an election not made"), open.reasons().toString());

        Finding customer = finding("ip-ownership", "Ownership:\n\n(x) " + customerOwns + "\n\n( ) " + supplierOwns + "\n");
        assertEquals(Status.MET, customer.status(), "the option not chosen takes nothing back: " + customer.reasons());

        Finding supplier = finding("ip-ownership", "Ownership:\n\n( ) " + customerOwns + "\n\n(x) " + supplierOwns + "\n");
        assertEquals(Status.CONTRARY, supplier.status(), supplier.reasons().toString());
    }

    @Test
    void anOpenOptionThatWouldTakeAProtectionBackMakesItWeakAndAloneLeavesItMissing() {
        String grant = "Supplier shall not use Client Data to train or improve any machine learning model.";
        String taking = "( ) Supplier may use Client Data to train and improve its models.";
        Finding both = finding("no-training", grant + "\n\nTraining rights:\n\n" + taking + "\n\n( ) None.\n");
        assertEquals(Status.WEAK, both.status(), both.reasons().toString());

        Finding alone = finding("no-training", "Training rights:\n\n" + taking + "\n\n( ) None.\n");
        assertEquals(Status.MISSING, alone.status(), "an election not made is no contrary term: " + alone.reasons());
        assertTrue(alone.reasons().stream().anyMatch(r -> r.contains("would give the opposite")), alone.reasons().toString());

        Finding agreed = finding("no-training", grant + "\n\nTraining rights:\n\n( ) Supplier shall not use Client "
                + "Data to train any model.\n\n( ) None.\n");
        assertEquals(Status.MET, agreed.status(), "an open option that only repeats the grant changes nothing");
    }

    @Test
    void aDraftingNoteAndAnEmptyHeadingAreNoEvidence() {
        Finding note = finding("knowledge-transfer", "[Drafting note: Supplier shall provide transition assistance "
                + "to Client on termination if the parties want a handover.]\n");
        assertEquals(Status.MISSING, note.status(), note.reasons().toString());

        Finding empty = finding("knowledge-transfer", "Transition Plan [add details]\n");
        assertEquals(Status.MISSING, empty.status(), empty.reasons().toString());

        Finding filled = finding("knowledge-transfer", "Transition Plan: Supplier shall provide transition assistance "
                + "to Client for ninety days after termination.\n");
        assertEquals(Status.MET, filled.status(), "the same heading with a term under it: " + filled.reasons());
    }
}
