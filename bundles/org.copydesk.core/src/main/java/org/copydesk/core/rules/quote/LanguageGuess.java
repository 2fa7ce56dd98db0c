package org.copydesk.core.rules.quote;

import java.util.Locale;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * Guesses a document's language from how many of each language's commonest words its prose holds. Reads at
 * most the first {@value #SAMPLE_WORDS} words: enough to tell English, German and French apart, and cheap.
 */
final class LanguageGuess {
    static final Document.Key<Language> KEY = new Document.Key<>(LanguageGuess::of);
    static final int SAMPLE_WORDS = 3000;
    /** Each stopword with the languages it is one of: one look-up a word. */
    private static final StopwordTable STOPWORDS = new StopwordTable(LexiconReader.stopwords());

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
                    for (int bits = STOPWORDS.languagesOf(text, wordStart, i); bits != 0; bits &= bits - 1) {
                        counts[Integer.numberOfTrailingZeros(bits)]++;
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

    /** The language the {@code language} option names, or the guessed one for {@code auto}. */
    static Language resolve(String option, Document document) {
        return option.trim().toLowerCase(Locale.ROOT).equals("auto") ? document.get(KEY) : Language.ofCode(option);
    }
}
