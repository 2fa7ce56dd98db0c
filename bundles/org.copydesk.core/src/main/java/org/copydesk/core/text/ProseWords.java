package org.copydesk.core.text;

import java.util.Arrays;

/**
 * The words of a stretch of text as the checks compare them, each with where it is. Two texts have the same
 * words whatever their letter case, spacing, line wrapping, punctuation, quote and apostrophe style or dash
 * style: a word is a run of letters and digits, lower-cased; an apostrophe between letters stays inside it and
 * does not count ({@code Trump's} is {@code Trump’s} is {@code Trumps}); a comma between digits does not count
 * ({@code 1,000} is {@code 1000}) while a decimal point does ({@code 3.5}); a capital after a lower-case letter
 * starts a new word, as where a CMS glued text on ({@code firsthandPowered}). These are the duplicate check's
 * normalisations, read here with positions, for code that must quote or weigh single words.
 *
 * <p>Each word is kept as a 64-bit key (two different words share one with odds of 2<sup>-64</sup>).
 */
public final class ProseWords {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int rangeEnd;
    private final long[] keys;
    private final int[] starts;
    private final int[] ends;
    /** The keys as an open-addressing set (0 marks a free slot), made on the first {@link #contains} call. */
    private long[] set;
    private boolean hasZeroKey;

    private ProseWords(int rangeEnd, long[] keys, int[] starts, int[] ends) {
        this.rangeEnd = rangeEnd;
        this.keys = keys;
        this.starts = starts;
        this.ends = ends;
    }

    /** The words of {@code text[start, end)}. */
    public static ProseWords of(CharSequence text, int start, int end) {
        return new Reader(text, start, end).read(start);
    }

    public int size() {
        return keys.length;
    }

    /** The key of word {@code index}: equal for words that read the same. */
    public long key(int index) {
        return keys[index];
    }

    /** Where word {@code index} starts in the text. */
    public int start(int index) {
        return starts[index];
    }

    /** Where word {@code index} ends in the text (exclusive). */
    public int end(int index) {
        return ends[index];
    }

    /** The end of the text read: where the words' punctuation ends at the latest. */
    public int rangeEnd() {
        return rangeEnd;
    }

    /** Whether one of these words has {@code key}. */
    public boolean contains(long key) {
        if (set == null) {
            set = buildSet();
        }
        if (key == 0) {
            return hasZeroKey;
        }
        int mask = set.length - 1;
        for (int slot = (int) (key ^ key >>> 32) & mask; set[slot] != 0; slot = slot + 1 & mask) {
            if (set[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private long[] buildSet() {
        long[] table = new long[Integer.highestOneBit(Math.max(4, keys.length * 2)) * 2];
        int mask = table.length - 1;
        for (long key : keys) {
            if (key == 0) {
                hasZeroKey = true;
                continue;
            }
            int slot = (int) (key ^ key >>> 32) & mask;
            while (table[slot] != 0 && table[slot] != key) {
                slot = slot + 1 & mask;
            }
            table[slot] = key;
        }
        return table;
    }

    /** One pass over the text, a code point at a time. */
    private static final class Reader {
        private final CharSequence text;
        private final int end;
        private long[] keys;
        private int[] starts;
        private int[] ends;
        private int count;

        Reader(CharSequence text, int start, int end) {
            this.text = text;
            this.end = end;
            int expected = Math.max(8, (end - start) / 5); // words of prose average five or six characters with the space
            keys = new long[expected];
            starts = new int[expected];
            ends = new int[expected];
        }

        ProseWords read(int start) {
            int i = start;
            while (i < end) {
                int c = codePointAt(i);
                if (isLetterOrDigit(c)) {
                    i = word(i);
                } else {
                    i += Character.charCount(c);
                }
            }
            return new ProseWords(end, Arrays.copyOf(keys, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
        }

        /** Reads the word at {@code start}, adds it, and returns where it ends. */
        private int word(int start) {
            long hash = FNV_OFFSET;
            int c = codePointAt(start);
            int i = start;
            while (true) {
                hash = hashed(hash, Character.toLowerCase(c));
                i += Character.charCount(c);
                if (i >= end) {
                    break;
                }
                int next = codePointAt(i);
                if (isLetterOrDigit(next)) {
                    int nextEnd = i + Character.charCount(next);
                    if (Character.isUpperCase(next) && Character.isLowerCase(c) && nextEnd < end
                            && Character.isLowerCase(codePointAt(nextEnd))) {
                        break; // a capital glued onto a word starts the next one
                    }
                    c = next;
                    continue;
                }
                if (i + 1 >= end) {
                    break;
                }
                int after = codePointAt(i + 1);
                if (isApostrophe(next) && Character.isLetter(after)) {
                    c = after;
                    i++;
                } else if ((next == ',' || next == '.') && Character.isDigit(c) && Character.isDigit(after)) {
                    if (next == '.') {
                        hash = hashed(hash, '.');
                    }
                    c = after;
                    i++;
                } else {
                    break;
                }
            }
            add(mix(hash), start, i);
            return i;
        }

        private int codePointAt(int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end) {
                char low = text.charAt(i + 1);
                if (Character.isLowSurrogate(low)) {
                    return Character.toCodePoint(c, low);
                }
            }
            return c;
        }

        private void add(long key, int start, int wordEnd) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            keys[count] = key;
            starts[count] = start;
            ends[count++] = wordEnd;
        }
    }

    /** Latin-1 looked up, as most prose is: the test runs on every character. */
    private static final boolean[] LATIN_WORD = new boolean[256];

    static {
        for (char c = 0; c < LATIN_WORD.length; c++) {
            LATIN_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isLetterOrDigit(int c) {
        return c < LATIN_WORD.length ? LATIN_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** FNV-1a over the UTF-16 code units of {@code codePoint}. */
    private static long hashed(long hash, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return (hash ^ codePoint) * FNV_PRIME;
        }
        long h = (hash ^ Character.highSurrogate(codePoint)) * FNV_PRIME;
        return (h ^ Character.lowSurrogate(codePoint)) * FNV_PRIME;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4' || c == '\u2032';
    }

    /**
     * MurmurHash3's 64-bit finaliser: spreads every input bit over the whole hash. The duplicate check hashes its
     * words with it too, so that the words this class reads compare equal to the ones the check compared.
     */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
