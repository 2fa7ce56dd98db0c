package org.copydesk.core.document;

import java.util.Arrays;

import org.copydesk.core.TextEdit;

/**
 * Converts UTF-16 offsets to 1-based lines and columns and back. Line breaks are {@code \n}, {@code \r\n}
 * and a lone {@code \r}, so CR-only and mixed files number their lines as editors do.
 */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        if (text instanceof String string && string.indexOf('\r') < 0) {
            // no carriage return: each line break is found by one vectorised indexOf
            int[] starts = new int[Math.max(16, string.length() >> 6)];
            int count = 1;
            for (int newline = string.indexOf('\n'); newline >= 0; newline = string.indexOf('\n', newline + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = newline + 1;
            }
            this.lineStarts = Arrays.copyOf(starts, count);
            this.length = string.length();
            return;
        }
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    private LineMap(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    /**
     * The line map of {@code revised}, this map's text after {@code edit}: line starts before the edit are kept,
     * those after it shifted, and only the edited stretch is read. Whether an offset starts a line depends on
     * the character before it and, for a {@code \r}, on the one at it, so a start keeps its place if neither
     * character is edited.
     */
    LineMap revise(CharSequence revised, TextEdit edit) {
        int offset = edit.offset();
        int oldEnd = edit.end();
        int newEnd = offset + edit.replacement().length();
        int delta = newEnd - oldEnd;
        int keptBefore = Arrays.binarySearch(lineStarts, offset);
        keptBefore = keptBefore >= 0 ? keptBefore : -keptBefore - 1; // starts below offset
        int firstAfter = Arrays.binarySearch(lineStarts, oldEnd + 1);
        firstAfter = firstAfter >= 0 ? firstAfter : -firstAfter - 1; // first start at oldEnd + 1 or beyond
        int[] starts = new int[keptBefore + (lineStarts.length - firstAfter) + 16];
        System.arraycopy(lineStarts, 0, starts, 0, keptBefore);
        int count = Math.max(keptBefore, 1);
        int n = revised.length();
        for (int i = Math.max(offset, 1) - 1; i < newEnd && i < n; i++) {
            char c = revised.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= n || revised.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2 + (lineStarts.length - firstAfter));
                }
                starts[count++] = i + 1;
            }
        }
        int after = lineStarts.length - firstAfter;
        if (count + after > starts.length) {
            starts = Arrays.copyOf(starts, count + after);
        }
        for (int k = firstAfter; k < lineStarts.length; k++) {
            starts[count++] = lineStarts[k] + delta;
        }
        return new LineMap(count == starts.length ? starts : Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}; the text's end belongs to the last line. */
    public int line(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of {@code offset}, in UTF-16 code units. */
    public int column(int offset) {
        return offset - lineStart(line(offset)) + 1;
    }

    /** The offset where the 1-based {@code line} starts. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** The offset of {@code (line, column)}, both 1-based. */
    public int offset(int line, int column) {
        return lineStart(line) + column - 1;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + length);
        }
    }
}
