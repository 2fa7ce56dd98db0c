package org.copydesk.core.rules.quote;

import java.util.Arrays;

/**
 * The words of a document's attributed quotations, so that a quotation repeating them is known for theirs: a
 * headline, a subhead or a teaser echoes what the story attributes ({@code 'Thin-skinned' Trump quells critics}
 * over a story that quotes someone calling him "thin-skinned"). Runs of words of the attributed quotations are
 * hashed into one set, of the lengths the quotations asked about need: a quotation of up to {@value #GRAM}
 * words echoes when its words are a run of the set, a longer one when all its runs of {@value #GRAM} are.
 * Linear in the quoted words.
 */
final class Echoes {
    static final int GRAM = 4;
    private static final long EMPTY = 0;
    private static final char[] LATIN_LOWER = new char[256];

    static {
        for (char c = 0; c < LATIN_LOWER.length; c++) {
            LATIN_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private final String text;
    /** Bit {@code n} set: runs of {@code n} words are asked about. */
    private final int lengths;
    private long[] table = new long[1024];
    private int size;
    private long[] words = new long[64];

    /** An index for the runs of the given lengths ({@link #lengthBit}). */
    Echoes(String text, int lengths) {
        this.text = text;
        this.lengths = lengths;
    }

    /** The bit of the run length a quotation of {@code wordCount} words is looked up by. */
    static int lengthBit(int wordCount) {
        return 1 << Math.min(GRAM, Math.max(1, wordCount));
    }

    /** The number of words of {@code quotation}, as {@link #echoes} counts them. */
    int wordCount(Quotation quotation) {
        return readWords(quotation);
    }

    /** Adds the runs of {@code quotation}'s words that quotations may ask about. */
    void add(Quotation quotation) {
        int n = readWords(quotation);
        for (int end = 1; end <= n; end++) {
            long run = 0;
            for (int length = 1; length <= Math.min(GRAM, end); length++) {
                run = combine(run, words[end - length], length);
                if ((lengths & 1 << length) != 0) {
                    insert(run);
                }
            }
        }
    }

    /** Whether {@code quotation}'s words repeat a run of an attributed quotation's. */
    boolean echoes(Quotation quotation) {
        if (size == 0) {
            return false;
        }
        int n = readWords(quotation);
        if (n == 0) {
            return false;
        }
        int length = Math.min(GRAM, n);
        for (int end = length; end <= n; end++) {
            long run = 0;
            for (int i = 1; i <= length; i++) {
                run = combine(run, words[end - i], i);
            }
            if (!contains(run)) {
                return false;
            }
        }
        return true;
    }

    /** A run's hash, built from its last word backwards, so that runs of every length share the work. */
    private static long combine(long run, long word, int length) {
        long h = run * 0x9E3779B97F4A7C15L + word + length;
        h ^= h >>> 29;
        return h == EMPTY ? 1 : h;
    }

    /** Hashes every word (a run of letters and digits, in lower case) of the quotation into {@link #words}. */
    private int readWords(Quotation quotation) {
        int count = 0;
        for (Quotation.Part part : quotation.parts()) {
            long hash = 0;
            boolean inWord = false;
            int close = part.close();
            for (int i = part.openEnd(); i <= close; i++) {
                char c = i < close ? text.charAt(i) : ' ';
                if (Words.isWordChar(c)) {
                    hash = hash * 31 + (c < LATIN_LOWER.length ? LATIN_LOWER[c] : Character.toLowerCase(c));
                    inWord = true;
                } else if (inWord) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                    }
                    words[count++] = hash * 0xC2B2AE3D27D4EB4FL + 1;
                    hash = 0;
                    inWord = false;
                }
            }
        }
        return count;
    }

    private void insert(long key) {
        if (size * 2 >= table.length) {
            long[] old = table;
            table = new long[old.length * 2];
            size = 0;
            for (long k : old) {
                if (k != EMPTY) {
                    insert(k);
                }
            }
        }
        int mask = table.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
    }

    private boolean contains(long key) {
        int mask = table.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }
}
