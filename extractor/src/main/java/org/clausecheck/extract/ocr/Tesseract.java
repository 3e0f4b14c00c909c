package org.clausecheck.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} program on one page image and reads its TSV output (words with boxes and
 * confidences). The program, not the Tess4J binding, so that no native or GPL code enters the jar; one process
 * per page with {@code OMP_THREAD_LIMIT=1}, since pages run in parallel and Tesseract's own threads only slow
 * that down on a loaded machine.
 */
public final class Tesseract {

    /** Tesseract's default: automatic page segmentation, which finds columns and headings. */
    static final int PAGE_SEGMENTATION = 3;

    private final String command;
    private final Duration pageTimeout;

    /**
     * @param command     the program to run, "tesseract" to find it on the PATH
     * @param pageTimeout how long one page may take before the process is stopped
     */
    public Tesseract(String command, Duration pageTimeout) {
        this.command = command;
        this.pageTimeout = pageTimeout;
    }

    /** The program on the PATH, two minutes a page. */
    public static Tesseract onPath() {
        return new Tesseract("tesseract", Duration.ofMinutes(2));
    }

    /**
     * Reads a grayscale page image, sent as PGM.
     *
     * @throws OcrUnavailableException when the program cannot be run or lacks its English data
     * @throws IOException             when it fails on this page or takes too long
     */
    public RecognisedPage read(BufferedImage grayImage, double dpi) throws OcrUnavailableException, IOException {
        if (grayImage.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("the page image must be 8-bit grayscale");
        }
        return run(out -> writePgm(grayImage, out), grayImage.getWidth(), grayImage.getHeight(), dpi);
    }

    /**
     * Reads a page image given as the bytes of a JPEG file, as a scanned PDF holds it: Tesseract decodes it
     * itself, so that it is neither decoded nor re-encoded here.
     *
     * @param width  the image's width in pixels
     * @param height the image's height in pixels
     * @throws OcrUnavailableException when the program cannot be run or lacks its English data
     * @throws IOException             when it fails on this page or takes too long
     */
    public RecognisedPage readJpeg(byte[] jpeg, int width, int height, double dpi)
            throws OcrUnavailableException, IOException {
        return run(out -> out.write(jpeg), width, height, dpi);
    }

    /** Writes the image to Tesseract's standard input. */
    private interface ImageWriter {
        void write(OutputStream out) throws IOException;
    }

    private RecognisedPage run(ImageWriter image, int width, int height, double dpi)
            throws OcrUnavailableException, IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command, "stdin", "stdout", "-l", "eng", "--dpi",
                String.valueOf(Math.round(dpi)), "--psm", String.valueOf(PAGE_SEGMENTATION), "tsv"));
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new OcrUnavailableException("Tesseract is not installed (no program '" + command + "'); "
                    + OcrUnavailableException.INSTALL_HINT, e);
        }
        try {
            FutureTask<byte[]> errors = drain(process.getErrorStream());
            FutureTask<byte[]> output = drain(process.getInputStream());
            IOException writeFailure = null;
            try (OutputStream in = process.getOutputStream()) {
                image.write(in);
            } catch (IOException e) {
                writeFailure = e; // it stopped reading: its exit status and message say why
            }
            if (!process.waitFor(pageTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("Tesseract took longer than " + pageTimeout.toSeconds() + " s on the page");
            }
            String stderr = new String(result(errors), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                if (stderr.contains("Failed loading language")) {
                    throw new OcrUnavailableException("Tesseract has no English data; "
                            + OcrUnavailableException.INSTALL_HINT, null);
                }
                throw new IOException("Tesseract failed (exit " + process.exitValue() + "): " + firstLine(stderr));
            }
            if (writeFailure != null) {
                throw writeFailure;
            }
            String tsv = new String(result(output), StandardCharsets.UTF_8);
            return new RecognisedPage(width, height, dpi, TesseractTsv.parse(tsv));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Tesseract read the page", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads a stream to its end on another thread, so that neither pipe fills while the image is written. */
    private static FutureTask<byte[]> drain(InputStream stream) {
        // A thread of its own: a shared pool could leave a pipe unread while another page waits on it.
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (stream) {
                return stream.readAllBytes();
            }
        });
        Thread reader = new Thread(task, "tesseract-pipe");
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    private static byte[] result(FutureTask<byte[]> task) throws IOException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IOException("could not read Tesseract's output", e.getCause());
        }
    }

    /** Binary PGM: no compression to spend time on, and Leptonica reads it from standard input. */
    private static void writePgm(BufferedImage gray, OutputStream out) throws IOException {
        String header = "P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n";
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(gray.getWidth() * gray.getHeight() + 32);
        buffer.write(header.getBytes(StandardCharsets.US_ASCII));
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int stride = gray.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel model
                ? model.getScanlineStride() : gray.getWidth();
        for (int y = 0; y < gray.getHeight(); y++) {
            buffer.write(pixels, y * stride, gray.getWidth());
        }
        buffer.writeTo(out);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
