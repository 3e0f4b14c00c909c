package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.analyze.inventory.InventoryInput;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** Key terms read from contracts written here, read through the extractor's plain-text reader as files are. */
class KeyTermReaderTest {

    private static final String SUPPLY = """
            SUPPLY AGREEMENT

            This Supply Agreement (the "Agreement") is made and entered into as of June 21, 1999 (the "Effective \
            Date"), by and between Acme Widgets, Inc., a Delaware corporation ("Supplier"), and Beta Foods LLC, a \
            New York limited liability company ("Customer").

            NOW, THEREFORE, the parties agree as follows:

            1. Supply. Supplier shall supply the Products to Customer, and Customer shall pay the fees set out in \
            Exhibit A within thirty (30) days of invoice.

            2. Term. This Agreement shall continue in full force and effect for a period of five (5) years from the \
            Effective Date. Thereafter this Agreement shall automatically renew for successive one (1) year terms \
            unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of \
            the then-current term.

            3. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the \
            State of New York, without regard to its conflict of laws principles.
            """;

    @Test
    void readsEveryKeyTermOfASupplyAgreement() {
        KeyTerms terms = read(SUPPLY);
        assertEquals(List.of("Acme Widgets, Inc.", "Beta Foods LLC"),
                terms.parties().stream().map(KeyParty::name).sorted().toList());
        assertEquals("1999-06-21", terms.agreementDate().value());
        assertEquals("June 21, 1999", terms.agreementDate().asWritten());
        assertTrue(terms.agreementDate().citation().quote().contains("made and entered into"));
        assertEquals("1999-06-21", terms.effectiveDate().value());
        assertEquals("5 years after the Effective Date", terms.expirationDate().value());
        assertEquals("successive 1 year", terms.renewalTerm().value());
        assertEquals("90 days", terms.noticePeriodToTerminateRenewal().value());
        assertEquals("New York", terms.governingLaw().value());
        assertTrue(terms.governingLaw().citation().quote().startsWith("This Agreement shall be governed"));
    }

    @Test
    void givesEachPartyItsRoleWhenTheRolesAreToldApart() {
        KeyTerms terms = read(SUPPLY);
        for (KeyParty party : terms.parties()) {
            assertTrue(List.of("customer", "vendor", "party").contains(party.role()), party.toString());
        }
    }

    @Test
    void readsAnAmendmentsOwnDateNotTheDateOfTheAgreementItAmends() {
        KeyTerms terms = read("""
                FIRST AMENDMENT

                This First Amendment ("Amendment") to the Supply and Manufacturing Agreement dated April 1, 2017 \
                between Cerix Corporation ("Cerix") and Porta Corporation ("Porta") (the "Agreement") is made this \
                22nd day of June 2018.

                1. The parties agree as follows: Exhibit B is replaced by the attached Exhibit B.

                2. This Amendment shall be governed by English law.
                """);
        assertEquals("2018-06-22", terms.agreementDate().value());
        assertEquals("England", terms.governingLaw().value());
    }

    @Test
    void readsADateLeftBlankAsWrittenAndAnEndDate() {
        KeyTerms terms = read("""
                LICENSE AGREEMENT

                This License Agreement is dated as of ____________, 2000 between Gamma Software Corp. \
                ("Licensor") and Delta Retail Inc. ("Licensee").

                1. Term. The term of this Agreement commences on the date of its execution and this Agreement \
                shall expire on December 31, 2003.

                2. This Agreement is governed by the laws of the Province of Ontario and the federal laws of \
                Canada applicable therein.
                """);
        assertEquals("____________, 2000", terms.agreementDate().value());
        assertEquals("2003-12-31", terms.expirationDate().value());
        assertEquals("December 31, 2003", terms.expirationDate().asWritten());
        assertEquals("Ontario", terms.governingLaw().value());
        assertNull(terms.renewalTerm());
        assertNull(terms.noticePeriodToTerminateRenewal());
    }

    @Test
    void readsAYearlyRenewalWithoutASpanAndANoticeWrittenAsAnAdjective() {
        KeyTerms terms = read("""
                HOSTING AGREEMENT

                This Hosting Agreement is entered into as of May 4, 2021 between Nimbus Hosting Inc. ("Provider") \
                and Orbit Retail LLC ("Client").

                1. Term. The term of this Agreement shall be one (1) year from the Effective Date, renewing \
                annually thereafter unless either party gives a sixty-day notice of non-renewal to the other.
                """);
        assertEquals("successive 1 year", terms.renewalTerm().value());
        assertEquals("60 days", terms.noticePeriodToTerminateRenewal().value());
        assertEquals("sixty-day", terms.noticePeriodToTerminateRenewal().asWritten());
    }

