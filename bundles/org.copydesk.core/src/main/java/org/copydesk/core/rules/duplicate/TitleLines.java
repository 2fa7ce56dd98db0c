package org.copydesk.core.rules.duplicate;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Tells titles, subheadings and captions from prose where the format does not (plain text, a bold line in
 * Markdown). They are repeated on purpose — a headline above the article and again inside it, a section
 * title, a photo credit — so two of them are never reported as copies of each other. A title does not end
 * with closing punctuation, and is either capitalised like a headline or short. A list item is never a title.
 */
final class TitleLines {
    /** Unpunctuated lines shorter than this read as subheadings or captions, not as sentences. */
    static final int SHORT_LINE_WORDS = 16;

    private TitleLines() {
    }

    static boolean isTitle(CharSequence text, int start, Words words) {
        if (words.isClosed() || isListItem(text, start)) {
            return false;
        }
        return words.isTitleCase() || words.size() < SHORT_LINE_WORDS;
    }

    /**
     * Whether the paragraph at {@code start} is a list item: its line starts with a bullet or a number and a dot,
     * either before it (Markdown and AsciiDoc, where the marker is outside the paragraph) or at its start
     * (plain text). Block quote markers may come first.
     */
    static boolean isListItem(CharSequence text, int start) {
        int i = Removal.lineStart(text, start);
        while (i < text.length() && (Chars.isSpace(text.charAt(i)) || text.charAt(i) == '>')) {
            i++;
        }
        int markerEnd = i;
        while (markerEnd < text.length() && Character.isDigit(text.charAt(markerEnd))) {
            markerEnd++;
        }
        if (markerEnd > i && markerEnd < text.length() && (text.charAt(markerEnd) == '.' || text.charAt(markerEnd) == ')')) {
            markerEnd++;
        } else if (markerEnd == i && i < text.length() && "-*+\u2022".indexOf(text.charAt(i)) >= 0) {
            markerEnd = i + 1;
            while (markerEnd < text.length() && text.charAt(markerEnd) == text.charAt(i)) {
                markerEnd++; // AsciiDoc nests lists with ** and ***
            }
        } else {
            return false;
        }
        return i <= start && markerEnd < text.length() && text.charAt(markerEnd) == ' ';
    }
}
