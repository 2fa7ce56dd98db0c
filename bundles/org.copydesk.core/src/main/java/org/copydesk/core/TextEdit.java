package org.copydesk.core;

/**
 * Replaces {@code length} UTF-16 code units at {@code offset} with {@code replacement}.
 * An insertion has length 0; a deletion has an empty replacement.
 */
public record TextEdit(int offset, int length, String replacement) {
    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement must not be null");
        }
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(start, end - start, "");
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, 0, text);
    }

    public static TextEdit replace(int start, int end, String text) {
        return new TextEdit(start, end - start, text);
    }

    public int end() {
        return offset + length;
    }

    public boolean isDeletion() {
        return replacement.isEmpty() && length > 0;
    }
}
