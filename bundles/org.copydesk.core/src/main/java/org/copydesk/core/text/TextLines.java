package org.copydesk.core.text;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as {@code [start, end)} ranges without their line breaks ({@code \n}, {@code \r\n}, {@code \r}). */
public final class TextLines {
    private TextLines() {
    }

    /** One line of a text; {@code next} is where the following line starts (the text length for the last line). */
    public record Line(int start, int end, int next) {
        public boolean isBlank(CharSequence text) {
            return Chars.isBlank(text, start, end);
        }

        public int length() {
            return end - start;
        }
    }

    public static List<Line> of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /**
     * The lines of {@code text} between {@code from} (a line start) and {@code to}. A text that ends with a line
     * break has no empty last line; an empty range has one empty line.
     */
    public static List<Line> of(CharSequence text, int from, int to) {
        if (text instanceof String string && string.indexOf('\r', from) < 0) {
            return ofNewlines(string, from, to);
        }
        List<Line> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int next = c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(start, i, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < to || lines.isEmpty()) {
            lines.add(new Line(start, to, to));
        }
        return lines;
    }

    /** The same for a text without carriage returns: the search for each line break is one vectorised indexOf. */
    private static List<Line> ofNewlines(String text, int from, int to) {
        List<Line> lines = new ArrayList<>(Math.max(16, (to - from) >> 6));
        int start = from;
        for (int newline = text.indexOf('\n', from); newline >= 0 && newline < to; newline = text.indexOf('\n', start)) {
            lines.add(new Line(start, newline, newline + 1));
            start = newline + 1;
        }
        if (start < to || lines.isEmpty()) {
            lines.add(new Line(start, to, to));
        }
        return lines;
    }
}
