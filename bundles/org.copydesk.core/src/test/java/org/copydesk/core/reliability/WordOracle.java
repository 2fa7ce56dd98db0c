package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text as the README promises to compare them, written here on its own so that the properties do not
 * take the engine's word for it: runs of letters and digits, lower-cased; an apostrophe inside a word does not count
 * ({@code don't} is {@code dont}), nor a comma inside a number ({@code 1,000} is {@code 1000}), while a decimal point
 * does ({@code 3.5}); a capital right after a lower-case letter starts a word ({@code firsthandPowered}, text a CMS
 * glued on). Case, spacing, wrapping, punctuation, quote and dash styles never matter.
 */
final class WordOracle {
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4\u2032";

    /** One word: its normal form and where it is. */
    record Word(String word, int start, int end) {
    }

    private WordOracle() {
    }

    static Set<String> words(CharSequence text) {
        return words(text, 0, text.length());
    }

    static Set<String> words(CharSequence text, int from, int to) {
        Set<String> words = new HashSet<>();
        for (Word word : read(text, from, to)) {
            words.add(word.word());
        }
        return words;
    }

    static List<Word> read(CharSequence text, int from, int to) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int previous = 0;
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            int size = Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                boolean gluedCapital = start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(previous)
                        && i + size < to && Character.isLowerCase(codePointAt(text, i + size, to));
                if (gluedCapital) {
                    words.add(new Word(word.toString(), start, i));
                    word.setLength(0);
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                }
                word.appendCodePoint(Character.toLowerCase(c));
                previous = c;
                i += size;
                continue;
            }
            int next = i + 1 < to ? codePointAt(text, i + 1, to) : -1;
            if (start >= 0 && next >= 0 && APOSTROPHES.indexOf(c) >= 0 && Character.isLetter(next)) {
                i++; // inside the word, and not part of it
                continue;
            }
            if (start >= 0 && next >= 0 && (c == ',' || c == '.') && Character.isDigit(previous) && Character.isDigit(next)) {
                if (c == '.') {
                    word.append('.');
                }
                i++;
                continue;
            }
            if (start >= 0) {
                words.add(new Word(word.toString(), start, i));
                word.setLength(0);
                start = -1;
            }
            i += size;
        }
        if (start >= 0) {
            words.add(new Word(word.toString(), start, to));
        }
        return words;
    }

    private static int codePointAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }
}
