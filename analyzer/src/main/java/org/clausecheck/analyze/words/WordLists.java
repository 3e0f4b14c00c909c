package org.clausecheck.analyze.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of a class, read once from a classpath resource beside it, so that the words can be read and changed as
 * data. The file has {@code [section]} lines, each followed by its lines of words; {@code #} starts a comment line.
 * A section is read either as words (separated by spaces or line breaks) or as phrases (one a line, as written:
 * "service provider", "now, therefore"). A section the code asks for that the file lacks is an error at class load,
 * never an empty list.
 */
public final class WordLists {

    private final String resource;
    private final Map<String, List<String>> sections;

    private WordLists(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** The lists of a resource in the package of {@code owner} ("negation.words" beside Negation). */
    public static WordLists read(Class<?> owner, String resource) {
        String name = owner.getPackageName() + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the class path");
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
                        throw new IllegalStateException(name + ": section " + text + " given twice");
                    }
                } else if (current == null) {
                    throw new IllegalStateException(name + ": words before any [section]: " + text);
                } else {
                    current.add(text);
                }
            }
            return new WordLists(name, sections);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** The words of a section in the order written, each line split at spaces. */
    public List<String> wordList(String section) {
        List<String> words = new ArrayList<>();
        for (String line : section(section)) {
            words.addAll(List.of(line.split("\\s+")));
        }
        return List.copyOf(words);
    }

    /** The words of a section as written. */
    public Set<String> words(String section) {
        return Set.copyOf(wordList(section));
    }

    /** The phrases of a section: each line one entry, spaces inside kept as one space. */
    public Set<String> phrases(String section) {
        return Set.copyOf(section(section).stream().map(line -> line.replaceAll("\\s+", " ")).toList());
    }

    private List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException(resource + ": no words in section [" + name + "]");
        }
        return lines;
    }
}