    @Test
    void readsNoExpirationFromAPeriodThatIsNotTheAgreementsTerm() {
        KeyTerms terms = read("""
                SERVICES AGREEMENT

                This Services Agreement is entered into as of March 3, 2020 between Omega Data Ltd. ("Vendor") and \
                Sigma Bank plc ("Client").

                1. Confidentiality. Each party shall keep the other's information confidential during the term of \
                this Agreement and for a period of three (3) years after the termination of this Agreement.

                2. Licence. Client grants Vendor a licence to its marks, which shall continue for a period of two \
                (2) years from its grant.
                """);
        assertEquals("2020-03-03", terms.agreementDate().value());
        assertNull(terms.expirationDate());
    }

    @Test
    void readsTheLatestSignatureDateWhenTheStartStatesNone() {
        KeyTerms terms = read("""
                SUPPLY AGREEMENT

                This Supply Agreement is between Gridline Foods, Inc. ("Buyer") and Orr Farms LLC ("Seller").

                1. Seller shall deliver the goods and Buyer shall pay for them.

                Gridline Foods, Inc. By: /s/ Thomas Gallo Date: 1/26/2020
                Orr Farms LLC By: /s/ Tim Orr Date: 1/27/2020
                """);
        assertEquals("2020-01-27", terms.agreementDate().value());
        assertEquals("1/27/2020", terms.agreementDate().asWritten());
    }

    @Test
    void readsTheLawAClauseUnderAGoverningLawHeadingApplies() {
        KeyTerms terms = read("""
                CONSULTING AGREEMENT

                This Consulting Agreement is made on May 2, 2022 between Alpen Advisory AG ("Consultant") and \
                Norrland Mining AB ("Client").

                1. Services. Consultant shall advise Client on the permits for its mine.

                14. Governing Law and Arbitration

                Any arbitration hereunder shall apply the Swiss Law and shall sit in Geneva.
                """);
        assertEquals("Switzerland", terms.governingLaw().value());
    }

    @Test
    void readsTheChosenLawNotOneMentionedBefore() {
        KeyTerms terms = read("""
                SEED SUPPLY AGREEMENT

                This Seed Supply Agreement is made on April 9, 2021 between Palouse Growers LLC ("Seller") and \
                Camas Feed Inc. ("Buyer").

                1. Registration. Seller shall label the seed in accordance with the Oregon Revised Statutes and \
                the laws governing the sale of agricultural seed.

                2. Governing Law. This Agreement shall be governed by the laws of the State of Idaho.
                """);
        assertEquals("Idaho", terms.governingLaw().value());
    }

    @Test
    void readsTheLawOfAStateAfterOtherWordsOrWhereAPdfLostTheSpaces() {
        assertEquals("Utah", read("""
                This Agreement shall be governed by and construed exclusively in accordance with the laws and \
                decisions of the State of Utah.
                """).governingLaw().value());
        assertEquals("Nevada", read("""
                This Agreement shall be construed in accordance with and governed by the laws ofthe State ofNevada.
                """).governingLaw().value());
        assertEquals("People's Republic of China", read("""
                The validity and performance of this Contract shall be governed by PRC Laws.
                """).governingLaw().value());
    }

    @Test
    void readsTheDateOfALetterAgreementAboveItsSalutation() {
        KeyTerms terms = read("""
                AMENDED PLACEMENT AGREEMENT

                March 3, 2021

                Northgate Capital LLC
                40 Harbor Street, Boston

                Ladies and Gentlemen:

                Riverton Holdings, Inc. (the "Company") confirms its agreement with you under the Placement \
                Agreement dated as of June 1, 2015, as supplemented on May 5, 2016, as follows:

                1. The Company shall pay the fee set out below.
                """);
        assertEquals("2021-03-03", terms.agreementDate().value());
    }

