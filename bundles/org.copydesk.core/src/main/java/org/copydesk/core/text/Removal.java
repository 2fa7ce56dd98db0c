package org.copydesk.core.text;

import org.copydesk.core.TextEdit;

/**
 * The edit that removes a block of text so that no gap is left. When the block has its lines to itself (list
 * and quote markers included), its whole lines go, with the line break and blank lines before it, so the text
 * closes up as if the block had never been there: a report's fix for a copy on line 13 starts one character
 * before the copy, at the line break ending line 12. The first block of a text takes the line breaks after it
 * instead; the last block leaves the line break that ends the content before it, as {@code head -n} would.
 * A byte order mark stays.
 */
public final class Removal {
    private Removal() {
    }

    public static TextEdit ofBlock(CharSequence text, int start, int end) {
        int contentStart = Chars.contentStart(text);
        int first = Math.max(lineStart(text, start), contentStart);
        int last = lineEnd(text, end);
        if (!onlyMarkers(text, first, start) || !Chars.isBlank(text, end, last)) {
            return TextEdit.delete(start, end);
        }
        int previousContentEnd = Chars.trimEnd(text, contentStart, first);
        boolean isFirst = previousContentEnd == contentStart;
        int next = Chars.skipWhitespace(text, last, text.length());
        if (next == text.length()) {
            return TextEdit.delete(isFirst ? contentStart : afterLineBreak(text, lineEnd(text, previousContentEnd)), text.length());
        }
        if (isFirst) {
            return TextEdit.delete(first, lineStart(text, next));
        }
        return TextEdit.delete(lineEnd(text, previousContentEnd), last);
    }

    /** Whitespace and the markers Markdown and AsciiDoc put before a paragraph: {@code >}, bullets, numbers, callouts. */
    private static boolean onlyMarkers(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && "<>-*+.)".indexOf(c) < 0 && !Character.isDigit(c)) {
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

    /** The offset after the line break at {@code lineEnd} ({@code \n}, {@code \r\n} or {@code \r}). */
    private static int afterLineBreak(CharSequence text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
