package org.copydesk.core.document;

import java.util.Arrays;
import java.util.List;

import org.copydesk.core.text.TextLines.Line;

/**
 * How a plain-text document is hard-wrapped, learnt from the line breaks that are certainly wraps (a sentence
 * running on, see {@link LineShape#runsOn}): those lines are full, so their widths cluster just under the wrap
 * column, and how full they are tells an editor's greedy wrapping (every line as full as it can be) from
 * {@code fmt}'s balanced lines. A CMS export has almost no such breaks, and so no wrap width.
 */
final class WrapWidth {
    static final WrapWidth NONE = new WrapWidth(0, Integer.MAX_VALUE, false, false);

    /** A run counts as wrapped text if at least a third of its breaks run on. */
    private static final int WRAPPED_SHARE_DIVISOR = 3;
    /** Runs with at least this many breaks and few run-ons are lines of their own, whatever the document. */
    private static final int CONCLUSIVE_BREAKS = 3;
    /** No one hard-wraps prose narrower or wider than this. */
    private static final int NARROWEST_WRAP = 40;
    private static final int WIDEST_WRAP = 100;
    /** A run with this many certain wraps shows its own wrap width. */
    private static final int OWN_WIDTH_RUN_ONS = 3;
    /** A document with this many runs of several lines shows whether blank lines separate its paragraphs. */
    private static final int BLANK_LINE_RUNS = 3;

    private final int width;
    /** What a line's width plus a space and the next line's first word comes to when the line is full. */
    private final int fill;
    /**
     * Whether blank lines separate the document's wrapped paragraphs: then a sentence ending on a roughly full
     * line inside a run of lines is a wrap, even where the wrapping left a little room (hand-wrapped texts).
     */
    private final boolean blankLineParagraphs;
    /** Whether the run is one paragraph wrapped greedily (see {@link #greedyRun}): every break is a wrap. */
    private final boolean wholeRun;

    private WrapWidth(int width, int fill, boolean blankLineParagraphs, boolean wholeRun) {
        this.width = width;
        this.fill = fill;
        this.blankLineParagraphs = blankLineParagraphs;
        this.wholeRun = wholeRun;
    }

    /** Learns how a document is wrapped from its runs of non-blank lines. */
    static WrapWidth of(CharSequence text, LineRuns runs) {
        Samples samples = new Samples(0, Integer.MAX_VALUE);
        for (int r = 0; r < runs.size(); r++) {
            List<Line> run = runs.run(r);
            if (looksWrapped(text, run)) {
                samples.addRunOns(text, run);
            }
        }
        if (samples.isEmpty()) {
            // No run looks wrapped (a short text, news whose lines start with names): trust any run-on line,
            // but only at a width someone wraps at, never a CMS paragraph that happens to end in a comma.
            samples = new Samples(NARROWEST_WRAP, WIDEST_WRAP);
            for (int r = 0; r < runs.size(); r++) {
                samples.addRunOns(text, runs.run(r));
            }
        }
        WrapWidth wrap = samples.wrapWidth(false);
        return wrap.width == 0 ? wrap : samples.wrapWidth(separatesByBlankLines(text, runs, wrap));
    }

    /**
     * Whether the document's paragraphs are runs of lines between blank lines: it has several wrapped runs, and
     * few of their breaks end a sentence on a line well short of the wrap width, as paragraphs without blank lines
     * between them end. Verse and lists inside runs count against it, so such a document stays strict.
     */
    private static boolean separatesByBlankLines(CharSequence text, LineRuns runs, WrapWidth wrap) {
        int wrappedRuns = 0;
        int shortEnds = 0;
        for (int r = 0; r < runs.size(); r++) {
            List<Line> run = runs.run(r);
            if (run.size() < 2) {
                continue;
            }
            wrappedRuns++;
            for (int i = 0; i + 1 < run.size(); i++) {
                Line line = run.get(i);
                Line next = run.get(i + 1);
                if (LineShape.endsSentence(text, line) && !LineShape.runsOn(text, line, next)
                        && LineShape.width(text, line) + 1 + LineShape.firstWordLength(text, next) < wrap.width * 3 / 4) {
                    shortEnds++;
                }
            }
        }
        return wrappedRuns >= BLANK_LINE_RUNS && shortEnds * 2 < wrappedRuns;
    }

    /** The widths and fills of certainly wrapped lines; the percentiles of them are the wrap width. */
    private static final class Samples {
        private final int narrowest;
        private final int widest;
        private int[] widths = new int[16];
        private int[] fills = new int[16];
        private int count;

        Samples(int narrowest, int widest) {
            this.narrowest = narrowest;
            this.widest = widest;
        }

        boolean isEmpty() {
            return count == 0;
        }

        void addRunOns(CharSequence text, List<Line> run) {
            for (int i = 0; i + 1 < run.size(); i++) {
                Line line = run.get(i);
                Line next = run.get(i + 1);
                int width = LineShape.width(text, line);
                if (LineShape.runsOn(text, line, next) && !LineShape.isSingleWord(text, line) && width >= narrowest
                        && width <= widest) {
                    if (count == widths.length) {
                        widths = Arrays.copyOf(widths, count * 2);
                        fills = Arrays.copyOf(fills, count * 2);
                    }
                    widths[count] = width;
                    fills[count] = width + 1 + LineShape.firstWordLength(text, next);
                    count++;
                }
            }
        }

