package org.copydesk.lsp.text;

import org.copydesk.core.document.LineMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the engine's UTF-16 offsets and the protocol's positions (0-based line, UTF-16 character) in
 * one text. Both count UTF-16 code units, so no transcoding is needed. A position past the end of its line means
 * the line's end and a line past the last means the text's end, as the protocol asks: a client's bad position
 * is clamped, never an exception.
 */
public final class Positions {
    private final String text;
    private final LineMap lines;

    public Positions(String text) {
        this(text, new LineMap(text));
    }

    public Positions(String text, LineMap lines) {
        this.text = text;
        this.lines = lines;
    }

    public String text() {
        return text;
    }

    public int offset(Position position) {
        if (position == null || position.getLine() < 0) {
            return 0;
        }
        int line = position.getLine() + 1;
        if (line > lines.lineCount()) {
            return text.length();
        }
        int start = lines.lineStart(line);
        int end = contentEnd(line, start);
        int character = Math.max(0, position.getCharacter());
        return character >= end - start ? end : start + character;
    }

    /** Where line {@code line} (1-based) ends, before its line break. */
    private int contentEnd(int line, int start) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lines.line(clamped);
        return new Position(line - 1, clamped - lines.lineStart(line));
    }

    public Range range(int start, int end) {
        return new Range(position(start), position(end));
    }
}
