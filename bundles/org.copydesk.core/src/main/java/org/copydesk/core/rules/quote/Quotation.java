package org.copydesk.core.rules.quote;

import java.util.List;

/**
 * One quotation found in a document: its marks and its nesting depth (0 for a quotation in the narrative,
 * 1 for a quotation inside it, …). A quotation that runs over several paragraphs has one part per paragraph:
 * every part but the last ends at its paragraph's end without a closing mark.
 */
record Quotation(int index, int depth, Mark mark, List<Part> parts) {

    /** The piece of a quotation inside one paragraph; {@code close == closeEnd} when no closing mark ends it. */
    record Part(int quotation, int paragraph, int open, int openEnd, int close, int closeEnd) {
        boolean isClosed() {
            return closeEnd > close;
        }
    }

    Quotation {
        parts = List.copyOf(parts);
    }

    Part first() {
        return parts.get(0);
    }

    Part last() {
        return parts.get(parts.size() - 1);
    }

    /** The offset of the (first) opening mark. */
    int start() {
        return first().open();
    }

    /** The offset after the closing mark. */
    int end() {
        return last().closeEnd();
    }

    boolean isMultiParagraph() {
        return parts.size() > 1;
    }

    /** The quoted words, joined over the parts' opening marks and paragraph breaks. */
    String content(String text) {
        StringBuilder content = new StringBuilder();
        for (Part part : parts) {
            if (content.length() > 0) {
                content.append(' ');
            }
            content.append(text, part.openEnd(), part.close());
        }
        return content.toString();
    }

    /** Whether the quotation has at least {@code words} words, reading no further than that. */
    boolean hasWords(String text, int words) {
        int found = 0;
        for (Part part : parts) {
            found += Words.countUpTo(text, part.openEnd(), part.close(), words - found);
            if (found >= words) {
                return true;
            }
        }
        return false;
    }

    int wordCount(String text) {
        int words = 0;
        for (Part part : parts) {
            words += Words.count(text, part.openEnd(), part.close());
        }
        return words;
    }
}
