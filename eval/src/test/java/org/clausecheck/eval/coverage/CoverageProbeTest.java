package org.clausecheck.eval.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The ablation on a tiny playbook and six short contracts whose answers are worked out by hand: which pattern,
 * group and word each verdict rests on.
 */
class CoverageProbeTest {

    private static final String PREAMBLE =
            "This Hosting Agreement is made between Acme Corp. (\"Client\") and Beta Labs LLC (\"Supplier\").\n\n";

    static final String PLAYBOOK = """
            version: "1"
            name: tiny
            groups:
              systems: any(server*, repositor*, webdav)
              pre-existing: any(pre-existing, background)
            weakening:
              - id: extra-fees
                match: any("additional fee*", "extra charge*")
            rules:
              - id: access
                title: The customer has access
                category: core
                severity: required
                rationale: R
                recommendation: Ask for access.
                satisfied:
                  - id: customer-access
                    match: ordered(8, CUSTOMER, any(access, inspect*), @systems)
                  - id: credentials
                    match: ordered(10, VENDOR, any(provid*, issu*), CUSTOMER, any(password*, credential*))
                weak:
                  - id: escrow
                    match: any("source code escrow", "escrow agent")
                contrary:
                  - id: vendor-only
                    match: ordered(10, any(access, environment*), any("restricted to", "reserved to"), VENDOR)
                    unless: "@pre-existing"
            """;

    /** Contract id, kind of agreement, text after the preamble. */
    static final List<String[]> CONTRACTS = List.of(
            new String[] {"alpha", "Service", "Client shall have access to the servers. Supplier shall provide Client"
                    + " with passwords for the servers."},
            new String[] {"alpha_1", "Service", "Client shall have access to the servers. Supplier shall provide Client"
                    + " with passwords for the servers."},
            new String[] {"bravo", "Service", "Client may inspect the repositories for an additional fee."},
            new String[] {"charlie", "Hosting", "Client shall have access to the WebDAV folders."},
            new String[] {"delta", "Hosting", "Access to the background repositories is restricted to Supplier."},
            new String[] {"echo", "Service", "Client shall have access to the servers of Supplier."});

    static List<ProbeContract> contracts() {
        return CONTRACTS.stream().map(c -> new ProbeContract(c[0], c[1], Map.of())).toList();
    }

    static String text(String id) {
        return PREAMBLE + CONTRACTS.stream().filter(c -> c[0].equals(id)).findFirst().orElseThrow()[2];
    }

    private static CoverageResult probe() {
        Playbook playbook = PlaybookLoader.load(PLAYBOOK, "tiny.yaml");
        return new CoverageProbe(playbook).run(contracts(), contract -> TestDocuments.of(text(contract.id())),
                CorpusSplit.ALL, CorpusSource.TXT, "test");
    }

    private static UnitCoverage unit(CoverageResult result, String key) {
        return result.unit(key).orElseThrow(() -> new AssertionError("no unit " + key + " in "
                + result.units().stream().map(u -> u.unit().key()).toList()));
    }

    private static List<String> ids(List<ProbeContract> contracts) {
        return contracts.stream().map(ProbeContract::id).toList();
    }

    private static Map<String, String> decides(UnitCoverage unit) {
        Map<String, String> decided = new LinkedHashMap<>();
        unit.decides().forEach((contract, changes) -> decided.put(contract.id(), changes.toString()));
        return decided;
    }

