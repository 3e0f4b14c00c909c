package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds page furniture: runs near the top or bottom of pages whose text, with digits ignored, repeats at
 * the same height on many pages ("Confidential - Page 3", "Acme MSA v2"), and bare page numbers ("3",
 * "- 3 -", "Page 3 of 10"). These are kept out of the body and reported as running headers and footers.
 */
final class RunningTextDetector {

    /** What was found and the pages without it. */
    record Result(List<PdfPage> bodyPages, List<String> headers, List<String> footers) {
    }

    /** How many runs from the top and from the bottom of a page are candidates. */
    private static final int EDGE_RUNS = 4;
    /** A text must repeat on at least this share of the pages (and on two pages) to be running text. */
    private static final double MIN_PAGE_SHARE = 0.3;
    /** Repeats count as the same only when their baselines are this close (points). */
    private static final float SAME_HEIGHT = 4f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?[-\u2013\u2014(\\[]?\\s*(?:\\d{1,4}|[ivxlc]{1,6}|[A-Z]-\\d{1,3})\\s*[-\u2013\u2014)\\]]?"
                    + "(?:\\s*(?:of|/)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private record Candidate(PdfLine line, boolean top, String key) {
    }

    private RunningTextDetector() {
    }

    static Result detect(List<PdfPage> pages) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (PdfPage page : pages) {
            for (Candidate candidate : candidates(page)) {
                candidates.add(candidate);
                pagesByKey.computeIfAbsent(candidate.key(), k -> new HashSet<>()).add(page.number());
            }
        }
        int minPages = Math.max(2, (int) Math.ceil(pages.size() * MIN_PAGE_SHARE));
        Set<PdfLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> footers = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            String text = candidate.line().text();
            boolean repeats = pagesByKey.get(candidate.key()).size() >= minPages;
            if (repeats || PAGE_NUMBER.matcher(text).matches()) {
                furniture.add(candidate.line());
                String distinct = DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
                (candidate.top() ? headers : footers).putIfAbsent(distinct, text);
            }
        }
        List<PdfPage> body = new ArrayList<>(pages.size());
        for (PdfPage page : pages) {
            List<PdfLine> kept = new ArrayList<>(page.lines().size());
            for (PdfLine line : page.lines()) {
                if (!furniture.contains(line)) {
                    kept.add(line);
                }
            }
            body.add(kept.size() == page.lines().size() ? page : page.withLines(kept));
        }
        return new Result(body, List.copyOf(headers.values()), List.copyOf(footers.values()));
    }

    /** The first and last few runs of the page, by height; a short page's runs count once, as header or footer. */
    private static List<Candidate> candidates(PdfPage page) {
        List<PdfLine> byHeight = new ArrayList<>(page.lines());
        byHeight.sort((a, b) -> Float.compare(a.y(), b.y()));
        List<Candidate> out = new ArrayList<>();
        int n = byHeight.size();
        for (int i = 0; i < n; i++) {
            PdfLine line = byHeight.get(i);
            boolean top = i < EDGE_RUNS && line.y() < page.height() / 2;
            if (top || (i >= n - EDGE_RUNS && line.y() >= page.height() / 2)) {
                out.add(new Candidate(line, top, key(line, top)));
            }
        }
        return out;
    }

    private static String key(PdfLine line, boolean top) {
        String text = DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ");
        return (top ? "top|" : "bottom|") + Math.round(line.y() / SAME_HEIGHT) + "|" + text;
    }
}
