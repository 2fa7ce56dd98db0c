package org.copydesk.core.text;

import org.copydesk.core.TextEdit;

/**
 * The edit that removes a block of text so that no gap is left: whole lines when the block has its lines to
 * itself (list and quote markers included), together with the line break and blank lines before it, so the
 * text around closes up as if the block had never been there.
 */
public final class Removal {
    private Removal() {
    }

    public static TextEdit ofBlock(CharSequence text, int start, int end) {
        int lineStart = lineStart(text, start);
        int lineEnd = lineEnd(text, end);
        boolean ownLines = onlyMarkers(text, lineStart, start) && Chars.isBlank(text, end, lineEnd);
        int from = ownLines ? lineStart : start;
        int to = ownLines ? lineEnd : end;
        if (!ownLines) {
            return TextEdit.delete(from, to);
        }
        int previousContentEnd = Chars.trimEnd(text, 0, from);
        if (previousContentEnd > 0) {
            return TextEdit.delete(lineEnd(text, previousContentEnd), to);
        }
        return TextEdit.delete(0, Math.max(to, startOfNextContentLine(text, to)));
    }

    private static int startOfNextContentLine(CharSequence text, int from) {
        int next = Chars.skipWhitespace(text, from, text.length());
        return next == text.length() ? next : lineStart(text, next);
    }

    /** Whitespace and the markers Markdown and AsciiDoc put before a paragraph: {@code >}, bullets. */
    private static boolean onlyMarkers(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && c != '>' && c != '-' && c != '*' && c != '+' && c != '.' && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    public static int lineStart(CharSequence text, int offset) {
        int i = offset;
        while (i > 0 && !Chars.isLineBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The offset of the line break ending the line that holds {@code offset}, or the text length. */
    public static int lineEnd(CharSequence text, int offset) {
        int i = offset;
        while (i < text.length() && !Chars.isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
