package org.copydesk.core.rules.duplicate;

import java.util.Arrays;

/**
 * The words of one paragraph, normalised so that copies compare equal whatever their wrapping, spacing, letter
 * case, punctuation, quote and apostrophe style ({@code ' ’ ‘ " “ ” „ « »}) or dash style ({@code - – —}).
 *
 * <p>Each word is kept as a 64-bit hash rather than a string: a paragraph is read once, allocates two arrays,
 * and two words compare in one instruction (two different words share a hash with odds of 2<sup>-64</sup>).
 * Beside each word are the facts the comparison needs about it and the gap before it.
 */
final class Words {
    /** The word holds a digit: a changed number is a change of substance, never a near copy. */
    static final byte NUMBER = 1;
    /** The gap before the word ends a sentence ({@code . ! ? …}): text may have been glued on there. */
    static final byte SENTENCE_START = 2;
    /** No space before the word, only punctuation or a change of case: the mark of text glued on by a CMS. */
    static final byte UNSPACED = 4;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] hashes;
    private final byte[] flags;
    private final boolean headingLike;
    private final long fingerprint;

    private Words(long[] hashes, byte[] flags, boolean headingLike) {
        this.hashes = hashes;
        this.flags = flags;
        this.headingLike = headingLike;
        long h = FNV_OFFSET;
        for (long hash : hashes) {
            h = mix(h ^ hash) + FNV_PRIME;
        }
        this.fingerprint = h;
    }

    static Words of(CharSequence text, int start, int end) {
        return new Scanner(text, start, end).scan();
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

    /**
     * A title rather than a sentence: no closing punctuation and most longer words capitalised. Titles are
     * repeated on purpose (a headline above the article and again in it), so they are not flagged.
     */
    boolean isHeadingLike() {
        return headingLike;
    }

    /** A hash of the whole word sequence: equal for exact copies. */
    long fingerprint() {
        return fingerprint;
    }

    boolean sameWords(Words other) {
        return Arrays.equals(hashes, other.hashes);
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole hash. */
    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** One pass over the paragraph's characters; no string is built. */
    private static final class Scanner {
        private final CharSequence text;
        private final int start;
        private final int end;
        private long[] hashes = new long[32];
        private byte[] flags = new byte[32];
        private int count;
        private long hash;
        private boolean inWord;
        private boolean hasDigit;
        private char previous;
        private boolean gapHasSpace;
        private boolean gapEndsSentence;
        private boolean gapEndsClause;
        private int capitalised;
        private int longWords;
        private int wordLength;
        private boolean wordCapitalised;

        Scanner(CharSequence text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        Words scan() {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    if (inWord && isCaseGlue(c, i)) {
                        endWord();
                    }
                    if (!inWord) {
                        beginWord(c);
                    }
                    hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                    hasDigit |= Character.isDigit(c);
                    wordLength++;
                } else if (inWord && isApostrophe(c)) {
                    continue; // Trump's, Trump’s and Trumps are one word
                } else if (inWord && isDigitGroupSeparator(c, i)) {
                    hash = (hash ^ (c == '.' ? '.' : 0)) * FNV_PRIME; // 1,000 = 1000; 3.5 stays 3.5
                } else {
                    endWord();
                    noteGap(c);
                }
                previous = c;
            }
            endWord();
            boolean closed = gapEndsSentence || gapEndsClause;
            boolean headingLike = !closed && longWords > 0 && capitalised * 3 >= longWords * 2;
            return new Words(Arrays.copyOf(hashes, count), Arrays.copyOf(flags, count), headingLike);
        }

        /** {@code firsthandPowered}: a lower-case letter then a capitalised word, as when a CMS glues on a footer. */
        private boolean isCaseGlue(char c, int i) {
            return Character.isUpperCase(c) && Character.isLowerCase(previous)
                    && i + 1 < end && Character.isLowerCase(text.charAt(i + 1));
        }

        private boolean isDigitGroupSeparator(char c, int i) {
            return (c == ',' || c == '.') && Character.isDigit(previous)
                    && i + 1 < end && Character.isDigit(text.charAt(i + 1));
        }

        private void beginWord(char first) {
            byte flag = 0;
            if (count > 0) {
                boolean caseGlue = Character.isLetterOrDigit(previous);
                if (gapEndsSentence || caseGlue) {
                    flag |= SENTENCE_START;
                }
                if (!gapHasSpace) {
                    flag |= UNSPACED;
                }
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
                flags = Arrays.copyOf(flags, count * 2);
            }
            flags[count] = flag;
            inWord = true;
            hasDigit = false;
            hash = FNV_OFFSET;
            wordLength = 0;
            wordCapitalised = Character.isUpperCase(first);
        }

        private void endWord() {
            if (!inWord) {
                return;
            }
            if (hasDigit) {
                flags[count] |= NUMBER;
            }
            if (wordLength > 3) {
                longWords++;
                if (wordCapitalised) {
                    capitalised++;
                }
            }
            hashes[count++] = mix(hash);
            inWord = false;
            gapHasSpace = false;
            gapEndsSentence = false;
            gapEndsClause = false;
        }

        private void noteGap(char c) {
            if (Character.isWhitespace(c) || c == '\u00A0') {
                gapHasSpace = true;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '|' || c == '\u2022' || c == '\u00B7') {
                gapEndsSentence = true;
            } else if (c == ':' || c == ';' || c == '"' || c == '\u201D' || c == '\u00BB' || c == ')') {
                gapEndsClause = true;
            }
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4' || c == '\u2032';
        }
    }
}
