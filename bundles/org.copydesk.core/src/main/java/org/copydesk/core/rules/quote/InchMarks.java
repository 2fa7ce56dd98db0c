package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * Tells inch and foot marks from quotation marks after a digit ({@code a 12" pizza}, {@code 5' 10"}): a straight
 * double mark after a digit is an inch mark when the next straight double mark of the paragraph also closes,
 * since then that one ends the quotation.
 */
final class InchMarks {
    private final String text;
    private final Lookahead next;
    private int start;
    private int end;

    InchMarks(String text) {
        this.text = text;
        this.next = new Lookahead(text, "\"");
    }

    void startParagraph(int paragraphStart, int paragraphEnd) {
        start = paragraphStart;
        end = paragraphEnd;
        next.startParagraph(paragraphStart, paragraphEnd);
    }

    /** Whether the straight double mark at {@code at}, after a digit and in closing position, is an inch mark. */
    boolean isInchMark(int at, int length) {
        int partner = next.next(at + length);
        if (partner < 0) {
            return false;
        }
        char before = MarkPosition.before(text, partner, start);
        char after = MarkPosition.after(text, partner + 1, end);
        return !Chars.isSpace(before) && MarkPosition.closesBefore(after)
                && !(MarkPosition.opensAfter(before) && MarkPosition.opensBefore(after));
    }

    /** {@code 2"} or {@code  10"} after a foot mark: a digit, after at most one space. */
    static boolean digitFollows(CharSequence text, int from, int end) {
        int i = from < end && text.charAt(from) == ' ' ? from + 1 : from;
        return i < end && Character.isDigit(text.charAt(i));
    }
}
