package org.copydesk.core.rules.quote;

import java.util.HashMap;
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
    /** Each stopword with the languages it is one of, as bits by {@link Language#ordinal()}: one look-up a word. */
    private static final Map<String, Integer> LANGUAGES_OF = languagesOfStopwords();
    /** Longer than any stopword of any language. */
    private static final int LONGEST_STOPWORD = LANGUAGES_OF.keySet().stream().mapToInt(String::length).max().orElse(0);

    private LanguageGuess() {
    }

    static Language of(Document document) {
        int[] counts = new int[Language.values().length];
        String text = document.text();
        int words = 0;
        int wordStart = -1;
        for (Block paragraph : document.paragraphs()) {
            for (int i = paragraph.start(); i <= paragraph.end() && words < SAMPLE_WORDS; i++) {
                boolean inWord = i < paragraph.end() && Words.isWordChar(text.charAt(i));
                if (inWord && wordStart < 0) {
                    wordStart = i;
                } else if (!inWord && wordStart >= 0) {
                    words++;
                    // stopwords are short: longer words need no string to look up
                    if (i - wordStart <= LONGEST_STOPWORD) {
                        Integer languages = LANGUAGES_OF.get(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
                        for (int bits = languages == null ? 0 : languages; bits != 0; bits &= bits - 1) {
                            counts[Integer.numberOfTrailingZeros(bits)]++;
                        }
                    }
                    wordStart = -1;
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

    private static Map<String, Integer> languagesOfStopwords() {
        Map<String, Integer> languages = new HashMap<>();
        for (Map.Entry<Language, Set<String>> stopwords : LexiconReader.stopwords().entrySet()) {
            for (String word : stopwords.getValue()) {
                languages.merge(word, 1 << stopwords.getKey().ordinal(), (a, b) -> a | b);
            }
        }
        return languages;
    }

    /** The language the {@code language} option names, or the guessed one for {@code auto}. */
    static Language resolve(String option, Document document) {
        return option.trim().toLowerCase(Locale.ROOT).equals("auto") ? document.get(KEY) : Language.ofCode(option);
    }
}
