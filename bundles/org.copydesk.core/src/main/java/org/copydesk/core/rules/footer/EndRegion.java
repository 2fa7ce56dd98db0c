package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * The region of chrome that ends a text, found by walking back from the end a line at a time and reading each
 * line with the {@link ChromeLineClassifier}. Chrome lines, chrome-like lines and short labels between them (a
 * related post's title, a name) may make up the region; the first line that reads as prose ends the walk. The
 * region starts at its topmost chrome line whose block of lines makes a footer (it holds a line that is chrome
 * beyond doubt, such as a copyright notice or share buttons, or a generic chrome line has company in it), and
 * takes the chrome-like lines stuck right above it. It is bounded: it never takes the document's first line (its title,
 * or only paragraph), never more than half of the text when only configured signatures found it, and a long run of chrome-like lines is a list someone
 * wrote, not a footer. The walk stops at the region's top, so its cost is that of the footer.
 */
final class EndRegion {
    /** Lines looked at: a longer run of chrome-like lines is a list someone wrote, not a footer. */
    static final int MAX_LINES = 80;
    /** Longer lines are prose; no chrome line is this long. */
    static final int MAX_LINE_LENGTH = 400;
    /** Labels (titles, names) between chrome lines: up to this many in a row, and in all. */
    static final int MAX_LABEL_RUN = 6;
    static final int MAX_LABELS = 12;
    /** Lines of prose the search for chrome above the last of them may pass, and lines it may look at. */
    static final int MAX_PROSE_TAIL = 3;
    static final int MAX_TAIL_LINES = 24;
    /** The most lines the head of a text (a title, a byline, a dateline) is taken to have. */
    static final int TOP_LINES = 6;
    /** The most of a text a footer found by configured signatures alone may be. */
    static final double MAX_SHARE = 0.5;

    /**
     * The region: {@code start} of its first line (or of the neutral line opening it), the names of what it
     * holds top-down, and the line just above it ({@code bodyStart}, {@code bodyEnd}; -1 if there is none), where
     * chrome may be glued onto the last sentence. Without a region, {@code start} is -1 and the body line is the
     * last line of the text.
     */
    record Result(int start, List<String> names, int bodyStart, int bodyEnd, boolean glueAllowed, List<GlueLine> glueLines,
            TailChrome tailChrome) {
        boolean found() {
            return start >= 0;
        }

        static Result none(List<GlueLine> glueLines, TailChrome tailChrome) {
            return new Result(-1, List.of(), -1, -1, false, glueLines, tailChrome);
        }
    }

    /**
     * Chrome that a few lines of prose follow, as readers' comments and teaser excerpts follow a post's share
     * buttons: its runs of lines, top-down. Only the chrome is taken; the prose stays.
     */
    record TailChrome(List<Span> spans) {
        static final TailChrome NONE = new TailChrome(List.of());

        boolean found() {
            return !spans.isEmpty();
        }
    }

    /** Whole lines {@code [start, end)} of chrome, and what they hold top-down. */
    record Span(int start, int end, List<String> names) {
    }

    /**
     * Without a region, a line chrome may be glued onto, bottom-up: the last line, then each line above it whose
     * lines below are all chrome-like ("…the office said.Share this:" over "Twitter", "Facebook"), which the glued
     * chrome then takes along ({@code belowStart}, -1 if none).
     */
    record GlueLine(int start, int end, int belowStart) {
    }

    /** One non-blank line met on the walk; {@code verdict} is null for a line without words (a rule, a tag). */
    private record Line(int start, int end, ChromeLineClassifier.Verdict verdict, boolean gapBelow) {
        boolean is(ChromeLineClassifier.Role role) {
            return verdict != null && verdict.is(role);
        }
    }

    private final String text;
    private final BlockRanges opaque;
    private final BlockRanges headings;
    private final int floor;
    private final Map<Integer, Watermarks.Hit> wholeLineHits = new HashMap<>();
    private final ChromeLineClassifier classifier;

