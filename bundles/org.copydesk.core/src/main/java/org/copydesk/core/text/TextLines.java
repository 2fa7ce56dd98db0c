package org.copydesk.core.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a text as {@code [start, end)} ranges without their line breaks ({@code \n}, {@code \r\n}, {@code \r}).
 * A list of lines keeps two ints a line, and a {@link Cursor} walks them keeping none: a text of nothing but line
 * breaks has as many lines as characters.
 */
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
        IntList starts = new IntList(Math.max(16, (to - from) >> 6));
        IntList ends = new IntList(Math.max(16, (to - from) >> 6));
        for (Cursor cursor = new Cursor(text, from, to); cursor.advance();) {
            starts.add(cursor.start());
            ends.add(cursor.end());
        }
        return new Lines(starts.toArray(), ends.toArray(), to);
    }

    /** The lines of a range of a text one at a time, as {@link #of} lists them, without keeping them. */
    public static final class Cursor {
        private final CharSequence text;
        private final String string;
        private final int to;
        private int start = -1;
        private int end;
        private int next;
        private boolean done;

        public Cursor(CharSequence text, int from, int to) {
            this.text = text;
            // without carriage returns, each line break is found by one vectorised indexOf
            this.string = text instanceof String s && s.indexOf('\r', from) < 0 ? s : null;
            this.to = to;
            this.next = from;
        }

        /** Moves to the next line; false when there is none. */
        public boolean advance() {
            if (done) {
                return false;
            }
            int lineStart = next;
            if (lineStart >= to && start >= 0) {
                done = true;
                return false;
            }
            int lineEnd = string != null ? string.indexOf('\n', lineStart) : breakAt(lineStart);
            if (lineEnd < 0 || lineEnd >= to) {
                start = lineStart;
                end = to;
                next = to;
                done = true;
                return true;
            }
            start = lineStart;
            end = lineEnd;
            next = text.charAt(lineEnd) == '\r' && lineEnd + 1 < to && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2
                    : lineEnd + 1;
            return true;
        }

        private int breakAt(int from) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            return -1;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public int next() {
            return next;
        }

        public Line line() {
            return new Line(start, end, next);
        }

        public boolean isBlank() {
            return Chars.isBlank(text, start, end);
        }
    }

    /** Lines kept as two ints each; a {@link Line} is made when asked for. */
    private static final class Lines extends AbstractList<Line> implements RandomAccess {
        private final int[] starts;
        private final int[] ends;
        private final int to;

        Lines(int[] starts, int[] ends, int to) {
            this.starts = starts;
            this.ends = ends;
            this.to = to;
        }

        @Override
        public Line get(int index) {
            return new Line(starts[index], ends[index], index + 1 < starts.length ? starts[index + 1] : to);
        }

        @Override
        public int size() {
            return starts.length;
        }
    }
}
