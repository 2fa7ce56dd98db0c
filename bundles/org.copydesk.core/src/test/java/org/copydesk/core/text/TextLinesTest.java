package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.text.TextLines.Line;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void everyKindOfLineBreak() {
        assertEquals(List.of(new Line(0, 1, 2), new Line(2, 3, 5), new Line(5, 6, 7), new Line(7, 8, 8)),
                TextLines.of("a\nb\r\nc\rd"));
    }

    @Test
    void aFinalLineBreakAddsNoEmptyLineButBlankLinesCount() {
        assertEquals(List.of(new Line(0, 1, 2), new Line(2, 2, 3)), TextLines.of("a\n\n"));
    }

    @Test
    void anEmptyTextIsOneEmptyLine() {
        assertEquals(List.of(new Line(0, 0, 0)), TextLines.of(""));
    }

    @Test
    void aRangeEndingBetweenCrAndLfDoesNotReachPastIt() {
        assertEquals(List.of(new Line(0, 1, 2)), TextLines.of("a\r\nb", 0, 2));
        assertEquals(List.of(new Line(3, 4, 4)), TextLines.of("a\r\nb", 3, 4));
    }

    @Test
    void theCursorWalksTheLinesTheListHolds() {
        for (String text : List.of("", "a", "a\n", "a\n\n", "\n\n\n", "a\r\nb\rc\n", "\r\r\n\n", "one\ntwo\r\nthree")) {
            List<Line> walked = new java.util.ArrayList<>();
            for (TextLines.Cursor cursor = new TextLines.Cursor(text, 0, text.length()); cursor.advance();) {
                walked.add(cursor.line());
            }
            assertEquals(TextLines.of(text), walked, text);
        }
    }

    @Test
    void blankMeansNothingAWriterCanSee() {
        assertTrue(new Line(0, 5, 5).isBlank(" \t\u00A0\uFEFF\u202F"));
        assertFalse(new Line(0, 2, 2).isBlank(" x"));
    }

    @Test
    void charsTrimUnicodeSpacesAndTheByteOrderMark() {
        String text = "\uFEFF\u00A0 word\u2009\u200B";
        assertEquals(3, Chars.skipWhitespace(text, 0, text.length()));
        assertEquals(7, Chars.trimEnd(text, 0, text.length()));
        assertEquals(1, Chars.contentStart(text));
        assertEquals(0, Chars.contentStart("word"));
        assertEquals(0, Chars.contentStart(""));
    }
}