        WrapWidth wrapWidth(boolean blankLineParagraphs) {
            if (count == 0) {
                return NONE;
            }
            Arrays.sort(widths, 0, count);
            Arrays.sort(fills, 0, count);
            // Percentiles, not extremes: a line edited after wrapping is longer or shorter than the rest.
            int width = widths[(count - 1) * 9 / 10];
            int fill = Math.max(width * 3 / 4, Math.min(fills[count / 10], width + 1) - 1);
            return new WrapWidth(width, fill, blankLineParagraphs, false);
        }
    }

    /** The wrap column, or 0 if the document is not hard-wrapped. */
    int width() {
        return width;
    }

    /**
     * How to cut {@code run}: with its own wrapping if it has wraps enough to tell (a paragraph copied from
     * elsewhere may be wrapped narrower than the rest), else the document's; with {@link #NONE} if the run has
     * breaks enough to show it is not wrapped (then every break that does not run on ends a paragraph).
     */
    WrapWidth forRun(CharSequence text, List<Line> run) {
        int breaks = run.size() - 1;
        int runOns = runOns(text, run);
        if (runOns >= OWN_WIDTH_RUN_ONS && runOns * WRAPPED_SHARE_DIVISOR >= breaks) {
            Samples samples = new Samples(0, Integer.MAX_VALUE);
            samples.addRunOns(text, run);
            return samples.wrapWidth(blankLineParagraphs);
        }
        if (breaks > 0 && isGreedyRun(text, run)) {
            return new WrapWidth(width, fill, blankLineParagraphs, true);
        }
        if (breaks < CONCLUSIVE_BREAKS || runOns * WRAPPED_SHARE_DIVISOR >= breaks) {
            return this;
        }
        // Few run-ons, as in news whose lines often start with a name: wrapped all the same if its lines are full.
        return fullLines(text, run) * 3 >= breaks * 2 ? this : NONE;
    }

    /**
     * Whether the run is one paragraph wrapped greedily at some column, though few of its breaks visibly run on
     * (German capitalises its nouns; a copy re-wrapped in a document of one paragraph a line): every line is at
     * a width someone wraps at, the next line's first word would not have fitted on any of them, and at least one
     * line stops mid-sentence. A list never has all three; a headline over a paragraph is told by its case (a
     * title-case line within the run is a wrapped list of names: "Reid of Nevada, Elizabeth Warren and Chuck").
     */
    private static boolean isGreedyRun(CharSequence text, List<Line> run) {
        int widest = 0;
        int narrowestFill = Integer.MAX_VALUE;
        boolean midSentence = false;
        for (int i = 0; i < run.size(); i++) {
            Line line = run.get(i);
            int lineWidth = LineShape.width(text, line);
            widest = Math.max(widest, lineWidth);
            if (i + 1 == run.size()) {
                break;
            }
            if (lineWidth < NARROWEST_WRAP || i == 0 && LineShape.isStrictlyTitleCase(text, line)
                    && !LineShape.isStrictlyTitleCase(text, run.get(1))) {
                return false;
            }
            narrowestFill = Math.min(narrowestFill, lineWidth + 1 + LineShape.firstWordLength(text, run.get(i + 1)));
            midSentence |= !LineShape.endsSentence(text, line);
        }
        return midSentence && widest <= WIDEST_WRAP && narrowestFill > widest;
    }

    private int fullLines(CharSequence text, List<Line> run) {
        int full = 0;
        for (int i = 0; i + 1 < run.size(); i++) {
            if (fills(text, run.get(i), run.get(i + 1))) {
                full++;
            }
        }
        return full;
    }

    /**
     * Whether {@code line} is a full line of the wrapped text, so that its paragraph goes on in {@code next}.
     * Only a line ending a sentence can end a paragraph, so only there must the line be as full as the
     * document's wraps are; mid-sentence, a roughly full line is enough, unless it is a headline.
     */
    boolean fills(CharSequence text, Line line, Line next) {
        if (wholeRun) {
            return true;
        }
        if (width == 0) {
            return false;
        }
        int lineWidth = LineShape.width(text, line);
        boolean endsSentence = LineShape.endsSentence(text, line);
        if (!endsSentence && LineShape.isTitleCase(text, line)) {
            return false;
        }
        int needed = endsSentence && !blankLineParagraphs ? fill : width * 3 / 4;
        // A line well past the wrap column was not wrapped there: a paragraph on a line of its own.
        return lineWidth <= width * 5 / 4 && lineWidth + 1 + LineShape.firstWordLength(text, next) >= needed;
    }

    private static boolean looksWrapped(CharSequence text, List<Line> run) {
        int breaks = run.size() - 1;
        return breaks > 0 && runOns(text, run) * WRAPPED_SHARE_DIVISOR >= breaks;
    }

    private static int runOns(CharSequence text, List<Line> run) {
        int runOns = 0;
        for (int i = 0; i + 1 < run.size(); i++) {
            if (LineShape.runsOn(text, run.get(i), run.get(i + 1))) {
                runOns++;
            }
        }
        return runOns;
    }
}
