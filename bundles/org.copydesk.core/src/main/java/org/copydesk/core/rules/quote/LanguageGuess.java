package org.copydesk.core.rules.quote;

import java.util.EnumMap;
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

    private LanguageGuess() {
    }

    static Language of(Document document) {
        Map<Language, Set<String>> stopwords = LexiconReader.stopwords();
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        String text = document.text();
        int words = 0;
        StringBuilder word = new StringBuilder();
        for (Block paragraph : document.paragraphs()) {
            for (int i = paragraph.start(); i <= paragraph.end() && words < SAMPLE_WORDS; i++) {
                char c = i < paragraph.end() ? text.charAt(i) : ' ';
                if (Words.isWordChar(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (word.length() > 0) {
                    words++;
                    String w = word.toString();
                    stopwords.forEach((language, set) -> {
                        if (set.contains(w)) {
                            counts.merge(language, 1, Integer::sum);
                        }
                    });
                    word.setLength(0);
                }
            }
            if (words >= SAMPLE_WORDS) {
                break;
            }
        }
        Language best = Language.ENGLISH;
        int bestCount = counts.getOrDefault(Language.ENGLISH, 0);
        for (Language language : Language.values()) {
            if (counts.getOrDefault(language, 0) > bestCount) {
                best = language;
                bestCount = counts.get(language);
            }
        }
        return best;
    }

    /** The language the {@code language} option names, or the guessed one for {@code auto}. */
    static Language resolve(String option, Document document) {
        return option.trim().toLowerCase(Locale.ROOT).equals("auto") ? document.get(KEY) : Language.ofCode(option);
    }
}
