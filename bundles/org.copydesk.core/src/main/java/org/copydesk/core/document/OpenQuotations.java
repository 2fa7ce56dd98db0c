package org.copydesk.core.document;

import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines.Line;

/**
 * Which breaks of a run of lines fall inside a quotation in double marks that closes a few lines further down:
 * verse quoted line by line, or a quoted paragraph wrapped where a sentence ends. No paragraph ends inside a
 * quotation, save by the convention for speech over several paragraphs, where the next paragraph opens with a
 * mark again; so such a break is a wrap. Each mark counts by where it stands, as the quotation scan reads it;
 * one glued to words on both sides is not counted, and a line too wide to be wrapped is never joined.
 */
final class OpenQuotations {
    /** A quotation that closes this many lines further down or more may as well be left open: no join. */
    private static final int MAX_LINES = 8;
    /** No one wraps or writes verse wider: a longer line is a paragraph of its own, whatever its marks. */
    private static final int WIDEST_LINE = 100;

    private final boolean[] inside;

    private OpenQuotations(boolean[] inside) {
        this.inside = inside;
    }

    static OpenQuotations of(CharSequence text, List<Line> lines) {
        int n = lines.size();
        int[] depth = new int[n];
        boolean[] opensWithMark = new boolean[n];
        int open = 0;
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            int from = Chars.skipWhitespace(text, line.start(), line.end());
            opensWithMark[i] = from < line.end() && isDoubleMark(text.charAt(from))
                    && opens(text, from, line.start(), line.end());
            if (open > 0 && opensWithMark[i]) {
                from++; // a quotation going on in a new paragraph opens it again
            }
            open = depthAfter(text, from, line.start(), line.end(), open);
            depth[i] = open;
        }
        boolean[] inside = new boolean[n];
        int closedAt = Integer.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            inside[i] = depth[i] > 0 && i + 1 < n && !opensWithMark[i + 1] && closedAt - i <= MAX_LINES
                    && LineShape.width(text, lines.get(i)) <= WIDEST_LINE;
            if (depth[i] == 0) {
                closedAt = i;
            }
        }
        return new OpenQuotations(inside);
    }

    /** Whether the break after line {@code i} lies inside a quotation that closes further down. */
    boolean inside(int i) {
        return inside[i];
    }

    private static int depthAfter(CharSequence text, int from, int lineStart, int lineEnd, int depth) {
        int open = depth;
        for (int j = from; j < lineEnd; j++) {
            char c = text.charAt(j);
            if (!isDoubleMark(c)) {
                continue;
            }
            boolean opens = opens(text, j, lineStart, lineEnd);
            boolean closes = j > lineStart && !Chars.isSpace(text.charAt(j - 1))
                    && (j + 1 == lineEnd || closesBefore(text.charAt(j + 1)));
            if (opens) {
                open++;
            } else if (closes) {
                open = Math.max(0, open - 1);
            }
            // between two spaces, or glued to words on both sides, a mark may be anything: left alone
        }
        return open;
    }

    private static boolean opens(CharSequence text, int at, int lineStart, int lineEnd) {
        char before = at > lineStart ? text.charAt(at - 1) : ' ';
        return (Chars.isSpace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0) && at + 1 < lineEnd
                && !Chars.isSpace(text.charAt(at + 1));
    }

    private static boolean closesBefore(char c) {
        return Chars.isSpace(c) || ".,;:!?)]}\u2026\u2014\u2013-".indexOf(c) >= 0 || isDoubleMark(c) || c == '\'' || c == '\u2019';
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }
}
