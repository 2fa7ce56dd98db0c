package org.copydesk.lsp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

class PositionsTest {
    private final Positions positions = new Positions("ab\r\ncd\ré\uD83D\uDE00f\n");

    @Test
    void offsetsAndPositions_countUtf16_andEveryKindOfLineBreak() {
        assertEquals(new Position(1, 1), positions.position(5));
        assertEquals(new Position(2, 3), positions.position(10));
        assertEquals(10, positions.offset(new Position(2, 3)));
        assertEquals(new Position(3, 0), positions.position(12));
    }

    @Test
    void positionsOutOfRange_areClamped() {
        assertEquals(2, positions.offset(new Position(0, 99)), "past the line's end: the line's end, before its break");
        assertEquals(12, positions.offset(new Position(40, 0)), "past the last line: the text's end");
        assertEquals(0, positions.offset(new Position(-3, 5)));
        assertEquals(4, positions.offset(new Position(1, -7)));
        assertEquals(new Position(3, 0), positions.position(1000));
    }
}
