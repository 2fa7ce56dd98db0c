package org.copydesk.core.rules.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * Guesses a document's language from how many of each language's commonest words its prose holds. Reads at
 * most the first {@value #SAMPLE_WORDS} words: enough to tell English, German and French apart, and cheap.
 */
final class LanguageGuess {
    static final Document.Key<Language> KEY = new Document.Key<>(LanguageGuess::of);
    static final int SAMPLE_WORDS = 3000;
    /** Longer than any stopword of any language. */
    private static final int LONGEST_STOPWORD = longestStopword();

    private LanguageGuess() {
    }

    static Language of(Document document) {
        Map<Language, Set<String>> stopwords = LexiconReader.stopwords();
        Language[] languages = stopwords.keySet().toArray(Language[]::new);
        @SuppressWarnings("unchecked")
        Set<String>[] sets = stopwords.values().toArray(Set[]::new);
        int[] counts = new int[Language.values().length];
        String text = document.text();
        int words = 0;
        char[] word = new char[32];
        int length = 0;
        for (Block paragraph : document.paragraphs()) {
            for (int i = paragraph.start(); i <= paragraph.end() && words < SAMPLE_WORDS; i++) {
                char c = i < paragraph.end() ? text.charAt(i) : ' ';
                if (Words.isWordChar(c)) {
                    if (length == word.length) {
                        word = java.util.Arrays.copyOf(word, length * 2);
                    }
                    word[length++] = Character.toLowerCase(c);
                } else if (length > 0) {
                    words++;
                    // stopwords are short: longer words need no string to look up
                    if (length <= LONGEST_STOPWORD) {
                        String w = new String(word, 0, length);
                        for (int l = 0; l < languages.length; l++) {
                            if (sets[l].contains(w)) {
                                counts[languages[l].ordinal()]++;
                            }
                        }
                    }
                    length = 0;
                }
            }
            if (words >= SAMPLE_WORDS) {
                break;
            }
        }
        Language best = Language.ENGLISH;
        int bestCount = counts[Language.ENGLISH.ordinal()];
        for (Language language : Language.values()) {
            if (counts[language.ordinal()] > bestCount) {
                best = language;
                bestCount = counts[language.ordinal()];
            }
        }
        return best;
    }

    private static int longestStopword() {
        int longest = 0;
        for (Set<String> set : LexiconReader.stopwords().values()) {
            for (String word : set) {
                longest = Math.max(longest, word.length());
            }
        }
        return longest;
    }

    /** The language the {@code language} option names, or the guessed one for {@code auto}. */
    static Language resolve(String option, Document document) {
        return option.trim().toLowerCase(Locale.ROOT).equals("auto") ? document.get(KEY) : Language.ofCode(option);
    }
}
