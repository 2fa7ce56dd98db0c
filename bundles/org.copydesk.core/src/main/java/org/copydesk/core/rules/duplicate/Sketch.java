package org.copydesk.core.rules.duplicate;

import java.util.Arrays;

import org.copydesk.core.text.ProseWords;

/**
 * The keys under which a paragraph is filed so that its near copies find it without being compared with every
 * other paragraph: locality-sensitive hashing of a MinHash sketch of its word pairs, plus its opening and
 * closing words.
 *
 * <p>MinHash, in its one-permutation form: each word pair is hashed once, the hash picks one of
 * {@value #HASHES} bins, and each bin keeps the smallest hash that falls into it (an empty bin borrows from
 * the next full one, "densification", so short paragraphs get a whole sketch too). Two paragraphs agree on a
 * bin with a probability close to the Jaccard similarity of their sets of word pairs. One hash per word pair
 * is what keeps this at a fraction of a millisecond per megabyte.
 *
 * <p>Banding: the bins are cut into {@value #BANDS} bands of {@value #ROWS}; each band is one key, so two
 * paragraphs share a key with probability about {@code 1 - (1 - J^2)^12}. A copy with one word changed in ten
 * keeps 7 of 11 word pairs (J = 0.64) and is found with probability 0.998; unrelated paragraphs rarely share
 * a key, and when they do, fail the comparison cheaply. Pairs of two short words ("of the", "in a") are left
 * out: they are in almost every paragraph, and a sketch made of them would match every other.
 *
 * <p>The first and last {@value #ANCHOR_WORDS} words are keys too: a copy with a footer glued onto its end
 * keeps the opening of the original word for word, however short the original.
 *
 * <p>The share of bins two sketches agree on estimates their similarity in constant time (compared by one
 * byte of each bin, packed into {@value #SIGNATURE_LONGS} longs: a cache line and a few instructions per
 * candidate; unequal bins look equal once in 256, which barely moves the estimate). Candidates that
 * agree on fewer than {@value #MIN_AGREEMENT} of {@value #HASHES} (word-pair Jaccard similarity under about
 * 0.2) are set aside without being aligned. A near copy within the similarity threshold keeps at least 0.6 of
 * its word pairs (each edit breaks at most two), a copy with glued text at least 0.45, so is hardly ever lost.
 */
final class Sketch {
    static final int BANDS = 12;
    static final int ROWS = 2;
    static final int HASHES = BANDS * ROWS;
    static final int ANCHOR_WORDS = 8;
    /** Every key a paragraph is filed under: its bands and its two anchors. */
    static final int KEYS = BANDS + 2;
    static final int MIN_AGREEMENT = 5;
    static final int SIGNATURE_LONGS = HASHES / 8;

    private static final long PAIR_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long BORROW_OFFSET = 0xD6E8FEB86659FD93L;
    private static final long PREFIX_SALT = 0x2545F4914F6CDD1DL;
    private static final long SUFFIX_SALT = 0x632BE59BD9B4E019L;

    private final int anchorWords;
    private final long[] minima = new long[HASHES];
    private final long[] full = new long[HASHES];
    private final long[] signature = new long[SIGNATURE_LONGS];
    private final long[] keys = new long[KEYS];

    /**
     * A sketch to compute for one paragraph after another (it reuses its arrays; not for use by several
     * threads). The anchors are the first and last {@code anchorWords} words, at most {@value #ANCHOR_WORDS}:
     * no more than the shortest paragraph checked.
     */
    Sketch(int anchorWords) {
        this.anchorWords = Math.min(ANCHOR_WORDS, anchorWords);
    }

    /** Computes the sketch of {@code words} (at least one word), replacing the previous one. */
    Sketch of(Words words) {
        computeMinima(words);
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = ProseWords.mix(key * 31 + minima[band * ROWS + row]);
            }
            keys[band] = key;
        }
        int anchor = Math.min(anchorWords, words.size());
        keys[BANDS] = hashOf(words, 0, anchor, PREFIX_SALT);
        keys[BANDS + 1] = hashOf(words, words.size() - anchor, words.size(), SUFFIX_SALT);
        Arrays.fill(signature, 0);
        for (int bin = 0; bin < HASHES; bin++) {
            signature[bin / 8] |= (minima[bin] & 0xFF) << (bin % 8 * 8);
        }
        return this;
    }

    /** The {@value #KEYS} keys to file the paragraph under and look its originals up by. */
    long[] keys() {
        return keys;
    }

    /** One byte of each bin, {@value #SIGNATURE_LONGS} longs to copy into {@link #agreement}'s arrays. */
    long[] signature() {
        return signature;
    }

    /**
     * How many of the {@value #HASHES} bins two sketches agree on, from their signatures at {@code a} and
     * {@code b} in {@code signatures}.
     */
    static int agreement(long[] signatures, int a, int b) {
        int same = 0;
        for (int i = 0; i < SIGNATURE_LONGS; i++) {
            same += zeroBytes(signatures[a * SIGNATURE_LONGS + i] ^ signatures[b * SIGNATURE_LONGS + i]);
        }
        return same;
    }

    /** As {@link #agreement(long[], int, int)}, for two signatures of their own. */
    static int agreement(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIGNATURE_LONGS; i++) {
            same += zeroBytes(a[i] ^ b[i]);
        }
        return same;
    }

    /** The number of zero bytes in {@code x}: the high bit of each zero byte is set, then counted. */
    private static int zeroBytes(long x) {
        long low7 = 0x7F7F7F7F7F7F7F7FL;
        long y = (x & low7) + low7;
        return Long.bitCount(~(y | x | low7));
    }

    private void computeMinima(Words words) {
        Arrays.fill(minima, Long.MAX_VALUE);
        boolean skipShortPairs = hasPairWithLongWord(words);
        int pairs = Math.max(1, words.size() - 1);
        for (int i = 0; i < pairs; i++) {
            if (skipShortPairs && words.has(i, Words.SHORT) && words.has(i + 1, Words.SHORT)) {
                continue;
            }
            long pair = words.size() == 1 ? words.hash(0) : words.hash(i) * PAIR_MULTIPLIER + words.hash(i + 1);
            int bin = (int) (((pair >>> 32) * HASHES) >>> 32);
            minima[bin] = Math.min(minima[bin], pair);
        }
        densify();
    }

    /** Fills each empty bin from the next full one (circularly), offset by the distance so the two differ. */
    private void densify() {
        System.arraycopy(minima, 0, full, 0, HASHES);
        for (int bin = 0; bin < HASHES; bin++) {
            for (int distance = 1; full[bin] == Long.MAX_VALUE && distance < HASHES; distance++) {
                long source = full[(bin + distance) % HASHES];
                if (source != Long.MAX_VALUE) {
                    minima[bin] = source + distance * BORROW_OFFSET;
                    break;
                }
            }
        }
    }

    private static boolean hasPairWithLongWord(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.has(i, Words.SHORT) || !words.has(i + 1, Words.SHORT)) {
                return true;
            }
        }
        return false;
    }

    private static long hashOf(Words words, int from, int to, long salt) {
        long h = salt;
        for (int i = from; i < to; i++) {
            h = ProseWords.mix(h ^ words.hash(i));
        }
        return h;
    }
}