    @Test
    void readsADayLeftBlankWhereTheAgreementIsMadeBeforeTheDateOfAnotherAgreement() {
        KeyTerms terms = read("""
                DISTRIBUTION AGREEMENT

                This Distribution Agreement is made as of this ____ day of October, 2022 by and between Quillon \
                Pharma S.A. ("Supplier") and Ardent Health Inc. ("Distributor").

                WHEREAS, Supplier and Hollis Labs Inc. entered into a Licence Agreement dated May 2, 2016; and

                NOW, THEREFORE, the parties agree as follows:

                1. Supplier shall supply the Products to Distributor.
                """);
        assertEquals("____ day of October, 2022", terms.agreementDate().value());
        KeyTerms dotted = read("""
                This Trademark Licence Agreement is effective as of the [·] day of [·], 2024 between Lumen \
                Brands Inc. ("Licensor") and Lumen Fund LP ("Licensee").
                """);
        assertEquals("[·] day of [·], 2024", dotted.agreementDate().value());
    }

    @Test
    void readsTheSignatureDateOfAnAgreementDatedByItsSignatures() {
        KeyTerms terms = read("""
                AMENDMENT NO. 2 TO THE RESELLER AGREEMENT

                This Amendment No. 2 to the Reseller Agreement, by and between Norvale Systems, Inc. ("Norvale")                 and Pike Distribution, Inc. ("Reseller"), is effective as of the date last signed below.

                WHEREAS, Norvale and Reseller have previously entered into the Agreement dated March 2, 2004; and

                NOW, THEREFORE, the parties agree to amend the Agreement as set out below.

                1. Term. The term of the Agreement is extended to May 1, 2012.

                2. Prices. The price list of Exhibit A is replaced by the price list attached to this Amendment,                 and the discounts of Exhibit B apply to every order Reseller places after the date of this Amendment.

                3. Other terms. Every other term of the Agreement stays in force as written, and this Amendment and                 the Agreement are read together as one agreement between the parties.

                Norvale Systems, Inc. By: /s/ Ann Lee Date: July 30, 2010
                Pike Distribution, Inc. By: /s/ Raj Pike Date: August 4, 2010
                """);
        assertEquals("2010-08-04", terms.agreementDate().value());
    }

    @Test
    void readsTheTitleOfAnAmendedAndRestatedLetterAgreementAsItsOwn() {
        KeyTerms terms = read("""
                AMENDED AND RESTATED SELLING AGENT AGREEMENT
                April 9, 2012

                Harwick Securities LLC
                12 Pine Street, New York

                Ladies and Gentlemen:

                Calder Holdings, Inc. (the "Company") issued its notes under the Indenture dated as of May 3, 2001                 (the "Indenture"), and confirms its agreement with you as follows:

                1. The Company shall pay the fee set out below.
                """);
        assertEquals("2012-04-09", terms.agreementDate().value());
    }

    @Test
    void readsABlankDateWhoseLinesTheTextLost() {
        KeyTerms terms = read("""
                This franchise agreement is made and entered into this day of , 19 (hereinafter referred to as                 "Effective Date") by and between Loop Bakery, Inc. ("Franchisor") and Dana Fox ("Franchisee").

                NOW, THEREFORE, the parties agree as follows: 1. Franchisor grants the franchise.
                """);
        assertEquals("this day of , 19", terms.agreementDate().value());
    }

    @Test
    void readsNothingFromALetterWithoutKeyTerms() {
        KeyTerms terms = read("""
                Dear Ms. Smith,

                Thank you for your visit last week. We enclose the brochure you asked for and look forward to \
                hearing from you.

                Kind regards
                """);
        assertNull(terms.agreementDate());
        assertNull(terms.effectiveDate());
        assertNull(terms.expirationDate());
        assertNull(terms.renewalTerm());
        assertNull(terms.noticePeriodToTerminateRenewal());
        assertNull(terms.governingLaw());
    }

    static KeyTerms read(String text) {
        ExtractedDocument document;
        try {
            document = new Extractor().extract(Path.of("example.txt"), text.getBytes(StandardCharsets.UTF_8),
                    ExtractionOptions.defaults());
        } catch (ExtractionException e) {
            throw new IllegalStateException(e);
        }
        DocumentStructure structure = StructureBuilder.build(document);
        return KeyTermReader.read(new InventoryInput(document, structure, null,
                PartyResolver.resolve(document.text(), null), DefinedTermReader.read(structure)));
    }
}
