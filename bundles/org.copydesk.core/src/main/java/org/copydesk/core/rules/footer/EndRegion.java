package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * The region of chrome that ends a text, found by walking back from the end a line at a time, each line read by
 * the {@link LineReader}. Chrome lines, chrome-like lines and short labels between them (a related post's title,
 * a name) may make up the region; the first line that reads as prose ends the walk. The region starts at the
 * highest chrome line whose block of lines makes a footer ({@link WalkedLine#opensAFooter}) and takes the
 * chrome-like lines stuck right above it. It is bounded: it never takes the document's first line (its title, or
 * the start of its only paragraph), never more than half of the text when only configured signatures found it,
 * and a long run of chrome-like lines is a list someone wrote, not a footer. Without a region, the walk says
 * where chrome may be glued on, and {@link ChromeAboveProse} looks above the last lines of prose. The walk stops
 * at the region's top, so its cost is that of the footer.
 */
final class EndRegion {
    /** Lines looked at: a longer run of chrome-like lines is a list someone wrote, not a footer. */
    static final int MAX_LINES = 80;
    /** Labels (titles, names) between chrome lines: up to this many in a row, and in all. */
    static final int MAX_LABEL_RUN = 6;
    static final int MAX_LABELS = 12;
    /** The most of a text a footer found by configured signatures alone may be. */
    static final double MAX_SHARE = 0.5;

    /**
     * The region: {@code start} of its first line (or of the neutral line opening it; -1 if there is none), the
     * names of what it holds top-down, and the line just above it ({@code bodyStart}, {@code bodyEnd}; -1 if there
     * is none), where chrome may be glued onto the last sentence. Without a region: the lines chrome may be glued
     * onto, and the chrome above the last lines of prose.
     */
    record Result(int start, List<String> names, int bodyStart, int bodyEnd, boolean glueAllowed, List<GlueLine> glueLines,
            List<ChromeAboveProse.Span> aboveProse) {
        boolean found() {
            return start >= 0;
        }

        static Result none(List<GlueLine> glueLines, List<ChromeAboveProse.Span> aboveProse) {
            return new Result(-1, List.of(), -1, -1, false, glueLines, aboveProse);
        }
    }

    /**
     * Without a region, a line chrome may be glued onto, bottom-up: the last line, then each line above it whose
     * lines below are all chrome-like ("…the office said.Share this:" over "Twitter", "Facebook"), which the glued
     * chrome then takes along ({@code belowStart}, -1 if none).
     */
    record GlueLine(int start, int end, int belowStart) {
    }

    /** Where and why the walk stopped: the line ({@code -1} if at the top of the text) and whether it is prose. */
    private record Stop(int start, int end, boolean glueAllowed, boolean prose) {
        static final Stop TOP = new Stop(-1, -1, false, false);
    }

    private final String text;
    private final BlockRanges opaque;
    private final BlockRanges headings;
    private final int floor;
    private final LineReader lines;

    /** {@code floor}: where the document's first line ends; the region never reaches above it. */
    EndRegion(String text, BlockRanges opaque, BlockRanges headings, int floor, LineReader lines) {
        this.text = text;
        this.opaque = opaque;
        this.headings = headings;
        this.floor = floor;
        this.lines = lines;
    }

    Result find() {
        List<WalkedLine> walked = new ArrayList<>();
        Stop stop = Stop.TOP;
        boolean gap = false;
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
                    stop = new Stop(lineStart, lineEnd, false, false);
                    break;
                }
                if (start < floor) {
                    // the title, or the first line of the only paragraph: never a footer, but chrome may be glued on
                    stop = new Stop(lineStart, lineEnd, !headings.overlaps(lineStart, lineEnd), false);
                    break;
                }
                LineVerdict verdict = lines.read(lineStart, start, end);
                if (verdict != null && verdict.is(LineVerdict.Role.LABEL)) {
                    labelRun++;
                    labels++;
                } else if (verdict != null) {
                    labelRun = 0;
                }
                // a short sentence ("Tickets cost four euros.") is the writer's, not a title between chrome lines
                boolean prose = verdict != null && (verdict.is(LineVerdict.Role.PROSE)
                        || verdict.is(LineVerdict.Role.LABEL) && endsSentence(start, end));
                if (prose || labelRun > MAX_LABEL_RUN || labels > MAX_LABELS) {
                    stop = new Stop(lineStart, lineEnd, !headings.overlaps(lineStart, lineEnd), prose);
                    break;
                }
                walked.add(new WalkedLine(lineStart, lineEnd, verdict, gap));
                gap = false;
                if (walked.size() > MAX_LINES) {
                    return Result.none(List.of(), List.of());
                }
            } else {
                gap = true;
            }
            if (lineStart == 0) {
                break;
            }
            lineEnd = lines.previousLineEnd(lineStart);
        }
        return decide(walked, stop);
    }

    private Result decide(List<WalkedLine> walked, Stop stop) {
        int top = WalkedLine.topOfFooter(walked, false);
        if (top < 0) {
            List<ChromeAboveProse.Span> above = stop.prose()
                    ? new ChromeAboveProse(text, opaque, headings, floor, lines).find(stop.start()) : List.of();
            return Result.none(glueLines(walked, stop), above);
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
            return Result.none(List.of(), List.of());
        }
        List<String> names = new ArrayList<>();
        for (int i = top; i >= 0; i--) {
            if (walked.get(i).is(LineVerdict.Role.STRONG)) {
                names.add(walked.get(i).verdict().name());
            }
        }
        WalkedLine body = firstWithWords(walked, opening);
        if (body != null) {
            return new Result(start, names, body.start(), body.end(), !headings.overlaps(body.start(), body.end()), List.of(), List.of());
        }
        return new Result(start, names, stop.start(), stop.end(), stop.glueAllowed(), List.of(), List.of());
    }

    /** The lines chrome may be glued onto when there is no region, bottom-up. */
    private List<GlueLine> glueLines(List<WalkedLine> walked, Stop stop) {
        List<GlueLine> glueLines = new ArrayList<>();
        int belowStart = -1;
        for (WalkedLine line : walked) {
            if (line.verdict() == null) {
                continue;
            }
            if (!headings.overlaps(line.start(), line.end())) {
                glueLines.add(new GlueLine(line.start(), line.end(), belowStart));
            }
            if (line.is(LineVerdict.Role.LABEL)) {
                // a label is not chrome enough to be taken along with chrome glued above it
                return glueLines;
            }
            belowStart = line.start();
        }
        if (stop.start() >= 0 && stop.glueAllowed()) {
            glueLines.add(new GlueLine(stop.start(), stop.end(), belowStart));
        }
        return glueLines;
    }

    /** Whether a line of the region is chrome by the built-in knowledge, not only by a configured pattern. */
    private static boolean hasBuiltInEvidence(List<WalkedLine> walked, int top) {
        for (int i = 0; i <= top; i++) {
            LineVerdict verdict = walked.get(i).verdict();
            if (verdict != null && verdict.is(LineVerdict.Role.STRONG) && !verdict.configured()) {
                return true;
            }
        }
        return false;
    }

    private static WalkedLine firstWithWords(List<WalkedLine> walked, int from) {
        for (int i = from; i < walked.size(); i++) {
            if (walked.get(i).verdict() != null) {
                return walked.get(i);
            }
        }
        return null;
    }

    private boolean endsSentence(int start, int end) {
        return ProseTest.endsSentence(LineText.normalize(text, start, end)) && text.charAt(end - 1) != '?';
    }

    private boolean startsWithClosingTag(WalkedLine line) {
        int start = Chars.skipWhitespace(text, line.start(), line.end());
        return start + 1 < line.end() && text.charAt(start) == '<' && text.charAt(start + 1) == '/';
    }
}
