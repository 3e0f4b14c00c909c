package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Content stream bytes for PDFBox's content parser, in one plain array. It answers as PDFBox 3.0.8's
 * {@code RandomAccessReadBuffer} over the same bytes does (positions, reads at and past the end, seeking
 * past the end, failures once closed), but cheaply: the parser peeks at nearly every byte, and PDFBox's
 * peek reads, then rewinds through {@code seek} and {@code ByteBuffer.position}, about a tenth of
 * extraction time on the CUAD PDFs.
 */
final class ContentBuffer implements RandomAccessRead {

    /** The largest stated length allocated at once; longer content grows the array as it is read. */
    static final int TRUSTED_LENGTH = 1 << 24;

    private final byte[] bytes;
    private int position;
    private boolean closed;

    ContentBuffer(byte[] bytes) {
        this.bytes = bytes;
    }

    /** All bytes of the source from its current position, which is closed afterwards; null for none. */
    static ContentBuffer copyOf(RandomAccessRead source) throws IOException {
        if (source == null) {
            return null;
        }
        try (source) {
            return new ContentBuffer(remainingBytes(source));
        }
    }

    /**
     * The bytes of the source from its current position until a read gives none, as the parser would
     * read them: a source shorter than its stated length (a truncated file) gives what it has, and a
     * stated length past {@link #TRUSTED_LENGTH} is not allocated up front.
     */
    static byte[] remainingBytes(RandomAccessRead source) throws IOException {
        long stated = source.length() - source.getPosition();
        byte[] all = new byte[(int) Math.max(0, Math.min(TRUSTED_LENGTH, stated))];
        int size = 0;
        while (true) {
            if (size == all.length) {
                int next = source.read(); // usually the end, found without growing the array
                if (next < 0) {
                    break;
                }
                all = Arrays.copyOf(all, Math.max(64, (int) Math.min(Integer.MAX_VALUE - 8, all.length * 2L)));
                all[size++] = (byte) next;
                continue;
            }
            int read = source.read(all, size, all.length - size);
            if (read <= 0) {
                break;
            }
            size += read;
        }
        return size == all.length ? all : Arrays.copyOf(all, size);
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        checkClosed();
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int peek() throws IOException {
        checkClosed();
        return position < bytes.length ? bytes[position] & 0xff : -1;
    }

    @Override
    public void rewind(int count) throws IOException {
        checkClosed();
        seek((long) position - count);
    }

    @Override
    public void skip(int count) throws IOException {
        checkClosed();
        seek((long) position + count);
    }

    @Override
    public long getPosition() throws IOException {
        checkClosed();
        return position;
    }

    /** As RandomAccessReadBuffer: a negative position fails, one past the end stops at the end. */
    @Override
    public void seek(long target) throws IOException {
        checkClosed();
        if (target < 0) {
            throw new IOException("Invalid position " + target);
        }
        position = (int) Math.min(target, bytes.length);
    }

    @Override
    public long length() throws IOException {
        checkClosed();
        return bytes.length;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkClosed();
        return position >= bytes.length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A view over a copy of the reader, as RandomAccessReadBuffer gives (the parser does not ask for one). */
    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkClosed();
        return new RandomAccessReadView(new ContentBuffer(bytes), startPosition, streamLength, true);
    }

    private void checkClosed() throws IOException {
        if (closed) {
            throw new IOException("RandomAccessBuffer already closed");
        }
    }
}
