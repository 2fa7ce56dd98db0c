package org.copydesk.core.rules.duplicate;

import java.util.Arrays;

import org.copydesk.core.text.ProseWords;

/**
 * The words of one paragraph, normalised so that copies compare equal whatever their wrapping, spacing, letter
 * case, punctuation, quote and apostrophe style ({@code ' ’ ‘ " “ ” „ « »}) or dash style ({@code - – —}).
 *
 * <p>Each word is kept as a 64-bit hash rather than a string: a paragraph is read once, allocates two arrays,
 * and two words compare in one instruction (two different words share a hash with odds of 2<sup>-64</sup>).
 * Beside each word are the facts the comparison needs about it and the gap before it. {@link WordReader} reads them.
 */
final class Words {
    /** The word holds a digit: a changed number is a change of substance, never a near copy. */
    static final byte NUMBER = 1;
    /** The gap before the word ends a sentence ({@code . ! ? …}): text may have been glued on there. */
    static final byte SENTENCE_START = 2;
    /** No space before the word, only punctuation or a change of case: the mark of text glued on by a CMS. */
    static final byte UNSPACED = 4;
    /** Capitalised though it does not start a sentence or quotation: a name, whose change is a change of fact. */
    static final byte CAPITALISED = 8;
    /** Inside a quotation: replacing one whole quotation by another changes what was said. */
    static final byte QUOTED = 16;
    /** Three characters or fewer: mostly the function words (of, the, in, and) that every paragraph has. */
    static final byte SHORT = 32;

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private final long[] hashes;
    private final byte[] flags;
    private final boolean closed;
    private final boolean titleCase;
    private final long fingerprint;

    Words(long[] hashes, byte[] flags, boolean closed, boolean titleCase) {
        this.hashes = hashes;
        this.flags = flags;
        this.closed = closed;
        this.titleCase = titleCase;
        long h = FNV_OFFSET;
        for (long hash : hashes) {
            h = (h ^ hash) * FNV_PRIME; // the word hashes are well mixed already
        }
        this.fingerprint = ProseWords.mix(h);
    }

    static Words of(CharSequence text, int start, int end) {
        return new WordReader().read(text, start, end, 0);
    }

    int size() {
        return hashes.length;
    }

    long hash(int index) {
        return hashes[index];
    }

    boolean isNumber(int index) {
        return (flags[index] & NUMBER) != 0;
    }

    boolean has(int index, byte flag) {
        return (flags[index] & flag) != 0;
    }

    /** Whether the text ends with closing punctuation ({@code . ! ? : ;}, a closing quote or bracket), as prose does. */
    boolean isClosed() {
        return closed;
    }

    /** Whether at least two thirds of the words of four letters or more are capitalised, as in a headline. */
    boolean isTitleCase() {
        return titleCase;
    }

    /** A hash of the whole word sequence: equal for exact copies. */
    long fingerprint() {
        return fingerprint;
    }

    boolean sameWords(Words other) {
        return Arrays.equals(hashes, other.hashes);
    }
}
