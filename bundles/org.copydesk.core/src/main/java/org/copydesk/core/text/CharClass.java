package org.copydesk.core.text;

/**
 * A fixed set of characters, looked up in a bit table. Tests like {@code "|•·»".indexOf(c) >= 0} run on every
 * character of a line; a string holding a character beyond Latin-1 is searched a char at a time, with a bounds
 * check each, which made such tests a tenth of the footer rule's time.
 */
public final class CharClass {
    private final long[] bits;

    private CharClass(long[] bits) {
        this.bits = bits;
    }

    /** The characters of {@code chars}. */
    public static CharClass of(String chars) {
        int max = 0;
        for (int i = 0; i < chars.length(); i++) {
            max = Math.max(max, chars.charAt(i));
        }
        long[] bits = new long[(max >>> 6) + 1];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
        return new CharClass(bits);
    }

    public boolean has(char c) {
        int word = c >>> 6;
        return word < bits.length && (bits[word] & 1L << c) != 0;
    }
}
