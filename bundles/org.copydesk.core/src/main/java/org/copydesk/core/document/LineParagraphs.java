package org.copydesk.core.document;

import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines.Line;

/**
 * Cuts a run of non-blank lines into paragraphs, telling apart the shapes such a run takes in a draft: one
 * paragraph hard-wrapped over several lines, or one paragraph per line as CMS exports come. A break is a wrap
 * when the sentence visibly runs on ({@link LineShape#runsOn}), in hard-wrapped text when the line is full (the
 * next line's first word would not have fitted on it), or when it falls inside a quotation that closes a few lines
 * down ({@link OpenQuotations}: quoted verse). Every other break ends a paragraph.
 */
final class LineParagraphs {
    /** A line this long is a whole paragraph: no sentence on a line of its own or wrapped line is. */
    static final int PARAGRAPH_LINE = 200;
    /** A line this long that holds more than one sentence is a whole paragraph too. */
    static final int LONG_LINE = 120;
    /** Sentences one a line average well under this; pasted paragraphs well over. */
    static final int LONG_AVERAGE = 150;

    private LineParagraphs() {
    }

    /** Adds to {@code blocks} the paragraphs of a run of plain-text lines wrapped as {@code wrap} says. */
    static void of(CharSequence text, List<Line> lines, WrapWidth wrap, BlockList.Builder blocks) {
        int start = 0;
        OpenQuotations quotations = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (!LineShape.runsOn(text, line, next) && !wrap.fills(text, line, next)) {
                if (quotations == null) {
                    quotations = OpenQuotations.of(text, lines);
                }
                if (quotations.inside(i)) {
                    continue;
                }
                add(blocks, text, lines.get(start), line);
                start = i + 1;
            }
        }
        add(blocks, text, lines.get(start), lines.get(lines.size() - 1));
    }

    /**
     * The paragraphs of a Markdown or AsciiDoc paragraph's lines. There a line break is only a soft wrap, and a
     * sentence per line is a common style, so the lines are only cut apart when they are paragraphs themselves,
     * a CMS export pasted without blank lines: half of them paragraph-sized, or one so and long on average.
     */
    static List<Block> ofMarkup(CharSequence text, List<Line> lines) {
        BlockList.Builder blocks = new BlockList.Builder();
        if (lines.size() > 1 && isPastedParagraphs(text, lines)) {
            of(text, lines, WrapWidth.NONE, blocks);
        } else {
            add(blocks, text, lines.get(0), lines.get(lines.size() - 1));
        }
        return blocks.build();
    }

    private static boolean isPastedParagraphs(CharSequence text, List<Line> lines) {
        int paragraphs = 0;
        long total = 0;
        for (Line line : lines) {
            int length = LineShape.contentLength(text, line);
            total += length;
            if (length >= PARAGRAPH_LINE || length > LONG_LINE && LineShape.hasSentenceBreakInside(text, line)) {
                paragraphs++;
            }
        }
        // Wire copy has many one-sentence paragraphs: long on average is enough once one line is a paragraph.
        return paragraphs * 2 >= lines.size() || paragraphs > 0 && total >= (long) LONG_AVERAGE * lines.size();
    }

    private static void add(BlockList.Builder blocks, CharSequence text, Line first, Line last) {
        int from = Chars.skipWhitespace(text, first.start(), last.end());
        int to = Chars.trimEnd(text, from, last.end());
        if (from < to) {
            blocks.add(Block.Kind.PARAGRAPH, from, to);
        }
    }
}
