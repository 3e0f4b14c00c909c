package org.clausecheck.extract.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionWarning;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.TestDocuments;
import org.junit.jupiter.api.Test;

/** Files that are read but are not what they seem say so in a warning: the reader of the report must know. */
class ReadableButOddInputsTest {

    private final Extractor extractor = new Extractor();

    @Test
    void aMacroEnabledDocumentIsReadWithAWarningThatItsMacrosAreNotRun() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.path("outsourcing-agreement.docm"));
        assertTrue(messages(document).contains("macro-enabled (DOCM): any macros it holds are never run"),
                messages(document).toString());
    }

    @Test
    void aDocxRenamedPdfIsReadAsDocxWithAWarning() throws Exception {
        byte[] docx = Files.readAllBytes(TestDocuments.path("outsourcing-agreement.docx"));
        ExtractedDocument document = extractor.extract(Path.of("contract.pdf"), docx, ExtractionOptions.defaults());
        assertEquals(List.of("named .pdf but the content is DOCX; read as DOCX"), messages(document));
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadWithAWarning() throws Exception {
        byte[] protectedPdf;
        try (PDDocument pdf = Loader.loadPDF(TestDocuments.path("contract.pdf").toFile())) {
            AccessPermission nothing = new AccessPermission();
            nothing.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", nothing);
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            protectedPdf = out.toByteArray();
        }
        ExtractedDocument document = extractor.extract(Path.of("owner.pdf"), protectedPdf, ExtractionOptions.defaults());
        assertTrue(messages(document).contains("the PDF is encrypted with an owner password only; its permissions"
                + " are not enforced when reading it"), messages(document).toString());
        assertTrue(document.text().length() > 100);
    }

    @Test
    void anOrdinaryPdfHasNoSuchWarning() throws Exception {
        assertEquals(List.of(), messages(extractor.extract(TestDocuments.path("contract.pdf"))));
    }

    private static List<String> messages(ExtractedDocument document) {
        return document.warnings().stream().map(ExtractionWarning::message).toList();
    }
}
