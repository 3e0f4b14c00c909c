package org.clausecheck.extract.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.TestDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's DOCX whose XML declares external entities, pointing at a local file and at a URL, must be
 * refused without reading the file or opening a connection (XXE).
 */
class ExternalEntityTest {

    private static final String SECRET = "secret-from-the-local-disk";

    @ParameterizedTest
    @ValueSource(strings = {"word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"})
    void externalEntitiesAreNeverResolved(String part, @TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String doctype = "<!DOCTYPE root [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
                    + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/entity\">]>";
            Path hostile = folder.resolve("hostile.docx");
            Files.write(hostile, withDoctype(TestDocuments.path("outsourcing-agreement.docx"), part, doctype));

            try {
                String text = new Extractor().extract(hostile).text();
                assertFalse(text.contains(SECRET), "the local file was read into the document");
            } catch (DocumentCorruptException refused) {
                assertTrue(refused.getMessage().startsWith(hostile + ": "), refused.getMessage());
                assertFalse(refused.getMessage().contains(SECRET));
            }
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "a connection was attempted");
        }
    }

    /** The package with a DOCTYPE declaring the entities put before the root element of one part. */
    private static byte[] withDoctype(Path docx, String part, String doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
                    xml = xml.substring(0, root) + doctype + xml.substring(root).replaceFirst(">", ">&file;&net;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
