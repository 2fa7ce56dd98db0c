package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.copydesk.core.text.ProseWords;
import org.junit.jupiter.api.Test;

/**
 * The words the duplicate check compares ({@link WordReader}, made for speed) and the words the safe-deletion check
 * weighs ({@link ProseWords}) are the same words: an exact copy is always safe to remove, and a copy that is not
 * safe is one whose words differ. Outside the basic plane, where the duplicate check sees no letters, ProseWords
 * sees more words, which only makes it stricter.
 */
class ProseWordsAgreementTest {

    @Test
    void bothReadTheSameWordsOfGeneratedProseAndItsCopies() {
        Random random = new Random(7);
        ProseGenerator prose = new ProseGenerator(random);
        CopyEdits edits = new CopyEdits(random);
        for (int i = 0; i < 2_000; i++) {
            String paragraph = prose.paragraph();
            assertSameWords(paragraph);
            assertSameWords(edits.swapQuoteStyle(paragraph));
            assertSameWords(paragraph.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void bothReadTheSameWordsOfAwkwardText() {
        for (String text : new String[] {
            "It's Trump\u2019s rock \u2019n\u2019 roll, the \u201990s and the players' union.",
            "1,000 and 3.5 and 1.2.3 and 12,5% and ,5 and 5, and 5.",
            "firsthandPowered by Froala EditorRead more; iPhone NASA McDonald",
            "na\u00EFve nai\u0308ve cafe\u0301 Stra\u00DFe \u0130stanbul \u03A3\u038A\u03A3\u03A5\u03A6\u039F\u03A3 \uFB01nance \u6771\u4EAC \u05E9\u05DC\u05D5\u05DD",
            "x\u00ADy a\u200Bb don`t it\u00B4s 6' 12\"x8\" e.g. U.S. Dr. https://example.com/a_b?x=1 press@example.org",
            "\u00ABQuoted\u00BB \u201EGerman\u201C \u2018single\u2019 'plain' \"double\" \u2014dash\u2013 ellipsis\u2026end",
            "'tis o'clock rock'n'roll a'b 'a b'"}) {
            assertSameWords(text);
        }
    }

    private static void assertSameWords(String text) {
        Words words = Words.of(text, 0, text.length());
        long[] expected = new long[words.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = words.hash(i);
        }
        ProseWords prose = ProseWords.of(text, 0, text.length());
        long[] actual = new long[prose.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = prose.key(i);
        }
        assertArrayEquals(expected, actual, text);
    }
}
