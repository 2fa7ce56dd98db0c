package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.TextEdit;
import org.copydesk.core.text.Chars;

/**
 * The chrome at the end of a text, found by walking back from the end a line at a time: the trailing block of
 * signature lines (blank lines, tag-only lines and up to a few short unrecognized lines, such as a related
 * post's title, may sit between them), and a signature glued onto the last sentence with no space before it.
 * The walk stops at the first line of prose, so its cost is that of the footer, not of the document.
 */
final class TrailingFooter {
    /** Non-blank lines looked at: a longer run of chrome-like lines is a list someone wrote, not a footer. */
    static final int MAX_LINES = 80;
    /** Longer lines are prose; no signature is this long. */
    static final int MAX_LINE_LENGTH = 400;
    /**
     * Unrecognized lines between chrome lines (a related post's title, a postal address) are taken as part of the
     * footer when they are short and do not end a sentence: up to this many in a row, and in all.
     */
    static final int SHORT_LINE = 100;
    static final int MAX_RUN = 4;
    static final int MAX_UNRECOGNIZED = 8;
    /** How far before the end of the last line a glued signature may start. */
    static final int GLUE_WINDOW = 400;

    /** The footer: {@code [start, end)}, its signatures top-down, and the edits that remove it. */
    record Footer(int start, int end, List<Signature> signatures, List<TextEdit> edits) {
    }

    private enum Kind { BLANK, NEUTRAL, SIGNATURE, UNRECOGNIZED }

    private final String text;
    private final SignatureSet signatures;
    private final Opaque opaque;
    private final List<Watermarks.Hit> hits;
    private final Map<Integer, Watermarks.Hit> wholeLineHits = new HashMap<>();
    private final BoundedText.Budget budget;

    TrailingFooter(String text, SignatureSet signatures, Opaque opaque, List<Watermarks.Hit> hits, BoundedText.Budget budget) {
        this.text = text;
        this.signatures = signatures;
        this.opaque = opaque;
        this.hits = hits;
        this.budget = budget;
        for (Watermarks.Hit hit : hits) {
            if (hit.wholeLine()) {
                wholeLineHits.put(hit.lineStart(), hit);
            }
        }
    }

