package org.clausecheck.portfolio.search;

import java.io.IOException;
import java.util.Arrays;

/**
 * Measures a search's latency inside the JVM, as a user's repeated searches see it: the same request is
 * run {@code runs} times to warm up (JIT, index pages in the OS cache), then {@code runs} times measured.
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    /** The median of the measured runs, in milliseconds. */
    public static double medianMillis(PortfolioSearcher searcher, SearchRequest request, int runs) throws IOException {
        for (int i = 0; i < runs; i++) {
            searcher.search(request);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            searcher.search(request);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }
}
