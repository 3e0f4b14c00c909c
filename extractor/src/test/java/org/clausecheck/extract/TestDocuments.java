package org.clausecheck.extract;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the committed test documents under {@code src/test/resources/documents}. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static Path path(String name) {
        URL url = TestDocuments.class.getResource("/documents/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test document " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The block whose text starts with the given prefix. */
    public static Block blockStartingWith(ExtractedDocument document, String prefix) {
        return document.blocks().stream()
                .filter(block -> block.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with '" + prefix + "'"));
    }
}
