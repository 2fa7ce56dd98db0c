package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines.Line;

/**
 * Tells apart the two shapes a run of non-blank lines takes in a draft: one paragraph hard-wrapped over
 * several lines, or one paragraph per line, as CMS exports come. Wrapped text fills its lines (the next
 * line's first word would not have fitted on the line before) and mostly breaks mid-sentence. Lines of a
 * CMS export end where their paragraph ends: at a full stop, often far short of the longest line.
 */
final class LineParagraphs {
    /** Lines this long are never a hard wrap: no one wraps prose wider. */
    static final int WIDEST_WRAP = 100;

    private LineParagraphs() {
    }

    /**
     * The paragraphs of a run of non-blank lines. With {@code splitShortLines} false (Markdown, AsciiDoc, where a
     * line per sentence is a common style), lines are only split when some are longer than any wrap width.
     */
    static List<Block> of(CharSequence text, List<Line> lines, boolean splitShortLines) {
        List<Block> blocks = new ArrayList<>();
        if (lines.size() > 1 && !isHardWrapped(text, lines, splitShortLines)) {
            for (Line line : lines) {
                add(blocks, text, line.start(), line.end());
            }
        } else {
            add(blocks, text, lines.get(0).start(), lines.get(lines.size() - 1).end());
        }
        return blocks;
    }

    private static void add(List<Block> blocks, CharSequence text, int start, int end) {
        int from = Chars.skipWhitespace(text, start, end);
        int to = Chars.trimEnd(text, from, end);
        if (from < to) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, from, to));
        }
    }

    static boolean isHardWrapped(CharSequence text, List<Line> lines, boolean splitShortLines) {
        int widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, trimmedLength(text, line));
        }
        if (widest <= WIDEST_WRAP && !splitShortLines) {
            return true;
        }
        if (widest > WIDEST_WRAP + 20) {
            return false;
        }
        int filled = 0;
        int sentenceEnds = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int wouldBe = trimmedLength(text, lines.get(i)) + 1 + firstWordLength(text, lines.get(i + 1));
            if (wouldBe > widest * 0.85) {
                filled++;
            }
            if (endsSentence(text, lines.get(i))) {
                sentenceEnds++;
            }
        }
        int breaks = lines.size() - 1;
        return filled * 10 >= breaks * 7 && sentenceEnds * 2 < breaks;
    }

    private static boolean endsSentence(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        if (end == line.start()) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '\u201D'
                || last == '\u2019' || last == ')';
    }

    private static int trimmedLength(CharSequence text, Line line) {
        int from = Chars.skipWhitespace(text, line.start(), line.end());
        return Chars.trimEnd(text, from, line.end()) - from;
    }

    private static int firstWordLength(CharSequence text, Line line) {
        int from = Chars.skipWhitespace(text, line.start(), line.end());
        int i = from;
        while (i < line.end() && !Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