    /** {@code floor}: where the document's first line ends; the region never reaches above it. */
    EndRegion(String text, BlockRanges opaque, BlockRanges headings, int floor, List<Watermarks.Hit> hits,
            ChromeLineClassifier classifier) {
        this.text = text;
        this.opaque = opaque;
        this.headings = headings;
        this.floor = floor;
        this.classifier = classifier;
        for (Watermarks.Hit hit : hits) {
            if (hit.wholeLine()) {
                wholeLineHits.put(hit.lineStart(), hit);
            }
        }
    }

    Result find() {
        List<Line> walked = new ArrayList<>();
        int stopStart = -1;
        int stopEnd = -1;
        boolean stopGlueAllowed = false;
        boolean gap = false;
        boolean stoppedAtProse = false;
        int labelRun = 0;
        int labels = 0;
        int lineEnd = text.length();
        while (true) {
            int lineStart = Removal.lineStart(text, lineEnd);
            int start = Chars.skipWhitespace(text, lineStart, lineEnd);
            int end = Chars.trimEnd(text, start, lineEnd);
            if (start < end) {
                if (opaque.overlaps(lineStart, lineEnd)) {
                    // code, a table, front matter: never looked at, but the footer starts after it
                    stopStart = lineStart;
                    stopEnd = lineEnd;
                    stopGlueAllowed = false;
                    break;
                }
                if (start < floor) {
                    // the title, or the first line of the only paragraph: never a footer, but chrome may be glued on
                    stopStart = lineStart;
                    stopEnd = lineEnd;
                    stopGlueAllowed = !headings.overlaps(lineStart, lineEnd);
                    break;
                }
                ChromeLineClassifier.Verdict verdict = classify(lineStart, start, end);
                if (verdict != null && verdict.is(ChromeLineClassifier.Role.LABEL)) {
                    labelRun++;
                    labels++;
                } else if (verdict != null) {
                    labelRun = 0;
                }
                if (verdict != null && verdict.is(ChromeLineClassifier.Role.PROSE) || labelRun > MAX_LABEL_RUN || labels > MAX_LABELS) {
                    stoppedAtProse = verdict != null && verdict.is(ChromeLineClassifier.Role.PROSE);
                    stopStart = lineStart;
                    stopEnd = lineEnd;
                    stopGlueAllowed = !headings.overlaps(lineStart, lineEnd);
                    break;
                }
                walked.add(new Line(lineStart, lineEnd, verdict, gap));
                gap = false;
                if (walked.size() > MAX_LINES) {
                    return Result.none(List.of(), TailChrome.NONE);
                }
            } else {
                gap = true;
            }
            if (lineStart == 0) {
                break;
            }
            lineEnd = previousLineEnd(lineStart);
        }
        return decide(walked, stopStart, stopEnd, stopGlueAllowed, stoppedAtProse);
    }

    private Result decide(List<Line> walked, int stopStart, int stopEnd, boolean stopGlueAllowed, boolean stoppedAtProse) {
        // the region starts at the highest chrome line whose block of lines (up to a blank line) makes a footer
        int top = -1;
        for (int i = 0; i < walked.size(); i++) {
            if (walked.get(i).is(ChromeLineClassifier.Role.STRONG) && opensAFooter(walked, i)) {
                top = i;
            }
        }
        if (top < 0) {
            return Result.none(glueLines(walked, stopStart, stopEnd, stopGlueAllowed),
                    stoppedAtProse ? tailChrome(stopStart) : TailChrome.NONE);
        }
        // chrome-like lines stuck right above the topmost chrome line go with it ("Posted by Jane" over "Tags: …")
        while (top + 1 < walked.size() && !walked.get(top + 1).gapBelow() && walked.get(top + 1).is(ChromeLineClassifier.Role.WEAK)) {
            top++;
        }
        int start = walked.get(top).start();
        // an opening <div> or a rule right above the region goes with it; a closing tag ends the text above
        int opening = top + 1;
        while (opening < walked.size() && walked.get(opening).verdict() == null && !startsWithClosingTag(walked.get(opening))) {
            start = walked.get(opening).start();
            opening++;
        }
        if (text.length() - start > MAX_SHARE * text.length() && !hasBuiltInEvidence(walked, top)) {
            // the configuration's patterns alone never take most of a text
            return Result.none(List.of(), TailChrome.NONE);
        }
        List<String> names = new ArrayList<>();
        for (int i = top; i >= 0; i--) {
            if (walked.get(i).is(ChromeLineClassifier.Role.STRONG)) {
                names.add(walked.get(i).verdict().name());
            }
        }
        Line body = firstWithWords(walked, opening);
        if (body != null) {
            return new Result(start, names, body.start(), body.end(), !headings.overlaps(body.start(), body.end()), List.of(),
                    TailChrome.NONE);
        }
        return new Result(start, names, stopStart, stopEnd, stopGlueAllowed, List.of(), TailChrome.NONE);
    }

