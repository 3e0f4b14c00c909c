package org.clausecheck.analyze.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {

    private static final String HASH = "93797f611b0b94d2b20a3253fdafc25326973017557ae2e3d1718df9917ad83e";

    @TempDir
    Path folder;

    private Waivers read(String yaml, LocalDate today) throws IOException, WaiverException {
        return Waivers.read(Files.writeString(folder.resolve("waivers.yaml"), yaml), today);
    }

    private static String entry(String rule, String contract, String until) {
        return "  - rule: " + rule + "\n    " + contract + "\n    reason: accepted\n    approved-by: legal\n"
                + "    until: " + until + "\n";
    }

    @Test
    void aWaiverAppliesThroughItsLastDayAndIsExpiredTheDayAfter() throws Exception {
        String yaml = "waivers:\n" + entry("ip-ownership", "sha256: " + HASH.toUpperCase(), "2027-06-30");

        Optional<AppliedWaiver> onTheDay = read(yaml, LocalDate.of(2027, 6, 30)).find("ip-ownership", "-", HASH);
        Optional<AppliedWaiver> dayAfter = read(yaml, LocalDate.of(2027, 7, 1)).find("ip-ownership", "-", HASH);

        assertTrue(onTheDay.orElseThrow().inForce());
        assertEquals("waived until 2027-06-30 by legal: accepted", onTheDay.get().describe());
        assertTrue(dayAfter.orElseThrow().expired());
        assertEquals("waiver expired", dayAfter.get().label());
    }

    @Test
    void aQuotedDateReadsAsAnUnquotedOne() throws Exception {
        Waivers waivers = read("waivers:\n" + entry("ip-ownership", "sha256: " + HASH, "'2027-06-30'"),
                LocalDate.of(2027, 1, 1));

        assertEquals(LocalDate.of(2027, 6, 30), waivers.entries().get(0).until());
    }

    @Test
    void aWaiverInForceWinsOverAnExpiredOneForTheSameFinding() throws Exception {
        Waivers waivers = read("waivers:\n" + entry("documentation", "file: '*.pdf'", "2020-01-01")
                + entry("documentation", "file: '*.pdf'", "2099-01-01"), LocalDate.of(2026, 12, 7));
        String contract = folder.resolve("draft.pdf").toString();

        assertTrue(waivers.find("documentation", contract, HASH).orElseThrow().inForce());
        assertEquals(Optional.empty(), waivers.find("ip-ownership", contract, HASH), "another rule");
        assertEquals(Optional.empty(), waivers.find("documentation", folder.resolve("draft.docx").toString(), HASH));
        assertEquals(Optional.empty(), waivers.find("documentation", "-", HASH), "standard input has no path");
        assertEquals(List.of(waivers.entries().get(0)), waivers.expired());
    }

    @Test
    void aGlobIsRelativeToTheWaiverFileAndAHashMustMatchToo() throws Exception {
        Waivers waivers = read("waivers:\n" + entry("documentation", "file: contracts/**/*.pdf\n    sha256: " + HASH,
                "2099-01-01"), LocalDate.of(2026, 12, 7));

        assertTrue(waivers.find("documentation", folder.resolve("contracts/2026/a.pdf").toString(), HASH).isPresent());
        assertTrue(waivers.find("documentation", folder.resolve("contracts/2026/a.pdf").toString(), "00").isEmpty());
        assertTrue(waivers.find("documentation", folder.resolve("other/a.pdf").toString(), HASH).isEmpty());
        assertTrue(waivers.find("documentation", folder.getParent().resolve("contracts/x/a.pdf").toString(), HASH)
                .isEmpty(), "outside the waiver file's folder");
    }

    @Test
    void unknownRuleIdsAreListedSorted() throws Exception {
        Waivers waivers = read("waivers:\n" + entry("zeta", "sha256: " + HASH, "2099-01-01")
                + entry("ip-ownership", "sha256: " + HASH, "2099-01-01") + entry("alpha", "sha256: " + HASH,
                "2099-01-01"), LocalDate.of(2026, 12, 7));

        assertEquals(List.of("alpha", "zeta"), waivers.unknownRuleIds(List.of("ip-ownership", "documentation")));
    }

    @Test
    void anUnknownKeyOrABadHashIsRefusedNamingTheEntry() {
        WaiverException key = assertThrows(WaiverException.class, () -> read("waivers:\n"
                + entry("ip-ownership", "sha256: " + HASH, "2099-01-01") + "    approver: someone\n", LocalDate.now()));
        WaiverException hash = assertThrows(WaiverException.class, () -> read("waivers:\n"
                + entry("ip-ownership", "sha256: abc", "2099-01-01"), LocalDate.now()));

        assertTrue(key.getMessage().endsWith("waivers.yaml: waiver 1: unknown key 'approver'; a waiver has"
                + " approved-by, file, reason, rule, sha256, until"), key.getMessage());
        assertTrue(hash.getMessage().endsWith("waiver 1: sha256 'abc' is not 64 hexadecimal digits"), hash.getMessage());
    }
}
