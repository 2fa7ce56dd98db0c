package org.copydesk.core.rules.footer;

import java.util.List;

import org.copydesk.core.text.Chars;

/**
 * Chrome glued onto the last sentence: a paste that lost the line break between the article and the site's
 * chrome ({@code …firsthand.Powered by Froala Editor}, {@code …next year! Share this post ©2012 Site}). The
 * candidates are the sentence ends near the end of the line, with or without a space after them; the tail after
 * one counts when the line classifier reads it as chrome beyond doubt on its own. The leftmost such end wins; past a
 * sentence that reads as prose, only a platform's own wording (a cookie banner of several sentences) may start
 * the glued chrome, so a writer's sentence is never taken.
 */
final class GluedChrome {
    /** How far before the end of the line glued chrome may start. */
    static final int WINDOW = 400;

    /** Where the glued chrome starts, and what it was read as. */
    record Glue(int start, String name) {
    }

    private final String text;
    private final List<Watermarks.Hit> hits;
    private final ChromeLineClassifier classifier;

    GluedChrome(String text, List<Watermarks.Hit> hits, ChromeLineClassifier classifier) {
        this.text = text;
        this.hits = hits;
        this.classifier = classifier;
    }

    /** The chrome glued onto the end of the line {@code [lineStart, lineEnd)}, or null. */
    Glue find(int lineStart, int lineEnd) {
        int end = Chars.trimEnd(text, lineStart, lineEnd);
        Glue best = null;
        for (Watermarks.Hit hit : hits) {
            if (hit.lineStart() == lineStart && !hit.wholeLine()) {
                best = new Glue(hit.start(), hit.signature().description());
                break;
            }
        }
        int from = Math.max(lineStart + 1, end - WINDOW);
        boolean passedProse = false;
        int pieceEnd = end;
        for (int at = end - 1; at >= from; at--) {
            if (best != null && at >= best.start() || !isGluePoint(at, lineStart)) {
                continue;
            }
            String tail = LineText.normalize(text, at, end);
            String piece = LineText.normalize(text, at, pieceEnd);
            pieceEnd = at;
            if (tail.isEmpty() || LineText.hasNoWords(tail)) {
                continue;
            }
            passedProse |= ProseTest.readsAsProse(LineWords.of(piece), piece);
            if (passedProse) {
                // past a sentence only a platform's own wording of several sentences may start (a cookie banner)
                Signature signature = classifier.builtInSignature(tail);
                if (signature != null) {
                    best = new Glue(at, signature.description());
                }
                continue;
            }
            LineVerdict verdict = classifier.classify(tail, false);
            if (verdict.is(LineVerdict.Role.STRONG) && verdict.decisive()) {
                best = new Glue(at, verdict.name());
            }
        }
        return best;
    }

    /**
     * Right after a sentence's last mark (and its closing quote), at the first character of what follows:
     * {@code firsthand.|Powered}, {@code year! |Share}; never between the digits of a number ({@code 4.5}).
     */
    private boolean isGluePoint(int at, int lineStart) {
        char c = text.charAt(at);
        if (!Character.isLetterOrDigit(c) && c != '\u00A9' && c != '<' && c != '(' && c != '[') {
            return false;
        }
        int before = at - 1;
        if (Character.isDigit(c) && text.charAt(before) == '.' && before > lineStart && Character.isDigit(text.charAt(before - 1))) {
            // inside a number: "4.5", "12.03.2024"
            return false;
        }
        if (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\u00A0') {
            while (before > lineStart && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\u00A0')) {
                before--;
            }
        }
        if (before <= lineStart) {
            return false;
        }
        char mark = text.charAt(before);
        if ("\"\u201D\u2019)".indexOf(mark) >= 0 && before - 1 > lineStart) {
            mark = text.charAt(before - 1);
        }
        return ".!?\u2026".indexOf(mark) >= 0;
    }
}
