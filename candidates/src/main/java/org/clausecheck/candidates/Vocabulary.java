package org.clausecheck.candidates;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the models know, numbered from 1 as LIBLINEAR wants them: a sentence's analysed terms (stems and
 * role tokens), pairs of adjacent terms, and the terms of the heading it stands under ("#term"). A sentence's
 * vector is binary and scaled to unit length, so that a long sentence weighs no more than a short one.
 */
public final class Vocabulary {

    /** Prefix of a heading term's feature name. */
    static final String HEADING = "#";
    /** Between the two terms of a pair's feature name; no analysed term holds a space. */
    static final String PAIR = " ";
    /** The value of the bias feature. */
    static final double BIAS = 1;

    private final List<String> names;
    private final Map<String, Integer> termFeature = new HashMap<>();
    private final Map<String, Integer> headingFeature = new HashMap<>();
    /** Terms of any pair, numbered, so that a pair is looked up by two numbers instead of a new string. */
    private final Map<String, Integer> pairTermIds = new HashMap<>();
    private final Map<Long, Integer> pairFeature = new HashMap<>();

    private Vocabulary(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int index = i + 1;
            int space = name.indexOf(PAIR);
            if (name.startsWith(HEADING)) {
                headingFeature.put(name.substring(HEADING.length()), index);
            } else if (space > 0) {
                int first = pairTermId(name.substring(0, space));
                int second = pairTermId(name.substring(space + 1));
                pairFeature.put(pairKey(first, second), index);
            } else {
                termFeature.put(name, index);
            }
        }
    }

    /** A vocabulary of these feature names, numbered in the order given. */
    public static Vocabulary of(List<String> names) {
        if (new LinkedHashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("a feature is named twice");
        }
        return new Vocabulary(names);
    }

    /** The feature names of a sentence, each once, in order of first appearance: what the trainer counts. */
    public static Set<String> names(List<String> terms, List<String> heading) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            names.add(terms.get(i));
            if (i + 1 < terms.size()) {
                names.add(terms.get(i) + PAIR + terms.get(i + 1));
            }
        }
        for (String term : heading) {
            names.add(HEADING + term);
        }
        return names;
    }

    /**
     * The sentence as LIBLINEAR's sparse vector: the known features, by index, each 1 / sqrt(count), then the bias
     * feature (index {@code size() + 1}, value 1) that LIBLINEAR expects its caller to add.
     */
    public Feature[] vector(List<String> terms, List<String> heading) {
        int[] indices = new int[terms.size() * 2 + heading.size()];
        int count = 0;
        int previous = -1;
        for (String term : terms) {
            Integer single = termFeature.get(term);
            if (single != null) {
                indices[count++] = single;
            }
            Integer id = pairTermIds.get(term);
            int current = id == null ? -1 : id;
            if (previous >= 0 && current >= 0) {
                Integer pair = pairFeature.get(pairKey(previous, current));
                if (pair != null) {
                    indices[count++] = pair;
                }
            }
            previous = current;
        }
        for (String term : heading) {
            Integer index = headingFeature.get(term);
            if (index != null) {
                indices[count++] = index;
            }
        }
        Arrays.sort(indices, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || indices[distinct - 1] != indices[i]) {
                indices[distinct++] = indices[i];
            }
        }
        Feature[] vector = new Feature[distinct + 1];
        double value = distinct == 0 ? 0 : 1 / Math.sqrt(distinct);
        for (int i = 0; i < distinct; i++) {
            vector[i] = new FeatureNode(indices[i], value);
        }
        vector[distinct] = new FeatureNode(names.size() + 1, BIAS);
        return vector;
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** One feature name a line, in index order. */
    void write(Writer out) throws IOException {
        for (String name : names) {
            out.write(name);
            out.write('\n');
        }
    }

    static Vocabulary read(BufferedReader in) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isEmpty()) {
                names.add(line);
            }
        }
        return of(names);
    }

    /** Feature names sorted as the vocabulary file lists them. */
    static List<String> sorted(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }

    private int pairTermId(String term) {
        return pairTermIds.computeIfAbsent(term, t -> pairTermIds.size());
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
