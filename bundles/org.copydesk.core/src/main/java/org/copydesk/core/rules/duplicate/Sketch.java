package org.copydesk.core.rules.duplicate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The keys under which a paragraph is filed so that its near copies find it without being compared with every
 * other paragraph: locality-sensitive hashing of a MinHash sketch of its word pairs, plus its opening and
 * closing words.
 *
 * <p>MinHash: for each of {@value #HASHES} hash functions, the smallest hash of any word pair in the paragraph.
 * Two paragraphs agree on one such minimum with a probability equal to the Jaccard similarity of their sets of
 * word pairs. Banding: the minima are cut into {@value #BANDS} bands of {@value #ROWS}; each band is one key, so
 * two paragraphs share a key with probability {@code 1 - (1 - J^2)^12}. A copy with one word changed in ten
 * keeps 7 of 11 word pairs (J = 0.64) and is found with probability 0.998; unrelated paragraphs (J below 0.05)
 * share a key about once in 300 pairs, and then fail the exact comparison cheaply.
 *
 * <p>The first and last {@value #ANCHOR_WORDS} words are keys too: a copy with a footer glued onto its end
 * keeps the opening of the original word for word, however short the original.
 */
final class Sketch {
    static final int BANDS = 12;
    static final int ROWS = 2;
    static final int HASHES = BANDS * ROWS;
    static final int ANCHOR_WORDS = 8;
    /** Every key a paragraph is filed under: its bands and its two anchors. */
    static final int KEYS = BANDS + 2;

    /**
     * One odd multiplier per hash function: {@code pair * multiplier} is a multiply-shift hash of an already
     * well-mixed pair hash, and compared as a signed long its order follows its high bits. One multiplication
     * per function keeps the sketch at a few nanoseconds per word.
     */
    private static final long[] MULTIPLIERS = new SplittableRandom(0x5EEDL).longs(HASHES).map(m -> m | 1).toArray();
    private static final long PREFIX_SALT = 0x2545F4914F6CDD1DL;
    private static final long SUFFIX_SALT = 0x9E3779B97F4A7C15L;

    private Sketch() {
    }

    /**
     * The {@value #KEYS} keys of {@code words} (at least one word); the anchors are the first and last
     * {@code anchorWords} words, at most {@value #ANCHOR_WORDS}: no more than the shortest paragraph checked.
     */
    static long[] keys(Words words, int anchorWords) {
        long[] minima = minima(words);
        long[] keys = new long[KEYS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = Words.mix(key * 31 + minima[band * ROWS + row]);
            }
            keys[band] = key;
        }
        int anchor = Math.min(Math.min(ANCHOR_WORDS, anchorWords), words.size());
        keys[BANDS] = hashOf(words, 0, anchor, PREFIX_SALT);
        keys[BANDS + 1] = hashOf(words, words.size() - anchor, words.size(), SUFFIX_SALT);
        return keys;
    }

    private static long[] minima(Words words) {
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        int pairs = Math.max(1, words.size() - 1);
        for (int i = 0; i < pairs; i++) {
            long pair = words.size() == 1 ? words.hash(0) : words.hash(i) * 0x9E3779B97F4A7C15L + words.hash(i + 1);
            for (int f = 0; f < HASHES; f++) {
                minima[f] = Math.min(minima[f], pair * MULTIPLIERS[f]);
            }
        }
        return minima;
    }

    private static long hashOf(Words words, int from, int to, long salt) {
        long h = salt;
        for (int i = from; i < to; i++) {
            h = Words.mix(h ^ words.hash(i));
        }
        return h;
    }
}
