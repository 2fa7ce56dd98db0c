package org.copydesk.core.rules.quote;

import java.util.Locale;
import java.util.Set;

import org.copydesk.core.text.Chars;

/**
 * Tells single quotation marks from apostrophes within one paragraph: an apostrophe that starts a word ('90s,
 * 'em, rock 'n' roll), and one that ends a word inside a single-quoted quotation (the workers’ union, goin’
 * home). The look-ahead for the next closing and opening single mark moves forward only, so a paragraph is read
 * at most once more however many apostrophes it holds.
 */
final class Apostrophes {
    private static final Set<String> ELISIONS = Set.of("em", "tis", "twas", "twere", "til", "cause", "cos", "cuz", "n",
            "round", "bout", "nuff", "cept", "neath", "un", "ol", "s", "t");

    private final String text;
    private int start;
    private int end;
    private int closerAt;
    private int closerScanned;
    private int openerAt;
    private int openerScanned;

    Apostrophes(String text) {
        this.text = text;
    }

    void startParagraph(int paragraphStart, int paragraphEnd) {
        start = paragraphStart;
        end = paragraphEnd;
        closerAt = -1;
        closerScanned = paragraphStart;
        openerAt = -1;
        openerScanned = paragraphStart;
    }

    /**
     * A single mark in closing position while a single quotation is open may still be an apostrophe: the second
     * mark of ’n’, or a plural possessive or dropped g (the workers’ union, goin’ home) when another closing
     * mark follows before any new opening one.
     */
    boolean likelyApostrophe(int at) {
        char p1 = at - 1 >= start ? text.charAt(at - 1) : ' ';
        char p2 = at - 2 >= start ? text.charAt(at - 2) : ' ';
        if ((p1 == 'n' || p1 == 'N') && (p2 == '\'' || p2 == '\u2019' || p2 == '\u2018')) {
            return true;
        }
        boolean possessiveOrElided = p1 == 's' || p1 == 'S' || p1 == 'n' && p2 == 'i';
        if (!possessiveOrElided || at + 2 >= end || !Chars.isSpace(text.charAt(at + 1))
                || !Character.isLetter(text.charAt(at + 2))) {
            return false;
        }
        int closer = nextSingleCloser(at + 1);
        if (closer < 0) {
            return false;
        }
        int opener = nextSingleOpener(at + 1);
        return opener < 0 || closer < opener;
    }

    /** The next single mark in closing position from {@code from}; calls come with growing {@code from}. */
    private int nextSingleCloser(int from) {
        if (closerAt >= from) {
            return closerAt;
        }
        for (int j = Math.max(from, closerScanned); j < end; j++) {
            char c = text.charAt(j);
            if ((c == '\'' || c == '\u2019') && isClosingSingle(j)) {
                closerAt = j;
                closerScanned = j + 1;
                return j;
            }
        }
        closerAt = -1;
        closerScanned = end;
        return -1;
    }

    /** The next single mark in opening position from {@code from}; calls come with growing {@code from}. */
    private int nextSingleOpener(int from) {
        if (openerAt >= from) {
            return openerAt;
        }
        for (int j = Math.max(from, openerScanned); j < end; j++) {
            char c = text.charAt(j);
            if ((c == '\'' || c == '\u2018' || c == '\u201A') && isOpeningSingle(j)) {
                openerAt = j;
                openerScanned = j + 1;
                return j;
            }
        }
        openerAt = -1;
        openerScanned = end;
        return -1;
    }

    private boolean isClosingSingle(int j) {
        char prev = MarkPosition.before(text, j, start);
        char next = MarkPosition.after(text, j + 1, end);
        return !Chars.isSpace(prev) && MarkPosition.closesBefore(next)
                && !(Words.isWordChar(prev) && Words.isWordChar(next));
    }

    private boolean isOpeningSingle(int j) {
        return MarkPosition.opensAfter(MarkPosition.before(text, j, start))
                && !Chars.isSpace(MarkPosition.after(text, j + 1, end)) && !isElision(text, j + 1, end);
    }

    /** Elisions no quotation starts with, found in texts whose apostrophes were turned into double marks. */
    private static final Set<String> DOUBLED_ELISIONS = Set.of("em", "tis", "twas");

    /** {@code "em}, {@code "tis}: an apostrophe typed or converted as a straight double mark, before a lower-case elision. */
    static boolean isDoubledElision(CharSequence text, int from, int end) {
        if (from >= end || text.charAt(from) != 'e' && text.charAt(from) != 't') {
            return false; // the cheap answer for nearly every quotation
        }
        int j = from;
        while (j < end && j - from <= 4 && Character.isLowerCase(text.charAt(j))) {
            j++;
        }
        if (j == from || j - from > 4 || j < end && (Character.isLetter(text.charAt(j)) || Mark.isMark(text.charAt(j)))) {
            return false;
        }
        return DOUBLED_ELISIONS.contains(text.subSequence(from, j).toString());
    }

    /** '90s, 'em, 'tis, rock 'n' roll: an apostrophe that starts a word. */
    static boolean isElision(CharSequence text, int from, int end) {
        if (from + 1 < end && Character.isDigit(text.charAt(from)) && Character.isDigit(text.charAt(from + 1))) {
            return true;
        }
        int j = from;
        while (j < end && j - from <= 5 && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == from || j - from > 5) {
            return false;
        }
        return ELISIONS.contains(text.subSequence(from, j).toString().toLowerCase(Locale.ROOT));
    }
}
