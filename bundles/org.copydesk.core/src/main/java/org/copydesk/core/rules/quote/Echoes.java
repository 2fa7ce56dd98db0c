package org.copydesk.core.rules.quote;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a document's attributed quotations, so that a quotation repeating them is known for theirs: a
 * headline, a subhead or a pull quote echoes what the story attributes ({@code 'Thin-skinned' Trump quells
 * critics} over a story that quotes someone calling him "thin-skinned"). Every run of one to {@value #GRAM}
 * words of every attributed quotation is hashed into one set; a quotation of up to {@value #GRAM} words echoes
 * when its words are a run of the set, a longer one when all its runs of {@value #GRAM} are. Linear in the
 * quoted words.
 */
final class Echoes {
    private static final int GRAM = 4;
    private static final long EMPTY = 0;

    private long[] table = new long[256];
    private int size;
    private final long[] window = new long[GRAM];

    /** Adds every run of one to {@value #GRAM} words of {@code quotation}. */
    void add(String text, Quotation quotation) {
        int[] count = {0};
        forEachWord(text, quotation, hash -> {
            System.arraycopy(window, 1, window, 0, GRAM - 1);
            window[GRAM - 1] = hash;
            count[0]++;
            long run = 0;
            for (int n = 1; n <= Math.min(GRAM, count[0]); n++) {
                run = combine(run, window[GRAM - n], n);
                insert(run);
            }
        });
        Arrays.fill(window, 0);
    }

    /** Whether {@code quotation}'s words repeat a run of an attributed quotation's. */
    boolean echoes(String text, Quotation quotation) {
        if (size == 0) {
            return false;
        }
        long[][] words = {new long[16]};
        int[] count = {0};
        forEachWord(text, quotation, hash -> {
            if (count[0] == words[0].length) {
                words[0] = Arrays.copyOf(words[0], count[0] * 2);
            }
            words[0][count[0]++] = hash;
        });
        int n = count[0];
        if (n == 0) {
            return false;
        }
        int length = Math.min(GRAM, n);
        for (int end = length; end <= n; end++) {
            long run = 0;
            for (int i = 1; i <= length; i++) {
                run = combine(run, words[0][end - i], i);
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

    private interface WordSink {
        void accept(long hash);
    }

    /** The hash of every word (a run of letters and digits, in lower case) of the quotation's parts. */
    private static void forEachWord(String text, Quotation quotation, WordSink sink) {
        List<Quotation.Part> parts = quotation.parts();
        for (Quotation.Part part : parts) {
            long hash = 0;
            boolean inWord = false;
            for (int i = part.openEnd(); i <= part.close(); i++) {
                char c = i < part.close() ? text.charAt(i) : ' ';
                if (Words.isWordChar(c)) {
                    hash = hash * 31 + Character.toLowerCase(c);
                    inWord = true;
                } else if (inWord) {
                    sink.accept(hash * 0xC2B2AE3D27D4EB4FL + 1);
                    hash = 0;
                    inWord = false;
                }
            }
        }
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