    @Test
    void listsEveryPatternGroupAndEntryInPlaybookOrder() {
        List<String> keys = new CoverageProbe(PlaybookLoader.load(PLAYBOOK, "tiny.yaml")).units().stream()
                .map(ProbeUnit::key).toList();
        assertEquals(List.of(
                "access/satisfied/customer-access",
                "access/satisfied/customer-access any#1 access",
                "access/satisfied/customer-access any#1 inspect*",
                "access/satisfied/credentials",
                "access/satisfied/credentials any#1 provid*",
                "access/satisfied/credentials any#1 issu*",
                "access/satisfied/credentials any#2 password*",
                "access/satisfied/credentials any#2 credential*",
                "access/weak/escrow",
                "access/weak/escrow any#1 \"source code escrow\"",
                "access/weak/escrow any#1 \"escrow agent\"",
                "access/contrary/vendor-only",
                "access/contrary/vendor-only any#1 access",
                "access/contrary/vendor-only any#1 environment*",
                "access/contrary/vendor-only any#2 \"restricted to\"",
                "access/contrary/vendor-only any#2 \"reserved to\"",
                "weakening/extra-fees",
                "weakening/extra-fees any#1 \"additional fee*\"",
                "weakening/extra-fees any#1 \"extra charge*\"",
                "@pre-existing",
                "@pre-existing any#1 pre-existing",
                "@pre-existing any#1 background",
                "@systems",
                "@systems any#1 server*",
                "@systems any#1 repositor*",
                "@systems any#1 webdav"), keys);
    }

    @Test
    void firesWhereTheEvidenceChangesAndDecidesWhereTheStatusDoes() {
        CoverageResult result = probe();
        assertEquals(List.of(), result.errors());
        UnitCoverage customerAccess = unit(result, "access/satisfied/customer-access");
        assertEquals(List.of("alpha", "alpha_1", "bravo", "charlie", "echo"), ids(customerAccess.fires()));
        // alpha keeps MET through the credentials; bravo's only evidence was weakened by the fee
        assertEquals(Map.of("bravo", "[access WEAK->MISSING]", "charlie", "[access MET->MISSING]",
                "echo", "[access MET->MISSING]"), decides(customerAccess));
        UnitCoverage credentials = unit(result, "access/satisfied/credentials");
        assertEquals(List.of("alpha", "alpha_1"), ids(credentials.fires()));
        assertEquals(Map.of(), decides(credentials));
        assertEquals(UnitCoverage.Flag.ONE_CONTRACT, credentials.flag(), "a copy of an agreement is the same contract");

        UnitCoverage fee = unit(result, "weakening/extra-fees");
        assertEquals(List.of("bravo"), ids(fee.fires()));
        assertEquals(Map.of("bravo", "[access WEAK->MET]"), decides(fee));
        assertEquals(List.of(), unit(result, "weakening/extra-fees any#1 \"extra charge*\"").fires());
        assertEquals(UnitCoverage.Flag.NEVER_FIRES, unit(result, "access/weak/escrow").flag());
    }

    @Test
    void vocabularyEntriesOfPatternsAndGroups() {
        CoverageResult result = probe();
        UnitCoverage webdav = unit(result, "@systems any#1 webdav");
        assertEquals(List.of("charlie"), ids(webdav.fires()));
        assertEquals(Map.of("charlie", "[access MET->MISSING]"), decides(webdav));
        assertEquals(UnitCoverage.Flag.ONE_CONTRACT, webdav.flag());
        assertEquals("match", webdav.unit().role());

        // servers: alpha (and its copy) and echo, all service agreements: fitted to one kind
        UnitCoverage servers = unit(result, "@systems any#1 server*");
        assertEquals(List.of("alpha", "alpha_1", "echo"), ids(servers.fires()));
        assertEquals(Map.of("echo", "[access MET->MISSING]"), decides(servers));
        assertEquals(UnitCoverage.Flag.ONE_KIND, servers.flag());

        UnitCoverage inspect = unit(result, "access/satisfied/customer-access any#1 inspect*");
        assertEquals(List.of("bravo"), ids(inspect.fires()));
        UnitCoverage systems = unit(result, "@systems");
        assertEquals(List.of("alpha", "alpha_1", "bravo", "charlie", "echo"), ids(systems.fires()));
        assertEquals(UnitCoverage.Flag.NONE, systems.flag());
    }

    @Test
    void anExceptionFiresWhereTheMatchItCancelledComesBack() {
        CoverageResult result = probe();
        UnitCoverage background = unit(result, "@pre-existing any#1 background");
        assertEquals("match", background.unit().role(), "an alternative of a group used as an exception");
        assertEquals(List.of("delta"), ids(background.fires()));
        assertEquals(Map.of("delta", "[access MISSING->CONTRARY]"), decides(background));
        assertEquals(List.of("delta"), ids(unit(result, "@pre-existing").fires()));
        assertEquals(List.of(), unit(result, "access/contrary/vendor-only").fires(), "cancelled, so never evidence");
    }

