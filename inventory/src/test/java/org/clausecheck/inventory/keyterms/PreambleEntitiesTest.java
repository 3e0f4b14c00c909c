package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreambleEntitiesTest {

    @Test
    void namesTheCompaniesAfterBetween() {
        assertEquals(List.of("NORTHERN TELECOM LIMITED", "ENTRUST TECHNOLOGIES INC."), PreambleEntities.names(
                "THIS STRATEGIC ALLIANCE AGREEMENT is made as of 31 December, 1996, between NORTHERN TELECOM "
                        + "LIMITED, a Canadian corporation (\"NTL\"), and ENTRUST TECHNOLOGIES INC., a Maryland "
                        + "corporation (\"ETI\")."));
        assertEquals(List.of("KIROMIC BIOPHARMA Inc.", "MOLIPHARMA S.R.L."), PreambleEntities.names(
                "This Joint Venture Agreement is entered into by and between KIROMIC BIOPHARMA Inc., with offices "
                        + "in Houston, and MOLIPHARMA S.R.L. (\"Party\" and, together, the \"Parties\")."));
    }

    @Test
    void namesNothingWithoutPartiesBetween() {
        assertEquals(List.of(), PreambleEntities.names("Acme Corp. shall supply the goods to Beta LLC."));
        assertEquals(List.of(), PreambleEntities.names("This letter is between friends and names no company."));
    }
}
