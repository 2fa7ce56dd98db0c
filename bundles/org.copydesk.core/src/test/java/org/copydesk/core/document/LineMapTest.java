package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void linesAndColumnsWithEveryKindOfLineBreak() {
        LineMap map = new LineMap("ab\ncd\r\nef\rgh");
        assertEquals(4, map.lineCount());
        assertEquals(1, map.line(0));
        assertEquals(1, map.line(2));
        assertEquals(2, map.line(3));
        assertEquals(2, map.column(4));
        assertEquals(3, map.line(7));
        assertEquals(4, map.line(10));
        assertEquals(3, map.column(12));
        assertEquals(7, map.offset(3, 1));
    }

    @Test
    void theEndOfTheTextBelongsToTheLastLine() {
        LineMap map = new LineMap("a\n");
        assertEquals(2, map.line(2));
        assertEquals(1, map.column(2));
        assertThrows(IndexOutOfBoundsException.class, () -> map.line(3));
        assertThrows(IndexOutOfBoundsException.class, () -> map.lineStart(3));
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        LineMap map = new LineMap("\uD83D\uDE00 x");
        assertEquals(4, map.column(3));
    }

    @Test
    void aRevisedMapIsTheMapOfTheEditedText() {
        java.util.Random random = new java.util.Random(7);
        String text = "one\ntwo\r\nthree\rfour\n\nfive";
        LineMap map = new LineMap(text);
        for (int i = 0; i < 2000; i++) {
            int at = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), at + random.nextInt(4));
            String inserted = List.of("", "x", "\n", "\r", "\r\n", "a\nb", "\n\r").get(random.nextInt(7));
            org.copydesk.core.TextEdit edit = org.copydesk.core.TextEdit.replace(at, end, inserted);
            text = text.substring(0, at) + inserted + text.substring(end);
            map = map.revise(text, edit);
            LineMap fresh = new LineMap(text);
            assertEquals(fresh.lineCount(), map.lineCount(), "edit " + i);
            for (int line = 1; line <= fresh.lineCount(); line++) {
                assertEquals(fresh.lineStart(line), map.lineStart(line), "edit " + i + ", line " + line);
            }
        }
    }
}