    /**
     * The chrome above the last lines of prose: blocks of lines between at most {@link #MAX_PROSE_TAIL} lines of
     * prose (below any heading, and below the head of the text) that make a footer as the end region's top line does (a line beyond doubt,
     * or a generic chrome line with company), found by the built-in knowledge alone. Each block's span runs from
     * its first to its last chrome line, so the titles of teasers next to their excerpts stay with them.
     */
    private TailChrome tailChrome(int proseStart) {
        List<Span> spans = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        int head = top();
        int prose = 1;
        int looked = 0;
        boolean gap = false;
        int lineEnd = proseStart > 0 ? previousLineEnd(proseStart) : -1;
        while (lineEnd >= 0) {
            int lineStart = Removal.lineStart(text, lineEnd);
            int start = Chars.skipWhitespace(text, lineStart, lineEnd);
            int end = Chars.trimEnd(text, start, lineEnd);
            if (start < end) {
                // a heading starts the writer's section, and the head of the text (a byline under the headline)
                // is its beginning: what is above either is not the end of the text
                if (start < head || opaque.overlaps(lineStart, lineEnd) || headings.overlaps(lineStart, end) || ++looked > MAX_TAIL_LINES) {
                    break;
                }
                ChromeLineClassifier.Verdict verdict = classify(lineStart, start, end);
                if (verdict != null && verdict.is(ChromeLineClassifier.Role.PROSE)) {
                    closeBlock(block, spans);
                    if (++prose > MAX_PROSE_TAIL) {
                        break;
                    }
                } else if (verdict != null) {
                    block.add(new Line(lineStart, end, verdict, gap));
                }
                gap = false;
            } else {
                gap = true;
            }
            if (lineStart == 0) {
                break;
            }
            lineEnd = previousLineEnd(lineStart);
        }
        closeBlock(block, spans);
        java.util.Collections.reverse(spans);
        return new TailChrome(List.copyOf(spans));
    }

    /**
     * Where the top of the text ends: its first line of prose. The lines above it (a title, a byline, a dateline)
     * are the head of the text, never its end; only the first {@value #TOP_LINES} lines with words are looked at.
     */
    private int top() {
        int lines = 0;
        int at = 0;
        while (at < text.length() && lines < TOP_LINES) {
            int end = Removal.lineEnd(text, at);
            int start = Chars.skipWhitespace(text, at, end);
            int contentEnd = Chars.trimEnd(text, start, end);
            if (start < contentEnd && !opaque.overlaps(at, end)) {
                String line = LineText.normalize(text, start, contentEnd);
                if (!LineText.hasNoWords(line)) {
                    lines++;
                    if (classifier.classify(line, true).is(ChromeLineClassifier.Role.PROSE)) {
                        return Math.max(floor, at);
                    }
                }
            }
            at = end < text.length() ? end + 1 : end;
        }
        return Math.max(floor, at);
    }

