package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * Where a quotation mark stands: after a space or an opening bracket it opens, before a space or punctuation it
 * closes. Emphasis markers ({@code *"…"*}) are looked past.
 */
final class MarkPosition {
    private MarkPosition() {
    }

    /** The character before {@code at}, looking past emphasis markers; a space at the paragraph's start. */
    static char before(CharSequence text, int at, int paragraphStart) {
        int j = at - 1;
        for (int skipped = 0; j >= paragraphStart && skipped < 2 && isEmphasis(text.charAt(j)); skipped++) {
            j--;
        }
        return j < paragraphStart ? ' ' : text.charAt(j);
    }

    /** The character at {@code at}, looking past emphasis markers; a space at the paragraph's end. */
    static char after(CharSequence text, int at, int paragraphEnd) {
        int j = at;
        for (int skipped = 0; j < paragraphEnd && skipped < 2 && isEmphasis(text.charAt(j)); skipped++) {
            j++;
        }
        return j >= paragraphEnd ? ' ' : text.charAt(j);
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_' || c == '~';
    }

    /** Characters after which a mark opens: a space, an opening bracket, a dash, a colon, another mark. */
    static boolean opensAfter(char c) {
        return Chars.isSpace(c) || "([{<\u2014\u2013\u2012\u2010-/:".indexOf(c) >= 0 || Mark.isMark(c);
    }

    /** Characters before which a mark may open: anything but a space or punctuation that follows words. */
    static boolean opensBefore(char c) {
        return !Chars.isSpace(c) && ",;:!?)]}.".indexOf(c) < 0;
    }

    /**
     * Whether a mark may open before {@code at}: as {@link #opensBefore(char)}, and before a full stop that ends
     * no sentence: an ellipsis ({@code "...and}, {@code ". . . I}) or a handle ({@code ".@name}).
     */
    static boolean opensBefore(CharSequence text, int at, int paragraphEnd) {
        char c = after(text, at, paragraphEnd);
        if (c != '.') {
            return opensBefore(c);
        }
        int dot = at;
        while (text.charAt(dot) != '.') {
            dot++; // past the emphasis markers after() looked past
        }
        char following = dot + 1 < paragraphEnd ? text.charAt(dot + 1) : ' ';
        return !Chars.isSpace(following) || dot + 2 < paragraphEnd && text.charAt(dot + 2) == '.';
    }

    /** Characters before which a mark closes: a space, punctuation, a closing bracket, a dash, another mark. */
    static boolean closesBefore(char c) {
        return Chars.isSpace(c) || ".,;:!?)]}>\u2026\u2014\u2013\u2012\u2010-/".indexOf(c) >= 0 || Mark.isMark(c);
    }
}
