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
    void namesCompaniesWhoseNameStartsInLowerCaseOrWithANumber() {
        assertEquals(List.of("iRoute Systems, Inc.", "1234567 Alberta Ltd.", "shopnow.com, Inc.", "x.y.z. Labs, Inc."),
                PreambleEntities.names("This Reseller Agreement is made by and between iRoute Systems, Inc., a "
                        + "Nevada corporation, 1234567 Alberta Ltd. (\"Reseller\"), shopnow.com, Inc. and x.y.z. "
                        + "Labs, Inc., each a \"Party\"."));
    }

    @Test
    void splitsTwoCapitalisedNamesJoinedByAnd() {
        assertEquals(List.of("HARBOUR MARINE LTD.", "DELTA NAVIGATION INC."), PreambleEntities.names(
                "THIS CHARTER AGREEMENT is entered into BETWEEN HARBOUR MARINE LTD. AND DELTA NAVIGATION INC."));
    }

    @Test
    void namesThePartiesListedUnderPartyLabels() {
        assertEquals(List.of("Shenzhen Lantern Trading Co., Ltd.", "Hangzhou Willow Software Co., Ltd."),
                PreambleEntities.names("""
                        Technical Service Contract
                        Party A: Shenzhen Lantern Trading Co., Ltd.
                        Address: 8 Garden Road, Futian District, Shenzhen
                        Party B: Hangzhou Willow Software Co., Ltd.
                        Address: 21 Lake Street, Hangzhou
                        Party A and Party B agree on the services below."""));
    }

    @Test
    void namesNothingWithoutPartiesBetween() {
        assertEquals(List.of(), PreambleEntities.names("Acme Corp. shall supply the goods to Beta LLC."));
        assertEquals(List.of(), PreambleEntities.names("This letter is between friends and names no company."));
    }
}
