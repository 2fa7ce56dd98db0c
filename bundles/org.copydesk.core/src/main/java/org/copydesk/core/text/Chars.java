package org.copydesk.core.text;

/** Small character tests shared by the segmenters and the checks. */
public final class Chars {
    /** The byte order mark some editors put at the start of a file; never part of the text. */
    public static final char BOM = '\uFEFF';

    private Chars() {
    }

    /** True if {@code [start, end)} holds nothing but spaces (in the sense of {@link #isSpace}). */
    public static boolean isBlank(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
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

    /**
     * Whitespace as a writer sees it: Java's whitespace plus the no-break and other Unicode spaces CMS editors
     * paste ({@code &nbsp;}, U+202F), the zero-width space and a byte order mark, none of which is ever text.
     */
    public static boolean isSpace(char c) {
        return c < SPACES.length ? SPACES[c] : c == BOM;
    }

    /** {@link #isSpace} below U+3100 (every space but the byte order mark), looked up: the test runs on every character. */
    private static final boolean[] SPACES = new boolean[0x3100];

    static {
        for (char c = 0; c < SPACES.length; c++) {
            SPACES[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
        }
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** 1 if {@code text} starts with a byte order mark, else 0: where its content starts. */
    public static int contentStart(CharSequence text) {
        return text.length() > 0 && text.charAt(0) == BOM ? 1 : 0;
    }
}
