package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one definition of a word the quotation checks share, for the text and for the lexicons alike: a run of
 * letters and digits. Apostrophes and hyphens separate words, so that {@code Trump’s}, {@code a-t-il} and
 * {@code d’après} match lexicon entries written as {@code trump s}, {@code a t il} and {@code d après}.
 */
final class Words {
    private Words() {
    }

    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)} for ASCII, looked up: the language guess asks it of every character it samples. */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
        }
    }

    /** The lower-case words of {@code phrase}. */
    static List<String> split(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            if (!isWordChar(phrase.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < phrase.length() && isWordChar(phrase.charAt(i))) {
                i++;
            }
            words.add(phrase.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whitespace-separated chunks of {@code [start, end)} that hold a letter or digit: how long a quotation is. */
    static int count(CharSequence text, int start, int end) {
        return countUpTo(text, start, end, Integer.MAX_VALUE);
    }

    /** As {@link #count}, but stops at {@code limit}: whether a long paragraph is short reads only its start. */
    static int countUpTo(CharSequence text, int start, int end, int limit) {
        int count = 0;
        boolean countedThisChunk = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                countedThisChunk = false;
            } else if (!countedThisChunk && isWordChar(c)) {
                if (++count >= limit) {
                    return count;
                }
                countedThisChunk = true;
            }
        }
        return count;
    }
}
