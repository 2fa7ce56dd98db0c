package org.copydesk.core.text;

/** Small character tests shared by the segmenters and the checks. */
public final class Chars {
    private Chars() {
    }

    public static boolean isBlank(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** The first offset in {@code [start, end)} that is not whitespace, or {@code end}. */
    public static int skipWhitespace(CharSequence text, int start, int end) {
        int i = start;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset after the last non-whitespace character in {@code [start, end)}, or {@code start}. */
    public static int trimEnd(CharSequence text, int start, int end) {
        int i = end;
        while (i > start && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
