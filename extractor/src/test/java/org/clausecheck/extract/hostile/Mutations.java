package org.clausecheck.extract.hostile;

import java.util.Arrays;
import java.util.Random;

/** Byte-level mutations that broken transfers, bad tools and attackers produce. */
final class Mutations {

    private Mutations() {
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && bytes.length > 16; i++) {
            bytes = switch (random.nextInt(5)) {
                case 0 -> flipBits(bytes, random);
                case 1 -> Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
                case 2 -> deleteRange(bytes, random);
                case 3 -> duplicateRange(bytes, random);
                default -> overwriteRange(bytes, random);
            };
        }
        return bytes;
    }

    private static byte[] flipBits(byte[] bytes, Random random) {
        int flips = 1 + random.nextInt(32);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private static byte[] deleteRange(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, from + length, out, from, bytes.length - from - length);
        return out;
    }

    private static byte[] duplicateRange(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(4096));
        byte[] out = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, out, 0, from + length);
        System.arraycopy(bytes, from, out, from + length, bytes.length - from);
        return out;
    }

    private static byte[] overwriteRange(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(64));
        byte[] noise = new byte[length];
        random.nextBytes(noise);
        System.arraycopy(noise, 0, bytes, from, length);
        return bytes;
    }
}
