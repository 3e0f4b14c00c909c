package org.clausecheck.analyze.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.junit.jupiter.api.Test;

class KnownEntryTest {

    @Test
    void anAnalysedFileComesBackAsItWasStored() throws IOException {
        KnownEntry entry = new KnownEntry("ab12", "default@3 rules=ip-ownership, customer= view=ACCEPTED", "PDF", 12,
                RiskLevel.HIGH, List.of(Status.CONTRARY, Status.MET, Status.MISSING), null);

        KnownEntry.Keyed decoded = KnownEntry.decode(entry.encode("/portfolio/vendor é.pdf"));

        assertEquals("/portfolio/vendor é.pdf", decoded.key());
        assertEquals(entry, decoded.entry());
    }

    @Test
    void aStoredFailureKeepsItsReasonEvenWhenEmpty() throws IOException {
        KnownEntry failure = new KnownEntry("cd34", "key", "", 0, null, List.of(), "encrypted: pass its password");
        KnownEntry blank = new KnownEntry("cd34", "key", "", 0, null, List.of(), "");

        assertEquals(failure, KnownEntry.decode(failure.encode("a.pdf")).entry());
        assertEquals(blank, KnownEntry.decode(blank.encode("a.pdf")).entry());
    }
}