    @Test
    void judgesAsTheAnalyzerDoes() {
        Playbook playbook = PlaybookLoader.loadDefault();
        CoverageProbe probe = new CoverageProbe(playbook);
        ContractAnalyzer analyzer = new ContractAnalyzer();
        for (String[] contract : CONTRACTS) {
            String text = PREAMBLE + contract[2] + " Supplier hereby assigns to Client all right, title and interest in"
                    + " the Deliverables, except that Supplier retains its pre-existing tools. Supplier shall provide"
                    + " transition assistance at its then-current rates.";
            AnalysisReport report = analyzer.analyze(TestDocuments.of(text), new AnalysisOptions(playbook, null));
            Map<String, Finding> findings = probe.findings(TestDocuments.of(text));
            for (Finding judged : report.findings()) {
                // related passages are shown beside a MISSING verdict, not judged; the probe does not look for them
                Finding expected = judged.withRelated(List.of());
                assertEquals(expected, findings.get(expected.ruleId()), contract[0] + " " + expected.ruleId());
            }
        }
    }

    @Test
    void writesTextCsvAndJsonDeterministically() throws IOException {
        CoverageResult result = probe();
        String text = write(result, CoverageWriter.Format.TEXT);
        assertTrue(text.contains("over 6 contracts"), text);
        assertTrue(text.contains("== fires in one contract"), text);
        assertTrue(text.contains("  @systems any#1 webdav\n      fires in charlie [" + CorpusSplit.of("charlie").label()
                + "]\n      decides charlie [" + CorpusSplit.of("charlie").label() + "]: access MET->MISSING\n"), text);
        assertTrue(text.contains("  @systems any#1 server* (Service)\n"), text);
        assertTrue(text.contains("  access/weak/escrow\n"), text);
        assertTrue(text.contains("  weakening/extra-fees any#1: \"extra charge*\"\n"), text);
        String csv = write(result, CoverageWriter.Format.CSV);
        assertTrue(csv.startsWith("unit,kind,rule,list,name,part,any_list,entry,role,fires,decides,flag,"), csv);
        assertTrue(csv.contains("\r\n@systems any#1 webdav,entry,,groups,systems,group,1,webdav,match,1,1,"
                + "one-contract,0,0,Hosting,charlie [" + CorpusSplit.of("charlie").label() + "],"), csv);
        String json = write(result, CoverageWriter.Format.JSON);
        assertTrue(json.contains("\"unit\" : \"@systems any#1 webdav\""), json);
        assertEquals(json, write(probe(), CoverageWriter.Format.JSON));
        assertEquals(csv, write(probe(), CoverageWriter.Format.CSV));
    }

    @Test
    void labelsTellWhetherADecidedVerdictWasRight() {
        Playbook playbook = PlaybookLoader.load(PLAYBOOK.replace("id: access", "id: environment-access"), "tiny.yaml");
        List<ProbeContract> labelled = List.of(new ProbeContract("charlie", "Hosting",
                Map.of("environment-access", Status.MET)), new ProbeContract("bravo", "Service",
                Map.of("environment-access", Status.MISSING)));
        CoverageResult result = new CoverageProbe(playbook).run(labelled, c -> TestDocuments.of(text(c.id())),
                CorpusSplit.ALL, CorpusSource.TXT, "");
        UnitCoverage customerAccess = unit(result, "environment-access/satisfied/customer-access");
        assertEquals(1, customerAccess.keepsRight(), "charlie: MET as labelled, MISSING without it");
        assertEquals(1, customerAccess.keepsWrong(), "bravo: WEAK against a MISSING label, MISSING without it");
        assertEquals(UnitCoverage.Flag.NONE, customerAccess.flag(), "two contracts of two kinds");
    }

    private static String write(CoverageResult result, CoverageWriter.Format format) throws IOException {
        StringWriter out = new StringWriter();
        CoverageWriter.write(result, format, out);
        return out.toString();
    }
}
