package org.clausecheck.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/** The judgement reads a sentence with the lead-in that introduces it and the proviso that qualifies it. */
class ReadingAcrossSentencesTest {

    private static final String PREAMBLE = "SERVICES AGREEMENT\n\nThis Agreement is made between Acme Corp. (\"Customer\")"
            + " and Beta Labs LLC (\"Provider\").\n\n1. Services. Provider shall perform the Services. Customer shall pay"
            + " the fees.\n\n";

    private final ContractAnalyzer analyzer = new ContractAnalyzer();

    private Finding finding(String body, String rule) {
        ExtractedDocument document = TestDocuments.of(PREAMBLE + body);
        return analyzer.analyze(document, AnalysisOptions.defaults()).finding(rule).orElseThrow();
    }

    @Test
    void aListItemActsThroughItsLeadIn() {
        String body = "2. Obligations. Provider shall:\n(a) keep the project plan current;\n"
                + "(b) give Customer access to all development, staging and production environments; and\n"
                + "(c) attend the steering meetings.\n";
        Finding access = finding(body, "environment-access");
        assertEquals(Status.MET, access.status(), access.reasons().toString());
        Evidence evidence = access.evidence().get(0);
        assertTrue(evidence.quote().startsWith("(b) give Customer access"), evidence.quote());
        assertTrue(evidence.note().contains("read with its lead-in \"Provider shall:\""), evidence.note());
    }

    @Test
    void aNegatedLeadInNegatesItsItems() {
        String body = "2. Restrictions. Provider shall not:\n(a) give Customer access to the production environments;\n"
                + "(b) disclose the source code.\n";
        assertEquals(Status.MISSING, finding(body, "environment-access").status());
    }

    @Test
    void aWeakenerInAProvisoWeakensTheSentenceItQualifies() {
        String body = "2. Ownership. Provider hereby assigns to Customer all right, title and interest in the Deliverables."
                + " Notwithstanding the foregoing, such assignment is effective only upon payment in full.\n";
        Finding ip = finding(body, "ip-ownership");
        assertEquals(Status.WEAK, ip.status(), ip.reasons().toString());
        assertTrue(ip.evidence().get(0).note().contains("in the proviso after it"), ip.evidence().get(0).note());
        String alone = "2. Ownership. Provider hereby assigns to Customer all right, title and interest in the Deliverables."
                + " Customer shall pay the fees within thirty days.\n";
        assertEquals(Status.MET, finding(alone, "ip-ownership").status());
    }

    @Test
    void aMatchInTheConditionThatOpensASentenceIsNoEvidence() {
        String body = "2. Remedies. In the event that Provider fails to deliver the technical documentation, Customer may"
                + " terminate this Agreement.\n";
        Finding documentation = finding(body, "documentation");
        assertEquals(Status.MISSING, documentation.status(), documentation.reasons().toString());
        assertTrue(documentation.reasons().stream().anyMatch(r -> r.contains("inside the condition")));
    }
}
