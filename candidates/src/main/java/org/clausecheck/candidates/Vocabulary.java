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
    /**
     * Per known term: {its own feature index or 0, its number among the terms of pairs or -1}. One look-up per
     * token: every token of a document passes here.
     */
    private final Map<String, int[]> terms = new HashMap<>();
    private final Map<String, Integer> headingFeature = new HashMap<>();
    /** A pair of term numbers to its feature index. */
    private final PairTable pairFeature = new PairTable();
    private int pairTerms;

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
                pairFeature.put(first, second, index);
            } else {
                term(name)[0] = index;
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
    public Feature[] vector(List<String> sentence, List<String> heading) {
        int[] indices = indices(sentence, heading);
        Feature[] vector = new Feature[indices.length + 1];
        double value = indices.length == 0 ? 0 : 1 / Math.sqrt(indices.length);
        for (int i = 0; i < indices.length; i++) {
            vector[i] = new FeatureNode(indices[i], value);
        }
        vector[indices.length] = new FeatureNode(names.size() + 1, BIAS);
        return vector;
    }

    /** The indices of the sentence's known features, ascending, each once: the vector without its values. */
    int[] indices(List<String> sentence, List<String> heading) {
        return indices(sentence, heading, terms::get);
    }

    /**
     * A memory of this vocabulary's answers for the terms of one document, whose equal terms are one string: a look-up
     * by identity in a table of the document's few thousand terms costs less than one by content in the vocabulary's.
     * Not thread-safe.
     */
    public final class DocumentLookup {
        private static final int[] UNKNOWN = {0, -1};
        private final Map<String, int[]> known = new java.util.IdentityHashMap<>(4096);

        int[] get(String term) {
            int[] entry = known.get(term);
            if (entry == null) {
                entry = terms.getOrDefault(term, UNKNOWN);
                known.put(term, entry);
            }
            return entry;
        }

        /** Per feature, the number of the last sentence that had it: each feature once, without sorting. */
        private final int[] seenIn = new int[names.size() + 1];
        private int sentences;
        private int[] found = new int[64];

        /** The known features of a sentence, each once, in order of appearance; valid until the next call. */
        int features(List<String> sentence, List<String> heading) {
            int stamp = ++sentences;
            int count = 0;
            int previous = -1;
            int size = sentence.size();
            if (found.length < 2 * size + heading.size()) {
                found = new int[2 * (2 * size + heading.size())];
            }
            for (int i = 0; i < size; i++) {
                int[] known = get(sentence.get(i));
                int current = known[1];
                if (known[0] > 0 && seenIn[known[0]] != stamp) {
                    seenIn[known[0]] = stamp;
                    found[count++] = known[0];
                }
                if (previous >= 0 && current >= 0) {
                    int pair = pairFeature.get(previous, current);
                    if (pair > 0 && seenIn[pair] != stamp) {
                        seenIn[pair] = stamp;
                        found[count++] = pair;
                    }
                }
                previous = current;
            }
            for (String term : heading) {
                Integer index = headingFeature.get(term);
                if (index != null && seenIn[index] != stamp) {
                    seenIn[index] = stamp;
                    found[count++] = index;
                }
            }
            return count;
        }

        int[] found() {
            return found;
        }
    }

    public DocumentLookup lookup() {
        return new DocumentLookup();
    }

    private int[] indices(List<String> sentence, List<String> heading, java.util.function.Function<String, int[]> lookup) {
        int[] indices = new int[sentence.size() * 2 + heading.size()];
        int count = 0;
        int previous = -1;
        for (String term : sentence) {
            int[] known = lookup.apply(term);
            int current = -1;
            if (known != null) {
                if (known[0] > 0) {
                    indices[count++] = known[0];
                }
                current = known[1];
            }
            if (previous >= 0 && current >= 0) {
                int pair = pairFeature.get(previous, current);
                if (pair > 0) {
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
        return Arrays.copyOf(indices, distinct);
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

    private int[] term(String term) {
        return terms.computeIfAbsent(term, t -> new int[] {0, -1});
    }

    private int pairTermId(String term) {
        int[] known = term(term);
        if (known[1] < 0) {
            known[1] = pairTerms++;
        }
        return known[1];
    }

    /**
     * Open addressing from a pair of term numbers to a feature index, at most half full. A map of boxed longs hashed
     * them by first ^ second, so that most pairs of small numbers fell into a few buckets.
     */
    private static final class PairTable {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void put(int first, int second, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            long key = key(first, second);
            int slot = slot(key, keys.length);
            while (values[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            size += values[slot] == 0 ? 1 : 0;
            keys[slot] = key;
            values[slot] = value;
        }

        /** The feature index, or 0. */
        int get(int first, int second) {
            long key = key(first, second);
            int slot = slot(key, keys.length);
            while (values[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
                }
            }
        }

        private static long key(int first, int second) {
            return ((long) first << 32) | (second & 0xffffffffL);
        }

        /** A multiplicative hash of the whole key: its high bits choose the slot. */
        private static int slot(long key, int length) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(length)));
        }
    }
}
