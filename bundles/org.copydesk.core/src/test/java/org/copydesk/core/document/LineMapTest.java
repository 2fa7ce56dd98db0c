package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
