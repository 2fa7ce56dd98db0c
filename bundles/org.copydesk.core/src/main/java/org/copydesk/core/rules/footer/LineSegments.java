package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copydesk.core.text.CharClass;

/**
 * A line cut into the pieces the chrome classifier reads one by one: at the separators sites put between links
 * ({@code |}, {@code •}, {@code ·}, a spaced dash or slash) and at sentence ends (not after an abbreviation), so
 * that "© 2012 Site. All rights reserved. | Privacy Policy" is three pieces.
 */
final class LineSegments {
    private static final String ABBREVIATIONS = " mr mrs ms dr st jr sr co inc ltd corp no vs jan feb mar apr jun jul aug sep sept oct nov"
            + " dec e.g i.e u.s u.k p.m a.m etc al ";

    private static final CharClass CUTS = CharClass.of("|•·►▼■▪●♦★◆");
    /** Cut at when spaced on both sides. */
    private static final CharClass SPACED_CUTS = CharClass.of("-–—/~»«");
    private static final CharClass ENDS = CharClass.of(".!?…");
    private static final CharClass CLOSING = CharClass.of("\"”’')");

    private LineSegments() {
    }

    /**
     * The line cut at the separators between links ({@code |}, {@code •}, {@code ·}, a spaced dash) and at
     * sentence ends, so that "© 2012 Site. All rights reserved. | Privacy Policy" is read as three pieces.
     */
    static List<String> of(String line) {
        List<String> segments = new ArrayList<>();
        int from = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            boolean cutHere = false;
            int next = i + 1;
            if (CUTS.has(c)) {
                cutHere = true;
            } else if (SPACED_CUTS.has(c) && i > 0 && line.charAt(i - 1) == ' ' && i + 1 < length && line.charAt(i + 1) == ' ') {
                cutHere = true;
            } else if (ENDS.has(c) && isSentenceEnd(line, i)) {
                add(segments, line.substring(from, i + 1));
                from = i + 1;
                continue;
            }
            if (cutHere) {
                add(segments, line.substring(from, i));
                from = next;
            }
        }
        add(segments, line.substring(from));
        return segments;
    }

    private static void add(List<String> segments, String segment) {
        String s = segment.strip();
        if (!s.isEmpty()) {
            segments.add(s);
        }
    }

    /** A full stop (or ! ?) followed by a space and the start of another sentence, not after an abbreviation. */
    private static boolean isSentenceEnd(String line, int i) {
        int after = i + 1;
        while (after < line.length() && CLOSING.has(line.charAt(after))) {
            after++;
        }
        if (after >= line.length() || line.charAt(after) != ' ') {
            return false;
        }
        int start = after + 1;
        if (start >= line.length()) {
            return false;
        }
        char first = line.charAt(start);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "©(\"“«[".indexOf(first) >= 0)) {
            return false;
        }
        if (line.charAt(i) != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && line.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String word = line.substring(wordStart, i).toLowerCase(Locale.ROOT);
        if (word.length() <= 1) {
            return false;
        }
        return !ABBREVIATIONS.contains(" " + word + " ") || Character.isUpperCase(first) && word.equals("inc");
    }
}