    /** The footer, or null if the text ends in prose. */
    Footer find() {
        int blockStart = -1;
        int neutralAbove = -1;
        boolean neutralOpen = true;
        List<Signature> found = new ArrayList<>();
        int pendingStart = -1;
        int pendingEnd = -1;
        int pendingRun = 0;
        int bodyStart = -1;
        int bodyEnd = -1;
        boolean glueAllowed = false;
        int unrecognized = 0;
        int examined = 0;
        int lineEnd = text.length();
        while (true) {
            int lineStart = org.copydesk.core.text.Removal.lineStart(text, lineEnd);
            if (opaque.overlaps(lineStart, lineEnd)) {
                glueAllowed = pendingStart >= 0;
                bodyStart = pendingStart >= 0 ? pendingStart : lineStart;
                bodyEnd = pendingStart >= 0 ? pendingEnd : lineEnd;
                break;
            }
            Signature[] signature = new Signature[1];
            Kind kind = classify(lineStart, lineEnd, signature);
            if (kind == Kind.SIGNATURE) {
                if (pendingStart >= 0) {
                    unrecognized += pendingRun;
                    pendingStart = -1;
                    pendingRun = 0;
                }
                blockStart = lineStart;
                neutralAbove = -1;
                neutralOpen = true;
                found.add(signature[0]);
                examined++;
            } else if (kind == Kind.NEUTRAL && blockStart >= 0 && pendingStart < 0 && neutralOpen) {
                // an opening <div> or a rule just above the footer goes with it; a closing tag ends the text above
                if (startsWithClosingTag(lineStart, lineEnd)) {
                    neutralOpen = false;
                } else {
                    neutralAbove = lineStart;
                }
            } else if (kind == Kind.UNRECOGNIZED) {
                if (blockStart >= 0 && pendingRun < MAX_RUN && unrecognized + pendingRun < MAX_UNRECOGNIZED
                        && looksLikeALabel(lineStart, lineEnd)) {
                    if (pendingStart < 0) {
                        pendingStart = lineStart;
                        pendingEnd = lineEnd;
                    }
                    pendingRun++;
                    examined++;
                } else {
                    bodyStart = pendingStart >= 0 ? pendingStart : lineStart;
                    bodyEnd = pendingStart >= 0 ? pendingEnd : lineEnd;
                    glueAllowed = true;
                    break;
                }
            }
            if (examined > MAX_LINES) {
                return null;
            }
            if (lineStart == 0) {
                if (pendingStart >= 0) {
                    bodyStart = pendingStart;
                    bodyEnd = pendingEnd;
                    glueAllowed = true;
                }
                break;
            }
            lineEnd = previousLineEnd(lineStart);
        }
        if (neutralAbove >= 0 && blockStart >= 0 && neutralAbove > bodyEnd) {
            blockStart = neutralAbove;
        }
        Glue glue = glueAllowed ? glue(bodyStart, bodyEnd) : null;
        List<Signature> anchors = new ArrayList<>();
        if (glue != null) {
            anchors.add(glue.signature());
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).where().isAnchor()) {
                anchors.add(found.get(i));
            }
        }
        if (anchors.isEmpty()) {
            return null;
        }
        return footer(blockStart, bodyStart, bodyEnd, glue, anchors);
    }

    private Footer footer(int blockStart, int bodyStart, int bodyEnd, Glue glue, List<Signature> anchors) {
        int length = text.length();
        List<TextEdit> edits = new ArrayList<>();
        int start;
        int end;
        if (glue != null) {
            start = glue.start();
            end = blockStart >= 0 ? Chars.trimEnd(text, 0, length) : Chars.trimEnd(text, start, bodyEnd);
            int from = start;
            while (from > bodyStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
                from--;
            }
            edits.add(TextEdit.delete(from, bodyEnd));
            if (blockStart >= 0) {
                edits.add(TextEdit.delete(afterBreak(bodyEnd), length));
            }
        } else {
            start = blockStart;
            end = Chars.trimEnd(text, 0, length);
            // from the line after the last line of prose: that line keeps its line break, the footer's go
            edits.add(TextEdit.delete(bodyStart >= 0 ? afterBreak(bodyEnd) : 0, length));
        }
        return new Footer(start, Math.max(start, end), List.copyOf(anchors), edits);
    }

    private Kind classify(int lineStart, int lineEnd, Signature[] signature) {
        int start = Chars.skipWhitespace(text, lineStart, lineEnd);
        int end = Chars.trimEnd(text, start, lineEnd);
        if (start == end) {
            return Kind.BLANK;
        }
        Watermarks.Hit hit = wholeLineHits.get(lineStart);
        if (hit != null) {
            signature[0] = hit.signature();
            return Kind.SIGNATURE;
        }
        if (end - start > MAX_LINE_LENGTH) {
            return Kind.UNRECOGNIZED;
        }
        String line = LineText.normalize(text, start, end);
        if (LineText.hasNoWords(line)) {
            return Kind.NEUTRAL;
        }
        signature[0] = signatures.anchorOrCompanion(line, budget);
        return signature[0] != null ? Kind.SIGNATURE : Kind.UNRECOGNIZED;
    }

    /** A signature that ends the last line of prose, glued on without a space, or a watermark there. */
    private record Glue(int start, Signature signature) {
    }

    private Glue glue(int lineStart, int lineEnd) {
        int end = Chars.trimEnd(text, lineStart, lineEnd);
        Glue best = null;
        for (Watermarks.Hit hit : hits) {
            if (hit.lineStart() == lineStart && !hit.wholeLine()) {
                best = new Glue(hit.start(), hit.signature());
                break;
            }
        }
        int from = Math.max(lineStart + 1, end - GLUE_WINDOW);
        for (int at = from; at < end && (best == null || at < best.start()); at++) {
            if (isGluePoint(at)) {
                String rest = LineText.normalize(text, at, end);
                Signature signature = rest.isEmpty() ? null : signatures.anchor(rest, budget);
                if (signature != null) {
                    return new Glue(at, signature);
                }
            }
        }
        return best;
    }

    /** Right after a sentence's last mark (and its closing quote), with no space: {@code firsthand.Powered}. */
    private boolean isGluePoint(int at) {
        char c = text.charAt(at);
        if (!Character.isLetterOrDigit(c) && c != '\u00A9' && c != '<') {
            return false;
        }
        char before = text.charAt(at - 1);
        if ("\"\u201D\u2019)".indexOf(before) >= 0 && at >= 2) {
            before = text.charAt(at - 2);
        }
        return ".!?\u2026".indexOf(before) >= 0;
    }

    /** Short, and not a sentence: a title, a name, an address line. */
    private boolean looksLikeALabel(int lineStart, int lineEnd) {
        int start = Chars.skipWhitespace(text, lineStart, lineEnd);
        int end = Chars.trimEnd(text, start, lineEnd);
        return end - start <= SHORT_LINE && ".!;\"\u201D".indexOf(text.charAt(end - 1)) < 0;
    }

    private boolean startsWithClosingTag(int lineStart, int lineEnd) {
        int start = Chars.skipWhitespace(text, lineStart, lineEnd);
        return start + 1 < lineEnd && text.charAt(start) == '<' && text.charAt(start + 1) == '/';
    }

    private int previousLineEnd(int lineStart) {
        int end = lineStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    private int afterBreak(int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }
}
