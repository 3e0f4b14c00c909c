package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusSplitTest {

    @Test
    void copiesAndPartsOfOneAgreementFallInTheSameHalf() {
        assertEquals("ACME-EX-10.7-CONSULTING_AGREEMENT", CorpusSplit.family("ACME-EX-10.7-CONSULTING_AGREEMENT_1"));
        assertEquals("ACME-MASTER_SERVICES_AGREEMENT", CorpusSplit.family("ACME-MASTER_SERVICES_AGREEMENT_Part2"));
        assertEquals("Acme_Development_Agreement", CorpusSplit.family("Acme_Development_Agreement2"));
        assertEquals(CorpusSplit.of("ACME-MASTER_SERVICES_AGREEMENT_Part1"),
                CorpusSplit.of("ACME-MASTER_SERVICES_AGREEMENT_Part2"));
    }

    @Test
    void theHalvesAreFixedAndRoughlyEven() {
        // SHA-256 of the family name: the same id falls in the same half on every machine and in every version.
        assertEquals(CorpusSplit.of("KUBIENT_INC_07_02_2020-EX-10.14-MASTER_SERVICES_AGREEMENT_Part1"),
                CorpusSplit.of("KUBIENT_INC_07_02_2020-EX-10.14-MASTER_SERVICES_AGREEMENT"));
        long write = IntStream.range(0, 1000).filter(i -> CorpusSplit.of("contract-" + i + "-x") == CorpusSplit.WRITE)
                .count();
        assertTrue(write > 430 && write < 570, "write half of 1000 ids: " + write);
    }

    @Test
    void allContainsBothHalves() {
        String id = "ANY_CONTRACT";
        CorpusSplit half = CorpusSplit.of(id);
        assertTrue(half.contains(id));
        assertTrue(CorpusSplit.ALL.contains(id));
        assertEquals(half == CorpusSplit.WRITE, !CorpusSplit.CHECK.contains(id));
    }
}
