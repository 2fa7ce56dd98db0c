package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProseWordsTest {

    @Test
    void wordsKnowWhereTheyAre() {
        String text = "  \u201CIt\u2019s over,\u201D said Keller\u2014on 3.5 per cent of 1,200 seats.";
        assertEquals(List.of("It\u2019s", "over", "said", "Keller", "on", "3.5", "per", "cent", "of", "1,200", "seats"), written(text));
        ProseWords words = ProseWords.of(text, 0, text.length());
        assertEquals(text.length(), words.rangeEnd());
        assertEquals(text.indexOf("Keller"), words.start(3));
        assertEquals(text.indexOf("Keller") + 6, words.end(3));
    }

    @Test
    void wordsReadTheSameWhateverTheirCaseApostropheAndGroups() {
        assertEquals(key("It's"), key("IT\u2019S"));
        assertEquals(key("its"), key("it's"));
        assertEquals(key("1200"), key("1,200"));
        assertNotEquals(key("3.5"), key("35"));
        assertNotEquals(key("injured"), key("killed"));
    }

    @Test
    void aCapitalGluedOntoAWordStartsTheNext() {
        assertEquals(List.of("seeing", "firsthand", "Powered", "by", "Froala"), written("seeing firsthandPowered by Froala"));
        assertEquals(List.of("i", "Phone"), written("iPhone"), "read as the duplicate check reads it");
        assertEquals(List.of("NASA"), written("NASA"));
    }

    @Test
    void lettersOutsideTheBasicPlaneAreWords() {
        String text = "the \uD835\uDD18\uD835\uDD2B\uD835\uDD26 code \uD83D\uDE00 and";
        assertEquals(List.of("the", "\uD835\uDD18\uD835\uDD2B\uD835\uDD26", "code", "and"), written(text), "an emoji is no word");
        assertEquals(List.of("a", "b"), written("a\uD800b"), "a lone surrogate separates");
    }

    @Test
    void containsAnswersForEveryKeyItHolds() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("word").append(i).append(' ');
        }
        ProseWords words = ProseWords.of(text, 0, text.length());
        ProseWords others = ProseWords.of("word500 word501 nothing", 0, 23);
        for (int i = 0; i < words.size(); i++) {
            assertTrue(words.contains(words.key(i)));
        }
        for (int i = 0; i < others.size(); i++) {
            assertFalse(words.contains(others.key(i)));
        }
        assertFalse(ProseWords.of("", 0, 0).contains(0L));
    }

    private static long key(String word) {
        ProseWords words = ProseWords.of(word, 0, word.length());
        assertEquals(1, words.size(), word);
        return words.key(0);
    }

    private static List<String> written(String text) {
        ProseWords words = ProseWords.of(text, 0, text.length());
        List<String> written = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            written.add(text.substring(words.start(i), words.end(i)));
        }
        return written;
    }
}
