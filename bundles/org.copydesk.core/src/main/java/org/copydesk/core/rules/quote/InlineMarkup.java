package org.copydesk.core.rules.quote;

import java.util.Arrays;

import org.copydesk.core.document.Format;

/**
 * Skips the inline constructs of a paragraph whose quotation marks are not prose: code spans in Markdown and
 * AsciiDoc, HTML tags (their attribute values) and link destinations with titles in Markdown. Each search
 * for a closing delimiter remembers where it failed, so that a paragraph full of unmatched delimiters is still
 * scanned in linear time.
 */
final class InlineMarkup {
    private static final int LONGEST_FENCE = 8;
    private static final int LONGEST_TITLE = 300;

    private final String text;
    private final Format format;
    private int end;
    private final int[] noFenceFrom = new int[LONGEST_FENCE + 1];
    private int noTagEndFrom;
    private int noParenFrom;

    InlineMarkup(String text, Format format) {
        this.text = text;
        this.format = format;
    }

    void startParagraph(int paragraphEnd) {
        end = paragraphEnd;
        Arrays.fill(noFenceFrom, Integer.MAX_VALUE);
        noTagEndFrom = Integer.MAX_VALUE;
        noParenFrom = Integer.MAX_VALUE;
    }

    /** The offset after a construct starting at {@code i}, or {@code i} if none starts there. */
    int skip(int i) {
        char c = text.charAt(i);
        if (format == Format.PLAIN_TEXT) {
            return c == '<' ? plainTag(i) : i;
        }
        if (c == '`') {
            return codeSpan(i);
        }
        if (format != Format.MARKDOWN) {
            return i;
        }
        if (c == '<' && i + 1 < end && isTagStart(text.charAt(i + 1))) {
            return tag(i);
        }
        if (c == ']' && i + 1 < end && text.charAt(i + 1) == '(') {
            return linkDestination(i + 1);
        }
        return i;
    }

    /**
     * An HTML or XML tag pasted into plain text ({@code <a href="…">}, {@code <tweet author="…">}): its attribute
     * values are no quotations. Only a well-formed tag counts, so "a < b" stays prose; no {@code <} or {@code >}
     * may stand inside it, so the tags tried end at the next {@code <} and the paragraph is read once.
     */
    private int plainTag(int i) {
        int j = i + 1;
        if (j < end && text.charAt(j) == '/') {
            j++;
        }
        int name = j;
        while (j < end && isNameChar(text.charAt(j))) {
            j++;
        }
        if (j == name || !Character.isLetter(text.charAt(name))) {
            return i;
        }
        while (j < end) {
            int spaces = j;
            while (j < end && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j == end) {
                return i;
            }
            char c = text.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '/' && j + 1 < end && text.charAt(j + 1) == '>') {
                return j + 2;
            }
            int attribute = j;
            while (j < end && isNameChar(text.charAt(j))) {
                j++;
            }
            if (j == attribute || spaces == attribute) {
                return i; // an attribute needs a name, after a space
            }
            if (j < end && text.charAt(j) == '=') {
                j = attributeValue(j + 1);
                if (j < 0) {
                    return i;
                }
            }
        }
        return i;
    }

    /** The offset after an attribute value starting at {@code from}, or -1 if none does. */
    private int attributeValue(int from) {
        if (from >= end) {
            return -1;
        }
        char quote = text.charAt(from);
        if (quote == '"' || quote == '\'') {
            for (int j = from + 1; j < end; j++) {
                char c = text.charAt(j);
                if (c == quote) {
                    return j + 1;
                }
                if (c == '<' || c == '>') {
                    return -1;
                }
            }
            return -1;
        }
        int j = from;
        while (j < end && !Character.isWhitespace(text.charAt(j)) && "\"'=<>`".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j > from ? j : -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private int codeSpan(int i) {
        int run = runLength(i);
        int key = Math.min(run, LONGEST_FENCE);
        if (i >= noFenceFrom[key]) {
            return i + run;
        }
        int j = i + run;
        while (j < end) {
            if (text.charAt(j) == '`') {
                int other = runLength(j);
                if (other == run) {
                    return j + other;
                }
                j += other;
            } else {
                j++;
            }
        }
        noFenceFrom[key] = i;
        return i + run;
    }

    private int runLength(int i) {
        int j = i;
        while (j < end && text.charAt(j) == '`') {
            j++;
        }
        return j - i;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private int tag(int i) {
        if (i >= noTagEndFrom) {
            return i;
        }
        for (int j = i + 1; j < end; j++) {
            if (text.charAt(j) == '>') {
                return j + 1;
            }
        }
        noTagEndFrom = i;
        return i;
    }

    /**
     * {@code (url "title")} after a link's text: the title's quotation marks are no quotation. A title may hold
     * a parenthesis; looking for its end is capped so that a paragraph of broken links stays linear.
     */
    private int linkDestination(int open) {
        if (open >= noParenFrom) {
            return open;
        }
        for (int j = open + 1; j < end; j++) {
            char c = text.charAt(j);
            if (c == ')') {
                return j + 1;
            }
            if (c == '"' || c == '\'') {
                int limit = Math.min(end, j + LONGEST_TITLE);
                for (int k = j + 1; k < limit; k++) {
                    if (text.charAt(k) == c) {
                        j = k;
                        break;
                    }
                }
            }
        }
        noParenFrom = open;
        return open;
    }
}
