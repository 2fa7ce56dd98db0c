package org.copydesk.core.rules.footer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * The lines of a text read one at a time, bottom-up, for the searches from its end: a whole-line watermark is
 * chrome beyond doubt, a line too long for chrome is prose, a line without words has no verdict, any other line
 * is what the {@link ChromeLineClassifier} says (a heading never by a configured signature).
 */
final class LineReader {
    /** Longer lines are prose; no chrome line is this long. */
    static final int MAX_LINE_LENGTH = 400;

    private final String text;
    private final BlockRanges headings;
    private final Map<Integer, Watermarks.Hit> wholeLineHits = new HashMap<>();
    private final ChromeLineClassifier classifier;

    LineReader(String text, BlockRanges headings, List<Watermarks.Hit> hits, ChromeLineClassifier classifier) {
        this.text = text;
        this.headings = headings;
        this.classifier = classifier;
        for (Watermarks.Hit hit : hits) {
            if (hit.wholeLine()) {
                wholeLineHits.put(hit.lineStart(), hit);
            }
        }
    }

    /** The verdict on the line starting at {@code lineStart} whose words are {@code [start, end)}, or null if it has none. */
    LineVerdict read(int lineStart, int start, int end) {
        Watermarks.Hit hit = wholeLineHits.get(lineStart);
        if (hit != null) {
            return LineVerdict.strong(hit.signature().description());
        }
        if (end - start > MAX_LINE_LENGTH) {
            return LineVerdict.PROSE;
        }
        String line = LineText.normalize(text, start, end);
        if (LineText.hasNoWords(line)) {
            return null;
        }
        return classifier.classify(line, headings.overlaps(lineStart, end));
    }

    /** Where the first line of prose among the first {@code maxLines} lines with words starts, or where they end. */
    int firstProse(int maxLines, BlockRanges opaque) {
        return head(maxLines, opaque, true);
    }

    /** Where the first {@code maxLines} lines with words end: {@link #firstProse} is never below it. */
    int headEnd(int maxLines, BlockRanges opaque) {
        return head(maxLines, opaque, false);
    }

    private int head(int maxLines, BlockRanges opaque, boolean toFirstProse) {
        int lines = 0;
        int at = 0;
        while (at < text.length() && lines < maxLines) {
            int end = Removal.lineEnd(text, at);
            int start = Chars.skipWhitespace(text, at, end);
            int contentEnd = Chars.trimEnd(text, start, end);
            if (start < contentEnd && !opaque.overlaps(at, end)) {
                String line = LineText.normalize(text, start, contentEnd);
                if (!LineText.hasNoWords(line)) {
                    lines++;
                    if (toFirstProse && classifier.classify(line, true).is(LineVerdict.Role.PROSE)) {
                        return at;
                    }
                }
            }
            at = end < text.length() ? end + 1 : end;
        }
        return at;
    }

    /** The end of the line before the one starting at {@code lineStart} (before its CR LF, CR or LF). */
    int previousLineEnd(int lineStart) {
        int end = lineStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
