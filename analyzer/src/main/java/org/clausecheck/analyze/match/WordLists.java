package org.clausecheck.analyze.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausecheck.analyze.match.index.LegalAnalyzer;

/**
 * The word lists of the judgement classes ({@link Negation}, {@link SentenceActs}, {@link ExceptionScope}), read once
 * from a classpath resource beside them, so that the words can be read and changed as data. The file has
 * {@code [section]} lines, each followed by its words (separated by spaces or line breaks); {@code #} starts a
 * comment line. A section the code asks for that the file lacks is an error at class load, never an empty list.
 */
final class WordLists {

    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();

    private final String resource;
    private final Map<String, List<String>> sections;

    private WordLists(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** The lists of a resource beside this class ("negation.words"). */
    static WordLists read(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the class path");
            }
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = new ArrayList<>();
                    if (sections.put(text.substring(1, text.length() - 1), current) != null) {
                        throw new IllegalStateException(resource + ": section " + text + " given twice");
                    }
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": words before any [section]: " + text);
                } else {
                    current.addAll(List.of(text.split("\\s+")));
                }
            }
            return new WordLists(resource, sections);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** The words of a section as written. */
    Set<String> words(String section) {
        return Set.copyOf(section(section));
    }

    /** The words of a section as the index reads them: lower case, singular, role tokens kept. */
    Set<String> stems(String section) {
        return new HashSet<>(ANALYZER.terms(String.join(" ", section(section))));
    }

    private List<String> section(String name) {
        List<String> words = sections.get(name);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(resource + ": no words in section [" + name + "]");
        }
        return words;
    }
}
