package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Chrome that a few lines of prose follow, as readers' comments follow a post's share buttons and excerpts follow
 * "Related Posts": above the last line of prose, the blocks of lines between at most {@value #MAX_PROSE} lines of
 * prose that make a footer as the end region's top does (a line beyond doubt, or a generic chrome line with
 * company), by the built-in knowledge alone. The search never goes above a heading (the writer's section) nor
 * into the head of the text (its title, byline and dateline, the lines before its first line of prose). Each
 * block becomes a {@link Span} from its first to its last chrome line, so the titles next to their excerpts stay;
 * only the chrome is taken, the prose stays.
 */
final class ChromeAboveProse {
    /** Lines of prose the search may pass, and lines with words it may look at. */
    static final int MAX_PROSE = 3;
    static final int MAX_LINES = 24;
    /** The most lines the head of a text (a title, a byline, a dateline) is taken to have. */
    static final int HEAD_LINES = 6;

    /** Whole lines {@code [start, end)} of chrome, and what they hold, top-down. */
    record Span(int start, int end, List<String> names) {
    }

    private final String text;
    private final BlockRanges opaque;
    private final BlockRanges headings;
    private final int floor;
    private final LineReader lines;

    ChromeAboveProse(String text, BlockRanges opaque, BlockRanges headings, int floor, LineReader lines) {
        this.text = text;
        this.opaque = opaque;
        this.headings = headings;
        this.floor = floor;
        this.lines = lines;
    }

    /** The spans of chrome above the line of prose starting at {@code proseStart}, top-down. */
    List<Span> find(int proseStart) {
        List<Span> spans = new ArrayList<>();
        List<WalkedLine> block = new ArrayList<>();
        // the head is read only if the search comes near it: reading it means reading the first paragraph
        int headEnd = lines.headEnd(HEAD_LINES, opaque);
        int head = -1;
        int prose = 1;
        int looked = 0;
        boolean gap = false;
        int lineEnd = proseStart > 0 ? lines.previousLineEnd(proseStart) : -1;
        while (lineEnd >= 0) {
            int lineStart = Removal.lineStart(text, lineEnd);
            int start = Chars.skipWhitespace(text, lineStart, lineEnd);
            int end = Chars.trimEnd(text, start, lineEnd);
            if (start < end) {
                if (start < headEnd && head < 0) {
                    head = Math.max(floor, lines.firstProse(HEAD_LINES, opaque));
                }
                if (start < floor || start < head || opaque.overlaps(lineStart, lineEnd) || headings.overlaps(lineStart, end)
                        || ++looked > MAX_LINES) {
                    break;
                }
                LineVerdict verdict = lines.read(lineStart, start, end);
                if (verdict != null && verdict.is(LineVerdict.Role.PROSE)) {
                    close(block, spans);
                    if (++prose > MAX_PROSE) {
                        break;
                    }
                } else if (verdict != null) {
                    block.add(new WalkedLine(lineStart, end, verdict, gap));
                }
                gap = false;
            } else {
                gap = true;
            }
            if (lineStart == 0) {
                break;
            }
            lineEnd = lines.previousLineEnd(lineStart);
        }
        close(block, spans);
        Collections.reverse(spans);
        return List.copyOf(spans);
    }

    /** Adds the lines met between two lines of prose (bottom-up) as a span if they make a footer, and empties them. */
    private static void close(List<WalkedLine> block, List<Span> spans) {
        int top = WalkedLine.topOfFooter(block, true);
        if (top >= 0) {
            int bottom = 0;
            while (bottom < top && block.get(bottom).is(LineVerdict.Role.LABEL)) {
                bottom++;
            }
            List<String> names = new ArrayList<>();
            for (int i = top; i >= bottom; i--) {
                if (block.get(i).is(LineVerdict.Role.STRONG)) {
                    names.add(block.get(i).verdict().name());
                }
            }
            spans.add(new Span(block.get(top).start(), block.get(bottom).end(), List.copyOf(names)));
        }
        block.clear();
    }
}
