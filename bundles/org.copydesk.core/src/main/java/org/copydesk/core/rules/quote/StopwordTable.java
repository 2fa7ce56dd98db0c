package org.copydesk.core.rules.quote;

import java.util.Map;
import java.util.Set;

/**
 * The languages each stopword is one of (bits by {@link Language#ordinal()}), looked up by a word's place in a
 * text, in lower case, without making a string of it: the language guess looks up every short word of a text,
 * and a string for each was most of what it cost.
 */
final class StopwordTable {
    private final String[] words;
    private final int[] languages;
    private final int mask;
    private final int longest;

    StopwordTable(Map<Language, Set<String>> stopwords) {
        int count = stopwords.values().stream().mapToInt(Set::size).sum();
        int size = Integer.highestOneBit(Math.max(4, count) * 2) * 2; // at most a quarter full: short probes
        words = new String[size];
        languages = new int[size];
        mask = size - 1;
        int longestWord = 0;
        for (Map.Entry<Language, Set<String>> language : stopwords.entrySet()) {
            for (String word : language.getValue()) {
                int slot = hash(word, 0, word.length()) & mask;
                while (words[slot] != null && !words[slot].equals(word)) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                languages[slot] |= 1 << language.getKey().ordinal();
                longestWord = Math.max(longestWord, word.length());
            }
        }
        longest = longestWord;
    }

    /** The languages of which {@code text[start, end)}, in lower case, is a stopword; 0 if none. */
    int languagesOf(String text, int start, int end) {
        if (end - start > longest) {
            return 0;
        }
        for (int slot = hash(text, start, end) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (sameLowerCase(words[slot], text, start, end)) {
                return languages[slot];
            }
        }
        return 0;
    }

    private static boolean sameLowerCase(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word.charAt(i - start) != lowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** {@link Character#toLowerCase(char)}, without its table look-up for ASCII: every letter of a sample passes here. */
    private static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
