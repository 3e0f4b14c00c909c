package org.clausecheck.extract.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentEncryptedException;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FormatDetector;
import org.clausecheck.extract.SourceFile;

/**
 * Opens the OOXML package of a DOCX or DOCM, decrypting it first when it is an encrypted package (an
 * OLE2 container with EncryptionInfo). POI's zip-bomb guard ({@code ZipSecureFile} limits) stays on.
 */
final class DocxOpener {

    static final String PASSWORD_HINT = "pass the password with --password";
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    private DocxOpener() {
    }

    static OPCPackage open(SourceFile source, ExtractionOptions options) throws ExtractionException {
        try {
            if (FileMagic.valueOf(source.bytes()) == FileMagic.OLE2) {
                return decrypt(source, options);
            }
            if (!hasCentralDirectory(source.bytes())) {
                throw new DocumentCorruptException(source.path(),
                        "a damaged Word document: the ZIP container is truncated (no central directory)");
            }
            return OPCPackage.open(new ByteArrayInputStream(source.bytes()));
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw translate(source, e);
        }
    }

    private static OPCPackage decrypt(SourceFile source, ExtractionOptions options)
            throws IOException, InvalidFormatException, ExtractionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            // Office opens files "encrypted" with its default password without asking; so do we.
            String password = options.password() == null ? Decryptor.DEFAULT_PASSWORD : options.password();
            if (!decryptor.verifyPassword(password)) {
                throw new DocumentEncryptedException(source.path(), options.password() == null
                        ? "the document is password-protected; " + PASSWORD_HINT
                        : "the password is wrong; " + PASSWORD_HINT);
            }
            try (InputStream decrypted = decryptor.getDataStream(fs)) {
                return OPCPackage.open(decrypted);
            }
        } catch (GeneralSecurityException | EncryptedDocumentException e) {
            throw new DocumentEncryptedException(source.path(),
                    "cannot decrypt the document (" + FormatDetector.oneLine(e) + "); " + PASSWORD_HINT, e);
        }
    }

    /**
     * True when the ZIP ends with its end-of-central-directory record. POI reads packages as a stream
     * and quietly skips what a truncated file lost, so truncation is checked here.
     */
    static boolean hasCentralDirectory(byte[] zip) {
        int earliest = Math.max(0, zip.length - END_RECORD_LENGTH - MAX_ZIP_COMMENT);
        for (int i = zip.length - END_RECORD_LENGTH; i >= earliest; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** POI's failures as the extractor's typed errors, with a one-line reason. */
    static ExtractionException translate(SourceFile source, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected") || message.contains("MAX_FILE_COUNT")) {
                return new DocumentTooLargeException(source.path(), "refused: the package expands far beyond its "
                        + "size (possible zip bomb): " + FormatDetector.oneLine(cause), e);
            }
            if (message.contains("DOCTYPE is disallowed")) {
                return new DocumentCorruptException(source.path(), "refused: the document's XML declares a DOCTYPE,"
                        + " which Word never writes (a possible external-entity attack); nothing was resolved", e);
            }
            if (cause instanceof EncryptedDocumentException) {
                return new DocumentEncryptedException(source.path(),
                        "the document is encrypted; " + PASSWORD_HINT, e);
            }
        }
        return new DocumentCorruptException(source.path(),
                "a damaged Word document: " + FormatDetector.oneLine(e), e);
    }
}
