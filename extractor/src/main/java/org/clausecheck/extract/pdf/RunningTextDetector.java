package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausecheck.extract.SectionNumber;

/**
 * Finds page furniture: printed lines near the top or bottom of pages whose text, with digits ignored,
 * repeats at the same height on many pages ("Confidential - Page 3", "Acme MSA v2"), and bare page numbers ("3",
 * "- 3 -", "Page 3 of 10"). These are kept out of the body and reported as running headers and footers.
 */
final class RunningTextDetector {

    /** What was found and the pages without it. */
    record Result(List<PdfPage> bodyPages, List<String> headers, List<String> footers) {
    }

    /** How many printed lines from the top and from the bottom of a page are candidates. */
    private static final int EDGE_LINES = 4;
    /** A text must repeat on at least this share of the pages (and on two pages) to be running text. */
    private static final double MIN_PAGE_SHARE = 0.3;
    /** Repeats count as the same only when their baselines are this close (points). */
    private static final float SAME_HEIGHT = 4f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?[-\u2013\u2014(\\[]?\\s*(?:\\d{1,4}|[ivxlc]{1,6}|[A-Z]-\\d{1,3})\\s*[-\u2013\u2014)\\]]?"
                    + "(?:\\s*(?:of|/)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The runs on one baseline near the top or bottom of a page, and the key under which repeats are counted. */
    private record Candidate(List<PdfLine> runs, String text, boolean top, String key) {
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
            String text = candidate.text();
            boolean repeats = pagesByKey.get(candidate.key()).size() >= minPages;
            if (repeats || PAGE_NUMBER.matcher(text).matches()) {
                furniture.addAll(candidate.runs());
                // Reported run by run: a footer's text and its page number are set apart on the page.
                for (PdfLine run : candidate.runs()) {
                    String distinct = DIGITS.matcher(run.text().toLowerCase(Locale.ROOT)).replaceAll("#");
                    (candidate.top() ? headers : footers).putIfAbsent(distinct, run.text());
                }
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

    /**
     * The first and last few printed lines of the page (runs on one baseline, left to right). The first lines
     * count as header only in the upper half: the last line of a short page, page number included, may sit
     * well above the middle.
     */
    private static List<Candidate> candidates(PdfPage page) {
        List<PdfLine> byHeight = new ArrayList<>(page.lines());
        byHeight.sort(Comparator.comparingDouble(PdfLine::y).thenComparingDouble(PdfLine::x));
        List<List<PdfLine>> lines = new ArrayList<>();
        for (PdfLine run : byHeight) {
            List<PdfLine> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.get(0).sameBaseline(run)) {
                last.add(run);
            } else {
                lines.add(new ArrayList<>(List.of(run)));
            }
        }
        List<Candidate> out = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            List<PdfLine> runs = lines.get(i);
            float y = runs.get(0).y();
            boolean top = i < EDGE_LINES && y < page.height() / 2;
            if (top || i >= n - EDGE_LINES) {
                String text = String.join(" ", runs.stream().map(PdfLine::text).toList());
                out.add(new Candidate(runs, text, top, key(text, y, top)));
            }
        }
        return out;
    }

    /**
     * Repeats are counted by text with digits ignored ("Page 3" is "Page 4") at the same height; a line that
     * starts with a section number must repeat exactly, or "ARTICLE 5" and "ARTICLE 7" at the top of two
     * pages would pass for a running header.
     */
    private static String key(String text, float y, boolean top) {
        String lower = WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String comparable = SectionNumber.parse(text).isPresent() ? lower : DIGITS.matcher(lower).replaceAll("#");
        return (top ? "top|" : "bottom|") + Math.round(y / SAME_HEIGHT) + "|" + comparable;
    }
}
