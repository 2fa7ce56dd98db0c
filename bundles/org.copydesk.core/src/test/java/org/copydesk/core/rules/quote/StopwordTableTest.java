package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Stopwords are found in a text by their place, in any case, with every language they are one of. */
class StopwordTableTest {
    private final StopwordTable table = new StopwordTable(Map.of(
            Language.ENGLISH, Set.of("the", "die", "in"),
            Language.GERMAN, Set.of("die", "der", "in")));

    @Test
    void aWordInAnyCaseGivesTheLanguagesItIsAStopwordOf() {
        String text = "In der Stadt, DIE the town.";
        assertEquals(bits(Language.ENGLISH, Language.GERMAN), table.languagesOf(text, 0, 2)); // In
        assertEquals(bits(Language.GERMAN), table.languagesOf(text, 3, 6)); // der
        assertEquals(0, table.languagesOf(text, 7, 12)); // Stadt
        assertEquals(bits(Language.ENGLISH, Language.GERMAN), table.languagesOf(text, 14, 17)); // DIE
        assertEquals(bits(Language.ENGLISH), table.languagesOf(text, 18, 21)); // the
        assertEquals(0, table.languagesOf(text, 18, 20)); // th: a part of a stopword is none
    }

    @Test
    void theBuiltInStopwordsAreAllFound() {
        Map<Language, Set<String>> stopwords = LexiconReader.stopwords();
        StopwordTable builtIn = new StopwordTable(stopwords);
        for (Map.Entry<Language, Set<String>> language : stopwords.entrySet()) {
            for (String word : language.getValue()) {
                String upper = word.toUpperCase(Locale.ROOT);
                if (upper.length() == word.length()) { // as "ß" is not
                    assertEquals(1, builtIn.languagesOf(upper, 0, upper.length()) >> language.getKey().ordinal() & 1, word);
                }
            }
        }
    }

    private static int bits(Language... languages) {
        int bits = 0;
        for (Language language : languages) {
            bits |= 1 << language.ordinal();
        }
        return bits;
    }
}
