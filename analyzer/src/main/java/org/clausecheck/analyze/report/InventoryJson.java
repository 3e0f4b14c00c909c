package org.clausecheck.analyze.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;

/**
 * The clause inventory in a JSON document object: {@code clauses}, one object per CUAD category found, and
 * {@code keyTerms}, each null where the contract does not state it.
 */
final class InventoryJson {

    private InventoryJson() {
    }

    static void write(ClauseInventory inventory, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("clauses");
        for (InventoryClause clause : inventory.clauses()) {
            json.writeStartObject();
            json.writeStringField("category", clause.category());
            json.writeArrayFieldStart("evidence");
            for (Citation citation : clause.evidence()) {
                writeCitation(citation, json);
            }
            json.writeEndArray();
            JsonReportRenderer.writeConfidence("confidence", clause.confidence(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        KeyTerms terms = inventory.keyTerms();
        json.writeObjectFieldStart("keyTerms");
        json.writeArrayFieldStart("parties");
        for (KeyParty party : terms.parties()) {
            json.writeString(party.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("partyRoles");
        for (KeyParty party : terms.parties()) {
            json.writeStartObject();
            json.writeStringField("name", party.name());
            json.writeStringField("role", party.role());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeTerm("agreementDate", terms.agreementDate(), json);
        writeTerm("effectiveDate", terms.effectiveDate(), json);
        writeTerm("expirationDate", terms.expirationDate(), json);
        writeTerm("renewalTerm", terms.renewalTerm(), json);
        writeTerm("noticePeriodToTerminateRenewal", terms.noticePeriodToTerminateRenewal(), json);
        writeTerm("governingLaw", terms.governingLaw(), json);
        json.writeEndObject();
    }

    /** A key term as its value; its words as written and where they stand under {@code <field>Evidence}. */
    private static void writeTerm(String field, KeyTerm term, JsonGenerator json) throws IOException {
        if (term == null) {
            json.writeNullField(field);
            json.writeNullField(field + "Evidence");
            return;
        }
        json.writeStringField(field, term.value());
        json.writeObjectFieldStart(field + "Evidence");
        json.writeStringField("asWritten", term.asWritten());
        writeCitationFields(term.citation(), json);
        json.writeEndObject();
    }

    private static void writeCitation(Citation citation, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeCitationFields(citation, json);
        json.writeEndObject();
    }

    private static void writeCitationFields(Citation citation, JsonGenerator json) throws IOException {
        JsonReportRenderer.writePlace(citation.quote(), citation.page(), citation.sectionNumber(), citation.heading(),
                citation.start(), citation.end(), json);
    }
}
