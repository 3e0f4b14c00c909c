package org.clausecheck.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clausecheck.extract.ocr.OcrUnavailableException;
import org.clausecheck.extract.ocr.RecognisedPage;
import org.clausecheck.extract.ocr.Tesseract;

/**
 * Reads chosen pages of a PDF by OCR: takes a scanned page's picture as it is, or renders the page in grayscale
 * with PDFBox (one page at a time, as a PDDocument is not safe to share between threads), and hands the images to
 * Tesseract on a small pool, so that pages are recognised in parallel while the next one is prepared. At most one image per thread waits, to bound memory.
 */
final class OcrPageReader {

    /** What OCR gave: pages read, pages that failed with the reason, and why OCR could not run at all. */
    record Outcome(Map<Integer, RecognisedPage> read, Map<Integer, String> failed, String unavailable) {
    }

    /** Rendering resolution: see docs/ocr.md for the measurement. */
    static final int DPI = 300;
    /** A scan coarser than this is rendered at this resolution, as Tesseract misreads small letters below it. */
    static final double MIN_SCAN_DPI = 200;
    private static final float POINTS_PER_INCH = 72f;
    /** Pixels at least this light are paper, not ink. */
    private static final int BLANK_GREY = 200;

    private final Tesseract tesseract;
    private final int threads;
    private final Runnable pageDone;

    /** {@code pageDone} runs on an OCR thread after each page, whatever its outcome. */
    OcrPageReader(Tesseract tesseract, int threads, Runnable pageDone) {
        this.tesseract = tesseract;
        this.threads = threads;
        this.pageDone = pageDone;
    }

    /** Reads the given 1-based pages; stops early when Tesseract cannot run. */
    Outcome read(PDDocument pdf, List<Integer> pageNumbers) throws IOException {
        Map<Integer, RecognisedPage> read = new TreeMap<>();
        Map<Integer, String> failed = new TreeMap<>();
        if (pageNumbers.isEmpty()) {
            return new Outcome(read, failed, null);
        }
        PDFRenderer renderer = new PDFRenderer(pdf);
        int poolSize = Math.max(1, Math.min(threads, pageNumbers.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "ocr");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore waiting = new Semaphore(2 * poolSize);
        Map<Integer, Future<RecognisedPage>> pending = new TreeMap<>();
        try {
            for (int number : pageNumbers) {
                waiting.acquire();
                if (anyUnavailable(pending)) {
                    break;
                }
                Callable<RecognisedPage> reading = reading(pdf.getPage(number - 1), number, renderer);
                pending.put(number, pool.submit(() -> {
                    try {
                        return reading.call();
                    } finally {
                        waiting.release();
                        pageDone.run();
                    }
                }));
            }
            String unavailable = null;
            for (Map.Entry<Integer, Future<RecognisedPage>> entry : pending.entrySet()) {
                try {
                    read.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof OcrUnavailableException missing) {
                        unavailable = missing.getMessage();
                    } else {
                        failed.put(entry.getKey(), PdfLineCollector.oneLine(e.getCause()));
                    }
                }
            }
            return new Outcome(read, failed, unavailable);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading pages by OCR", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How Tesseract will read a page, prepared on this thread (a PDDocument is not safe to share): a scan's JPEG as
     * it is, a scan in another format rendered at its own resolution, any other page rendered at {@link #DPI}.
     */
    private Callable<RecognisedPage> reading(PDPage page, int number, PDFRenderer renderer) throws IOException {
        Optional<ScannedImage> scan = ScannedImage.of(page);
        if (scan.isPresent() && scan.get().jpeg()) {
            // Not checked for blankness: that would mean decoding it, and Tesseract finds a blank page quickly.
            ScannedImage image = scan.get();
            byte[] jpeg = image.jpegBytes();
            return () -> tesseract.readJpeg(jpeg, image.image().getWidth(), image.image().getHeight(), image.dpi());
        }
        // A scan at 200 dpi rendered at 300 only gives Tesseract more pixels of the same detail (docs/ocr.md);
        // a coarser one is enlarged to what Tesseract reads best.
        double dpi = scan.map(image -> Math.max(MIN_SCAN_DPI, Math.min(DPI, image.dpi()))).orElse((double) DPI);
        BufferedImage image = renderer.renderImage(number - 1, (float) (dpi / POINTS_PER_INCH), ImageType.GRAY);
        if (blank(image)) {
            // A blank page (common between exhibits): nothing for Tesseract to read.
            int width = image.getWidth();
            int height = image.getHeight();
            return () -> new RecognisedPage(width, height, dpi, List.of());
        }
        return () -> tesseract.read(image, dpi);
    }

    /** True when no pixel is darker than light grey: not even a page number to read. */
    static boolean blank(BufferedImage gray) {
        var raster = gray.getRaster();
        int[] row = new int[gray.getWidth()];
        for (int y = 0; y < gray.getHeight(); y++) {
            raster.getSamples(0, y, gray.getWidth(), 1, 0, row);
            for (int value : row) {
                if (value < BLANK_GREY) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean anyUnavailable(Map<Integer, Future<RecognisedPage>> pending) {
        for (Future<RecognisedPage> future : pending.values()) {
            if (future.isDone()) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof OcrUnavailableException) {
                        return true;
                    }
                } catch (InterruptedException | CancellationException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
