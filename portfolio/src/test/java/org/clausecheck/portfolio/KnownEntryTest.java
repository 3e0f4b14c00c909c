package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.junit.jupiter.api.Test;

class KnownEntryTest {

    @Test
    void anAnalysedFileComesBackAsItWasStored() throws IOException {
        KnownEntry entry = new KnownEntry("ab12", "default@3 rules=ip-ownership, customer= view=ACCEPTED", "PDF", 12,
                RiskLevel.HIGH, List.of(Status.CONTRARY, Status.MET, Status.MISSING), null,
                new FileStamp(81_920, 1_764_300_000_123_456_789L));

        KnownEntry.Keyed decoded = KnownEntry.decode(entry.encode("/portfolio/vendor é.pdf"));

        assertEquals("/portfolio/vendor é.pdf", decoded.key());
        assertEquals(entry, decoded.entry());
    }

    @Test
    void theInventoryColumnsComeBackAsTheyWereStored() throws IOException {
        InventoryColumns inventory = new InventoryColumns(List.of("Alder Clinics, Inc.", "Nimbus Hosting LLC"),
                "2025-03-03", "", "2027-06-30", "successive 1 year", "90 days", "Delaware",
                List.of("Change Of Control", "Anti-Assignment"));
        KnownEntry entry = new KnownEntry("ab12", "key inventory", "TXT", 0, RiskLevel.LOW, List.of(Status.MET), null,
                null, "", inventory);

        assertEquals(entry, KnownEntry.decode(entry.encode("a.txt")).entry());
        KnownEntry without = new KnownEntry("ab12", "key", "TXT", 0, RiskLevel.LOW, List.of(Status.MET), null, null);
        assertNull(KnownEntry.decode(without.encode("a.txt")).entry().inventory());
    }

    @Test
    void aStoredFailureKeepsItsReasonEvenWhenEmpty() throws IOException {
        KnownEntry failure = new KnownEntry("cd34", "key", "", 0, null, List.of(), "encrypted: pass its password", null);
        KnownEntry blank = new KnownEntry("cd34", "key", "", 0, null, List.of(), "", null);

        assertEquals(failure, KnownEntry.decode(failure.encode("a.pdf")).entry());
        assertEquals(blank, KnownEntry.decode(blank.encode("a.pdf")).entry());
    }

    @Test
    void anEntryWrittenBeforeStampsHasNone() throws IOException {
        KnownEntry stamped = new KnownEntry("ef56", "key", "PDF", 2, RiskLevel.LOW, List.of(Status.MET), null,
                new FileStamp(10, 20));
        BytesRef bytes = stamped.encode("a.pdf");
        // The old layout ended after the error: the stamp's flag byte and two numbers are left out, and the read
        // coverage after them (flag byte, empty string).
        BytesRef old = new BytesRef(bytes.bytes, bytes.offset, bytes.length - 5);

        assertNull(KnownEntry.decode(old).entry().stamp());
        assertEquals(stamped.sha256(), KnownEntry.decode(old).entry().sha256());
    }

    @Test
    void aPartlyReadFileKeepsWhichPagesWereNotRead() throws IOException {
        KnownEntry partial = new KnownEntry("ab12", "key", "PDF", 11, RiskLevel.HIGH, List.of(Status.MISSING), null,
                new FileStamp(20_000, 30), "pages 4-11 could not be read (the PDF is truncated)", null);

        KnownEntry decoded = KnownEntry.decode(partial.encode("cut.pdf")).entry();

        assertEquals(partial, decoded);
        assertEquals("pages 4-11 could not be read (the PDF is truncated)",
                decoded.toRow(PortfolioFile.of(java.nio.file.Path.of("/p/cut.pdf"), "cut.pdf")).unread());
    }

    @Test
    void anEntryWrittenBeforeReadCoverageIsReadAgain() throws IOException {
        KnownEntry entry = new KnownEntry("ef56", "key", "PDF", 2, RiskLevel.LOW, List.of(Status.MET), null,
                new FileStamp(10, 20));
        BytesRef bytes = entry.encode("a.pdf");
        // Before read coverage was recorded, the entry ended after the stamp: its flag byte and string are left out.
        KnownEntry old = KnownEntry.decode(new BytesRef(bytes.bytes, bytes.offset, bytes.length - 2)).entry();

        assertNull(old.unread());
        assertEquals(new FileStamp(10, 20), old.stamp());
        assertFalse(old.matches("ef56", "key"), "whether it was read whole is unknown: read it again");
        assertFalse(old.stampMatches(new FileStamp(10, 20), "key"));
        assertTrue(entry.matches("ef56", "key"));
    }

    @Test
    void aStampStandsForWhatWasReadOnlyWhenTheFileHadSettled() {
        Instant readAt = Instant.parse("2026-11-28T10:00:00Z");
        long nanos = TimeUnit.SECONDS.toNanos(readAt.getEpochSecond());
        FileStamp old = new FileStamp(100, nanos - TimeUnit.SECONDS.toNanos(60));
        FileStamp recent = new FileStamp(100, nanos - TimeUnit.MILLISECONDS.toNanos(500));

        assertEquals(old, old.ifSettled(100, readAt));
        assertNull(old.ifSettled(99, readAt), "the file changed size while it was read");
        assertNull(recent.ifSettled(100, readAt), "changed half a second before it was read");
    }
}
