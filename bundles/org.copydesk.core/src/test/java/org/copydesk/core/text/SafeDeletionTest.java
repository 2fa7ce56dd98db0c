package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A deletion is safe when every word it takes stays in the kept text: the promise of every automatic fix. */
class SafeDeletionTest {
    private static final String KEPT = "Police said two people were injured in the crash on the coast road late on Friday,"
            + " near the harbour at Kelby. It's the third crash there this year, with 1,200 cars a day.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what                        | deleted text
            an exact copy                 | Police said two people were injured in the crash on the coast road late on Friday, near the harbour at Kelby. It's the third crash there this year, with 1,200 cars a day.
            re-wrapped and re-spaced      | Police said two people were injured\\nin the crash on the  coast road late on\\nFriday, near the harbour at Kelby.
            re-punctuated                 | Police said: two people were injured in the crash on the coast road late on Friday; near the harbour at Kelby!
            case                          | POLICE SAID TWO PEOPLE WERE INJURED IN THE CRASH ON THE COAST ROAD LATE ON FRIDAY
            quote and dash styles         | “Police said” – two people were injured — near the harbour at Kelby… It’s the third crash
            apostrophes and groups        | Its the third crash there this year, with 1200 cars a day.
            dropped words only            | Police said two people were injured in the crash near the harbour.
            words in another order        | Near the harbour at Kelby, two people were injured in the crash, police said.
            a glued capital               | near the harbourAt Kelby
            nothing but punctuation       | — … !?
            """)
    void safeWhenEveryWordStays(String what, String deleted) {
        assertTrue(losesNoWord(deleted.replace("\\n", "\n")), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what                        | deleted text                                                                      | first word lost
            an added sentence             | Police said two people were injured in the crash near the harbour. One of them has since died. | One
            an update prefix              | Update: police said two people were injured in the crash near the harbour.         | Update
            a changed word                | Police said two people were killed in the crash on the coast road late on Friday.  | killed
            a changed number              | It's the third crash there this year, with 1,300 cars a day.                        | 1,300
            a changed decimal             | the third crash, with 1.2 cars a day                                               | 1.2
            a changed name                | Police said two people were injured in the crash near the harbour at Elmsby.       | Elmsby
            a word added in the middle    | Police said two people were badly injured in the crash.                            | badly
            a letter outside the BMP      | Police said two people were injured in the crash 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.                        | 𝔘𝔫𝔦𝔠𝔬𝔡𝔢
            """)
    void unsafeWhenAWordExistsNowhereElse(String what, String deleted, String firstLost) {
        assertFalse(losesNoWord(deleted), what);
        ProseWords words = ProseWords.of(deleted, 0, deleted.length());
        int lost = SafeDeletion.firstLostWord(words, ProseWords.of(KEPT, 0, KEPT.length()));
        assertEquals(firstLost, deleted.substring(words.start(lost), words.end(lost)), what);
    }

    @Test
    void comparesRangesOfOneText() {
        String text = "A ferry struck the pier at Kelby.\n\nA ferry struck the pier at Kelby on Saturday.\n";
        int second = text.indexOf("A ferry", 1);
        assertTrue(SafeDeletion.losesNoWord(text, 0, second - 2, second, text.length()), "the shorter is in the longer");
        assertFalse(SafeDeletion.losesNoWord(text, second, text.length(), 0, second - 2), "'on Saturday' is only in the longer");
        assertTrue(SafeDeletion.losesNoWord(text, 5, 5, 0, 0), "an empty deletion loses nothing");
    }

    private static boolean losesNoWord(String deleted) {
        String text = KEPT + "\n\n" + deleted;
        return SafeDeletion.losesNoWord(text, KEPT.length() + 2, text.length(), 0, KEPT.length());
    }
}
