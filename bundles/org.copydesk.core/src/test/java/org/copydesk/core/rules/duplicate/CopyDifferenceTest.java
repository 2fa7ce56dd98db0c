package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.copydesk.core.text.ProseWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a copy says that the paragraph it copies does not, as the finding's message tells it. */
class CopyDifferenceTest {
    private static final String ORIGINAL = "Police said two people were injured in the crash on the coast road late on Friday,"
            + " near the harbour at Kelby, where 12 cars were damaged.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what                   | copy                                                                                                                     | message ends
            an added sentence        | Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. One of them has since died. | , and adds 'One of them has since died.'
            an update prefix         | Update: one of them has since died. Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. | , and adds 'Update: one of them has since died.'
            a changed word           | Police said two people were killed in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. | , but says 'killed' where line 5 says 'injured'
            a changed number         | Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Kelby, where 14 cars were damaged. | , but says '14' where line 5 says '12'
            a changed name           | Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Elmsby, where 12 cars were damaged. | , but says 'Elmsby' where line 5 says 'Kelby'
            a word added             | Police said two people were badly injured in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. | , and adds 'badly'
            two changes              | Police said two people were killed in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. One of them has since died. | , but says 'killed' where line 5 says 'injured', and adds 'One of them has since died.'
            two additions            | Police said that two people were injured in the crash on the coast road late on Friday, near the old harbour at Kelby, where 12 cars were damaged. | , and adds 'that' and 'old'
            three changes            | Police said two people were killed in the crash on the coast road late on Saturday, near the harbour at Kelby, where 14 cars were damaged. | , but says 'killed' where line 5 says 'injured' (and 2 more differences)
            a long addition          | Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Kelby, where 12 cars were damaged. Witnesses said the lorry had been travelling far too fast for the wet road. | , and adds 'Witnesses said the lorry had been…'
            new words, dropped words | Police said two people were injured in the crash on the road on Friday, near the harbour at Kelby, where 12 cars were damaged, officials said. | , and adds 'officials said'
            dropped words only       | Police said two people were injured in the crash on the coast road, near the harbour at Kelby.                          | ""
            """)
    void tellsWhatTheCopySaysThatTheOriginalDoesNot(String what, String copy, String expected) {
        assertEquals(expected, describe(copy), what);
    }

    @Test
    void aQuotationIsOneLineCutShortAndKeepsItsWordsAsWritten() {
        String copy = ORIGINAL + " \u201CWe\u00A0were\n   lucky\u201D,\tsaid\u2028a\u0007witness.";
        assertEquals(", and adds 'We were lucky\u201D, said a witness.'", describe(copy));
        String longWord = ORIGINAL + " " + "x".repeat(500) + ".";
        String message = describe(longWord);
        assertEquals(", and adds '" + "x".repeat(CopyDifference.MAX_QUOTED_CHARS) + "\u2026'", message);
    }

    @Test
    void changesTurnTheOriginalIntoTheCopy() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            List<String> original = randomWords(random, 1 + random.nextInt(40));
            List<String> copy = new ArrayList<>(original);
            for (int edit = random.nextInt(8); edit > 0 && !copy.isEmpty(); edit--) {
                int at = random.nextInt(copy.size());
                switch (random.nextInt(3)) {
                    case 0 -> copy.remove(at);
                    case 1 -> copy.add(at, "new" + random.nextInt(5));
                    default -> copy.set(at, "other" + random.nextInt(5));
                }
            }
            assertChangesRebuildTheCopy(String.join(" ", original), String.join(" ", copy));
        }
    }

    @Test
    void pastTheEditBoundTheDifferingMiddleIsOneChange() {
        StringBuilder original = new StringBuilder("Same start");
        StringBuilder copy = new StringBuilder("Same start");
        for (int i = 0; i < CopyDifference.MAX_EDITS; i++) {
            original.append(" a").append(i);
            copy.append(" b").append(i);
        }
        original.append(" same end.");
        copy.append(" same end.");
        List<CopyDifference.Change> changes = changes(original.toString(), copy.toString());
        assertEquals(List.of(new CopyDifference.Change(2, 2 + CopyDifference.MAX_EDITS, 2, 2 + CopyDifference.MAX_EDITS)), changes);
        assertChangesRebuildTheCopy(original.toString(), copy.toString());
    }

    private static void assertChangesRebuildTheCopy(String original, String copy) {
        ProseWords a = words(original);
        ProseWords b = words(copy);
        List<Long> rebuilt = new ArrayList<>();
        int next = 0;
        for (CopyDifference.Change change : CopyDifference.changes(a, b)) {
            assertTrue(change.originalFrom() >= next && change.originalTo() >= change.originalFrom(), change.toString());
            assertTrue(change.originalTo() > change.originalFrom() || change.copyTo() > change.copyFrom(), "an empty change");
            for (int i = next; i < change.originalFrom(); i++) {
                rebuilt.add(a.key(i));
            }
            for (int i = change.copyFrom(); i < change.copyTo(); i++) {
                rebuilt.add(b.key(i));
            }
            next = change.originalTo();
        }
        for (int i = next; i < a.size(); i++) {
            rebuilt.add(a.key(i));
        }
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            expected.add(b.key(i));
        }
        assertEquals(expected, rebuilt, original + " -> " + copy);
    }

    private static List<String> randomWords(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(12));
        }
        return words;
    }

    private static String describe(String copy) {
        String text = ORIGINAL + "\n\n" + copy;
        int start = ORIGINAL.length() + 2;
        return CopyDifference.describe(text, ProseWords.of(text, start, text.length()), ProseWords.of(text, 0, ORIGINAL.length()), 5);
    }

    private static List<CopyDifference.Change> changes(String original, String copy) {
        return CopyDifference.changes(words(original), words(copy));
    }

    private static ProseWords words(String text) {
        return ProseWords.of(text, 0, text.length());
    }
}
