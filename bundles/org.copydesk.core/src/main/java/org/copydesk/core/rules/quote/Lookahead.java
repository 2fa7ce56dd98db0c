package org.copydesk.core.rules.quote;

/**
 * The next of a few characters within a paragraph, for decisions that depend on the partner a mark would have.
 * Searches move forward only, so a paragraph is read at most once more however many marks ask.
 */
final class Lookahead {
    private final String text;
    private final String chars;
    private int end;
    private int nextAt;
    private int scanned;

    Lookahead(String text, String chars) {
        this.text = text;
        this.chars = chars;
    }

    void startParagraph(int paragraphStart, int paragraphEnd) {
        end = paragraphEnd;
        nextAt = -1;
        scanned = paragraphStart;
    }

    /** The offset of the next of the characters at or after {@code from}, or -1; calls come with growing {@code from}. */
    int next(int from) {
        if (nextAt >= from) {
            return nextAt;
        }
        int j = Math.max(from, scanned);
        while (j < end && chars.indexOf(text.charAt(j)) < 0) {
            j++;
        }
        nextAt = j < end ? j : -1;
        scanned = j < end ? j + 1 : end;
        return nextAt;
    }
}