    /**
     * Adds the lines met between two lines of prose (bottom-up) as a span, if they make a footer by the built-in
     * knowledge, and empties the list. The span starts where a region would (the highest chrome
     * line whose block of lines makes a footer, with the chrome-like lines stuck above it) and ends at the last
     * chrome-like line.
     */
    private static void closeBlock(List<Line> block, List<Span> spans) {
        int top = -1;
        for (int i = 0; i < block.size(); i++) {
            ChromeLineClassifier.Verdict verdict = block.get(i).verdict();
            if (verdict.is(ChromeLineClassifier.Role.STRONG) && !verdict.configured() && opensAFooter(block, i)) {
                top = i;
            }
        }
        if (top >= 0) {
            while (top + 1 < block.size() && !block.get(top + 1).gapBelow() && block.get(top + 1).is(ChromeLineClassifier.Role.WEAK)) {
                top++;
            }
            int bottom = 0;
            while (bottom < top && block.get(bottom).is(ChromeLineClassifier.Role.LABEL)) {
                bottom++;
            }
            List<String> found = new ArrayList<>();
            for (int i = top; i >= bottom; i--) {
                if (block.get(i).is(ChromeLineClassifier.Role.STRONG)) {
                    found.add(block.get(i).verdict().name());
                }
            }
            spans.add(new Span(block.get(top).start(), block.get(bottom).end(), List.copyOf(found)));
        }
        block.clear();
    }

    /** The lines chrome may be glued onto when there is no region, bottom-up. */
    private List<GlueLine> glueLines(List<Line> walked, int stopStart, int stopEnd, boolean stopGlueAllowed) {
        List<GlueLine> lines = new ArrayList<>();
        int belowStart = -1;
        for (Line line : walked) {
            if (line.verdict() == null) {
                continue;
            }
            if (!headings.overlaps(line.start(), line.end())) {
                lines.add(new GlueLine(line.start(), line.end(), belowStart));
            }
            if (line.is(ChromeLineClassifier.Role.LABEL) || line.is(ChromeLineClassifier.Role.PROSE)) {
                // a label is not chrome enough to be taken along with chrome glued above it
                return lines;
            }
            belowStart = line.start();
        }
        if (stopStart >= 0 && stopGlueAllowed) {
            lines.add(new GlueLine(stopStart, stopEnd, belowStart));
        }
        return lines;
    }

    /** Whether a line of the region is chrome by the built-in knowledge, not only by a configured pattern. */
    private static boolean hasBuiltInEvidence(List<Line> walked, int top) {
        for (int i = 0; i <= top; i++) {
            ChromeLineClassifier.Verdict verdict = walked.get(i).verdict();
            if (verdict != null && verdict.is(ChromeLineClassifier.Role.STRONG) && !verdict.configured()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether chrome line {@code i} makes a footer with the lines of its block (the lines met on the walk up to a
     * blank line either side): a line beyond doubt (a copyright notice, share buttons) in it, or company. A
     * generic chrome line alone in its paragraph ("Related Posts", "Posted by Jane, Product Manager") may be the
     * writer's own last line.
     */
    private static boolean opensAFooter(List<Line> walked, int i) {
        int lines = 0;
        for (int m = i; m >= 0; m--) {
            Line line = walked.get(m);
            if (line.verdict() != null) {
                lines++;
                if (line.verdict().decisive()) {
                    return true;
                }
            }
            if (line.gapBelow()) {
                break;
            }
        }
        for (int m = i + 1; m < walked.size() && !walked.get(m).gapBelow(); m++) {
            if (walked.get(m).verdict() != null) {
                lines++;
            }
        }
        return lines >= 2;
    }

    private static Line firstWithWords(List<Line> walked, int from) {
        for (int i = from; i < walked.size(); i++) {
            if (walked.get(i).verdict() != null) {
                return walked.get(i);
            }
        }
        return null;
    }

    /** The verdict on one line, or null if it has no words. */
    private ChromeLineClassifier.Verdict classify(int lineStart, int start, int end) {
        Watermarks.Hit hit = wholeLineHits.get(lineStart);
        if (hit != null) {
            return ChromeLineClassifier.Verdict.strong(hit.signature().description());
        }
        if (end - start > MAX_LINE_LENGTH) {
            return ChromeLineClassifier.Verdict.PROSE;
        }
        String line = LineText.normalize(text, start, end);
        if (LineText.hasNoWords(line)) {
            return null;
        }
        return classifier.classify(line, headings.overlaps(lineStart, end));
    }

    private boolean startsWithClosingTag(Line line) {
        int start = Chars.skipWhitespace(text, line.start(), line.end());
        return start + 1 < line.end() && text.charAt(start) == '<' && text.charAt(start + 1) == '/';
    }

    private int previousLineEnd(int lineStart) {
        int end = lineStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
