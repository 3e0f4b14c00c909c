package org.clausecheck.extract.pdf;

import java.io.InputStream;

/** The bytes of a text string, read as ByteArrayInputStream reads them but without its locks. */
final class CodeStream extends InputStream {
    private byte[] bytes = new byte[0];
    private int position;
    private int mark;

    void reset(byte[] string) {
        bytes = string;
        position = 0;
        mark = 0;
    }

    /**
     * The next code of a font whose CMap is the predefined Identity-H, as fontbox's CMap.readCode reads
     * it (Apache License 2.0): its one codespace range, 0000 to FFFF, takes every two bytes, and a lone
     * last byte is read as its high byte. Call only while bytes are {@link #available()}.
     */
    int readIdentityCode() {
        int high = bytes[position++] & 0xff;
        int low = position < bytes.length ? bytes[position++] & 0xff : 0;
        return high << 8 | low;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public long skip(long count) {
        long skipped = Math.max(0, Math.min(count, bytes.length - position));
        position += (int) skipped;
        return skipped;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readLimit) {
        mark = position;
    }

    @Override
    public void reset() {
        position = mark;
    }
}
