package org.copydesk.core.rules.duplicate;

import static org.copydesk.core.rules.duplicate.Words.CAPITALISED;
import static org.copydesk.core.rules.duplicate.Words.FNV_OFFSET;
import static org.copydesk.core.rules.duplicate.Words.FNV_PRIME;
import static org.copydesk.core.rules.duplicate.Words.NUMBER;
import static org.copydesk.core.rules.duplicate.Words.QUOTED;
import static org.copydesk.core.rules.duplicate.Words.SENTENCE_START;
import static org.copydesk.core.rules.duplicate.Words.SHORT;
import static org.copydesk.core.rules.duplicate.Words.UNSPACED;
import static org.copydesk.core.text.ProseWords.mix;

import java.util.Arrays;

/**
 * Reads paragraphs into words, one pass over each paragraph's characters, a word at a time in a tight loop.
 * It reuses its buffers from one paragraph to the next and allocates only for paragraphs long enough to
 * keep: most of a document's cost is its many short lines. Not for use by several threads.
 */
final class WordReader {
    /** Tables for the common case of Latin-1 text: a lookup instead of a chain of comparisons per character. */
    private static final int TABLE = 256;
    private static final boolean[] LATIN_WORD = new boolean[TABLE];
    private static final boolean[] LATIN_LOWER_CASE = new boolean[TABLE];
    private static final char[] LATIN_LOWER = new char[TABLE];
    /** What separates words with a space between them: whitespace and the no-break space. */
    private static final boolean[] LATIN_SPACE = new boolean[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            LATIN_WORD[c] = Character.isLetterOrDigit(c);
            LATIN_LOWER_CASE[c] = Character.isLowerCase(c);
            LATIN_LOWER[c] = Character.toLowerCase(c);
            LATIN_SPACE[c] = Character.isWhitespace(c) || c == '\u00A0';
        }
    }

    private char[] text = new char[256];
    private int end;
    private final Quotes quotes = new Quotes();
    private long[] hashes = new long[64];
    private byte[] flags = new byte[64];
    private int count;
    /** The character before the current one: a letter if a word was just cut by a change of case. */
    private char previous;
    private boolean gapHasSpace;
    private boolean gapEndsSentence;
    private int capitalised;
    private int longWords;

    /** The words of {@code source[start, end)}, or null if it has fewer than {@code minWords}. */
    Words read(CharSequence source, int start, int end) {
        return read(source, start, end, 0);
    }

    Words read(CharSequence source, int start, int end, int minWords) {
        if (end - start < minWords) {
            return null; // too short to hold minWords words
        }
        load(source, start, end);
        count = 0;
        previous = 0;
        gapHasSpace = false;
        gapEndsSentence = false;
        capitalised = 0;
        longWords = 0;
        quotes.reset();
        scan();
        if (count < minWords) {
            return null;
        }
        boolean titleCase = longWords > 0 && capitalised * 3 >= longWords * 2;
        return new Words(Arrays.copyOf(hashes, count), Arrays.copyOf(flags, count), isClosed(), titleCase);
    }

    /** Copies the paragraph into the buffer in one bulk copy; the scan then reads a plain array. */
    private void load(CharSequence source, int start, int end) {
        this.end = end - start;
        if (text.length < this.end) {
            text = new char[Math.max(this.end, text.length * 2)];
        }
        if (source instanceof String string) {
            string.getChars(start, end, text, 0);
        } else {
            for (int i = start; i < end; i++) {
                text[i - start] = source.charAt(i);
            }
        }
    }

    private void scan() {
        int i = 0;
        boolean afterWord = false;
        while (i < end) {
            char c = text[i];
            if (isLetterOrDigit(c)) {
                i = word(i);
                afterWord = true;
            } else {
                noteGap(c, afterWord, i + 1 < end && isLetterOrDigit(text[i + 1]));
                previous = c;
                afterWord = false;
                i++;
            }
        }
    }

    /**
     * Reads the word starting at {@code start} and returns where it ends. Apostrophes between letters
     * (Trump's, Trump’s) and separators between digits (1,000 is 1000; 3.5 stays 3.5) stay inside it; a
     * capital after a lower-case letter ({@code firsthandPowered}) starts a new word.
     */
    private int word(int start) {
        char first = text[start];
        beginWord(first);
        long hash = FNV_OFFSET;
        int length = 0;
        boolean digit = false;
        char c = first;
        int i = start;
        while (true) {
            hash = (hash ^ toLowerCase(c)) * FNV_PRIME;
            length++;
            digit |= isDigit(c);
            if (++i >= end) {
                break;
            }
            char next = text[i];
            if (isLetterOrDigit(next)) {
                if (isUpperCase(next) && isLowerCase(c) && i + 1 < end && isLowerCase(text[i + 1])) {
                    break;
                }
                c = next;
                continue;
            }
            if (i + 1 >= end) {
                break;
            }
            char after = text[i + 1];
            if (isApostrophe(next) && Character.isLetter(after)) {
                c = text[++i];
            } else if ((next == ',' || next == '.') && isDigit(c) && isDigit(after)) {
                if (next == '.') {
                    hash = (hash ^ next) * FNV_PRIME;
                }
                c = text[++i];
            } else {
                break;
            }
        }
        previous = c;
        endWord(hash, length, digit, isUpperCase(first));
        return i;
    }

    /** Whether the last character, markup aside, is punctuation that ends a sentence or a quotation. */
    private boolean isClosed() {
        int i = end - 1;
        while (i >= 0 && (Character.isWhitespace(text[i]) || "*_`".indexOf(text[i]) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?\u2026:;\"\u201D\u2019'\u00BB)]".indexOf(text[i]) >= 0;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < TABLE ? LATIN_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isLowerCase(char c) {
        return c < TABLE ? LATIN_LOWER_CASE[c] : Character.isLowerCase(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static char toLowerCase(char c) {
        return c < TABLE ? LATIN_LOWER[c] : Character.toLowerCase(c);
    }

    private void beginWord(char first) {
        byte flag = quotes.inside() ? QUOTED : 0;
        boolean startsSentence = count == 0 || gapEndsSentence || quotes.justOpened();
        if (count > 0) {
            boolean caseGlue = isLetterOrDigit(previous);
            if (gapEndsSentence || caseGlue) {
                flag |= SENTENCE_START;
                startsSentence = true;
            }
            if (!gapHasSpace) {
                flag |= UNSPACED;
            }
        }
        if (isUpperCase(first) && !startsSentence) {
            flag |= CAPITALISED;
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
        }
        flags[count] = flag;
    }

    private void endWord(long hash, int length, boolean digit, boolean capital) {
        if (digit) {
            flags[count] |= NUMBER;
        }
        if (length <= 3) {
            flags[count] |= SHORT;
        } else {
            longWords++;
            if (capital) {
                capitalised++;
            }
        }
        hashes[count++] = mix(hash);
        gapHasSpace = false;
        gapEndsSentence = false;
        quotes.wordSeen();
    }

    private void noteGap(char c, boolean afterWord, boolean beforeWord) {
        if (c < TABLE ? LATIN_SPACE[c] : Character.isWhitespace(c)) {
            gapHasSpace = true;
        } else if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '|' || c == '\u2022' || c == '\u00B7') {
            gapEndsSentence = true;
        } else {
            quotes.mark(c, afterWord, beforeWord);
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4' || c == '\u2032';
    }

    /**
     * Whether the scanner is inside a quotation, whatever the style: {@code "…"}, {@code “…”}, {@code „…“},
     * {@code «…»}, {@code ‘…’}, {@code '…'}. A single quote only opens before a word and closes after one, so
     * apostrophes ({@code the players' union}) leave the state alone.
     */
    private static final class Quotes {
        private char opener;
        private boolean justOpened;

        void reset() {
            opener = 0;
            justOpened = false;
        }

        boolean inside() {
            return opener != 0;
        }

        boolean justOpened() {
            return justOpened;
        }

        void wordSeen() {
            justOpened = false;
        }

        void mark(char c, boolean afterWord, boolean beforeWord) {
            boolean single = c == '\'' || c == '\u2018' || c == '\u2019';
            if (opener == 0) {
                boolean opens = single ? c != '\u2019' && beforeWord && !afterWord : "\"\u201C\u201E\u00AB".indexOf(c) >= 0;
                if (opens) {
                    opener = single ? '\'' : '"';
                    justOpened = true;
                }
            } else if (single ? opener == '\'' && afterWord : opener == '"' && "\"\u201C\u201D\u00BB".indexOf(c) >= 0) {
                opener = 0;
            }
        }
    }
}
