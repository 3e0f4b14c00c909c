package org.clausecheck.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which file of a corpus contract the evaluations read. PDF by default: users run clausecheck on the filed
 * documents, so the figures must include the PDF reader. TXT (CUAD's own plain text) isolates the rules from
 * extraction. The other format is the fallback when the preferred one is absent.
 */
public enum CorpusSource {
    PDF("pdf"),
    TXT("txt");

    /** The system property that selects the source in tests and evaluations: {@code pdf} or {@code txt}. */
    public static final String PROPERTY = "clausecheck.source";

    private final String extension;

    CorpusSource(String extension) {
        this.extension = extension;
    }

    /** The source named by {@link #PROPERTY}, PDF when unset. */
    public static CorpusSource fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, "pdf"));
    }

    public static CorpusSource parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** ID.ext directly in the corpus or in its ext/ subfolder, this source's format first. */
    public Optional<Path> locate(Path corpus, String id) {
        CorpusSource other = this == PDF ? TXT : PDF;
        for (CorpusSource source : List.of(this, other)) {
            String name = id + "." + source.extension;
            for (Path candidate : List.of(corpus.resolve(name), corpus.resolve(source.extension).resolve(name))) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
