package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.junit.jupiter.api.Test;

/** ContentBuffer must answer every call as PDFBox's RandomAccessReadBuffer does over the same bytes. */
class ContentBufferTest {

    private final Random random = new Random(1128);

    @Test
    void answersAsPdfBoxsBufferDoes() throws IOException {
        for (int round = 0; round < 3_000; round++) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(10_000)];
            random.nextBytes(bytes);
            // Both of PDFBox's shapes: one chunk around the array, and 4 KB chunks read from a stream.
            RandomAccessRead expected = round % 2 == 0 ? new RandomAccessReadBuffer(bytes)
                    : new RandomAccessReadBuffer(new ByteArrayInputStream(bytes));
            RandomAccessRead actual = new ContentBuffer(bytes);
            long seed = random.nextLong();
            assertEquals(script(expected, new Random(seed), bytes.length, true),
                    script(actual, new Random(seed), bytes.length, true), "round " + round);
        }
    }

    @Test
    void failsOnceClosedAsPdfBoxsBufferDoes() throws IOException {
        byte[] bytes = {1, 2, 3};
        RandomAccessRead expected = new RandomAccessReadBuffer(bytes);
        RandomAccessRead actual = new ContentBuffer(bytes);
        expected.close();
        actual.close();
        // Views left out: a closed RandomAccessReadBuffer fails on one with an IndexOutOfBoundsException.
        assertEquals(script(expected, new Random(1), 3, false), script(actual, new Random(1), 3, false));
        assertEquals(expected.isClosed(), actual.isClosed());
    }

    @Test
    void copiesContentLongerThanTheLengthTrustedUpFront() throws IOException {
        byte[] bytes = new byte[ContentBuffer.TRUSTED_LENGTH + 12_345];
        random.nextBytes(bytes);
        assertArrayEquals(bytes, ContentBuffer.remainingBytes(new RandomAccessReadBuffer(bytes)));
    }

    @Test
    void copiesWhatIsLeftAndClosesTheSource() throws IOException {
        byte[] bytes = new byte[10_000];
        random.nextBytes(bytes);
        RandomAccessRead source = new RandomAccessReadBuffer(new ByteArrayInputStream(bytes));
        source.seek(1000);
        ContentBuffer copy = ContentBuffer.copyOf(source);
        assertEquals(true, source.isClosed());
        byte[] read = new byte[9000];
        copy.readFully(read);
        assertArrayEquals(Arrays.copyOfRange(bytes, 1000, 10_000), read);
        assertEquals(-1, copy.read());
        assertNull(ContentBuffer.copyOf(null));
    }

    @Test
    void copiesAShortSourceAsFarAsItGoes() throws IOException {
        byte[] bytes = {10, 20, 30, 40};
        // A view that claims more than its source holds, as a truncated file's stream does.
        RandomAccessRead view = new RandomAccessReadView(new RandomAccessReadBuffer(bytes), 1, 10);
        assertArrayEquals(new byte[] {20, 30, 40}, ContentBuffer.remainingBytes(view));
        assertArrayEquals(new byte[0], ContentBuffer.remainingBytes(new RandomAccessReadBuffer(new byte[0])));
        // A length far past the data (a damaged /Length) is neither allocated nor believed.
        RandomAccessRead claimsTooMuch = new RandomAccessReadView(new RandomAccessReadBuffer(bytes), 0, 1L << 40);
        assertArrayEquals(bytes, ContentBuffer.remainingBytes(claimsTooMuch));
    }

    /** A random sequence of the calls PDFBox's parser and PDFBox's defaults make, with every answer. */
    private static String script(RandomAccessRead input, Random random, int length, boolean views) {
        StringBuilder answers = new StringBuilder();
        for (int step = 0; step < 60; step++) {
            int operation = random.nextInt(14);
            if (operation == 12 && !views) {
                continue;
            }
            try {
                switch (operation) {
                    case 0, 1, 2 -> answers.append(input.read());
                    case 3, 4 -> answers.append(input.peek());
                    case 5 -> input.rewind(random.nextInt(12));
                    case 6 -> input.seek(random.nextInt(length + 20) - 5L);
                    case 7 -> input.skip(random.nextInt(300) - 20);
                    case 8 -> answers.append(input.getPosition()).append(input.isEOF()).append(input.length());
                    case 9 -> answers.append(input.available());
                    case 10 -> {
                        byte[] target = new byte[random.nextInt(5000)];
                        int read = input.read(target, 0, target.length);
                        answers.append(read).append(Arrays.hashCode(target));
                    }
                    case 11 -> {
                        byte[] target = new byte[random.nextInt(200)];
                        input.readFully(target);
                        answers.append(Arrays.hashCode(target));
                    }
                    case 12 -> {
                        long start = random.nextInt(length + 1);
                        try (RandomAccessReadView view = input.createView(start, random.nextInt(length + 1 - (int) start))) {
                            byte[] target = new byte[(int) view.length()];
                            view.readFully(target);
                            answers.append(Arrays.hashCode(target)).append(input.getPosition());
                        }
                    }
                    default -> answers.append(input.isClosed());
                }
            } catch (IOException | RuntimeException e) {
                answers.append(e.getClass().getSimpleName()).append(':').append(e.getMessage());
            }
            answers.append(' ');
        }
        return answers.toString();
    }
}
