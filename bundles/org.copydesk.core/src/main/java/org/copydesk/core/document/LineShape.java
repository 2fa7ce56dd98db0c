package org.copydesk.core.document;

import java.util.Locale;
import java.util.Set;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines.Line;

/** What the shape of one line of prose says: how wide it is, whether it ends a sentence or runs on. */
final class LineShape {
    /** The words a headline keeps in lower case: articles, conjunctions, short prepositions. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so",
            "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into",
            "onto", "over", "upon", "than", "de", "la", "le", "et", "van", "von");

    private LineShape() {
    }

    /** Columns up to the last visible character, indentation included: what a wrapping editor measures. */
    static int width(CharSequence text, Line line) {
        return Chars.trimEnd(text, line.start(), line.end()) - line.start();
    }

    /** Length of the line without its indentation and trailing spaces. */
    static int contentLength(CharSequence text, Line line) {
        int from = Chars.skipWhitespace(text, line.start(), line.end());
        return Chars.trimEnd(text, from, line.end()) - from;
    }

    static int firstWordLength(CharSequence text, Line line) {
        int from = Chars.skipWhitespace(text, line.start(), line.end());
        int i = from;
        while (i < line.end() && !Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Whether the line has only one word: a URL or a long name that overflowed a wrap width on its own. */
    static boolean isSingleWord(CharSequence text, Line line) {
        return firstWordLength(text, line) == contentLength(text, line);
    }

    /**
     * A headline: at least three words, all capitalised but articles, conjunctions and short prepositions
     * ("Trump’s Team Discusses Negotiations with Kim Jong Un"), and no sentence ending inside it. A wrapped line of
     * prose has other lower-case words ("Signora Bertolini is so").
     */
    static boolean isTitleCase(CharSequence text, Line line) {
        return titleCaseShare(text, line) >= 85 && !hasSentenceBreakInside(text, line);
    }

    /** Every word capitalised but the small ones ("The Daily Show Takes A Closer Look At The"): a headline's line. */
    static boolean isStrictlyTitleCase(CharSequence text, Line line) {
        return titleCaseShare(text, line) == 100 && !hasSentenceBreakInside(text, line);
    }

    /** The share in percent of capitalised words among those a headline capitalises; 0 under three words. */
    private static int titleCaseShare(CharSequence text, Line line) {
        int words = 0;
        int capitalised = 0;
        int i = line.start();
        while (i < line.end()) {
            i = Chars.skipWhitespace(text, i, line.end());
            int wordStart = i;
            while (i < line.end() && !Chars.isSpace(text.charAt(i))) {
                i++;
            }
            int letter = wordStart;
            while (letter < i && isOpening(text.charAt(letter))) {
                letter++;
            }
            if (letter == i || !Character.isLetter(text.charAt(letter))) {
                continue;
            }
            boolean upper = Character.isUpperCase(text.charAt(letter));
            if (upper || !isSmallWord(text, letter, i)) {
                words++;
                capitalised += upper ? 1 : 0;
            }
        }
        return words < 3 ? 0 : capitalised * 100 / words;
    }

    private static boolean isSmallWord(CharSequence text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - from <= 4 && SMALL_WORDS.contains(text.subSequence(from, end).toString().toLowerCase(Locale.ROOT));
    }

    /** Ends with . ! ? : or an ellipsis, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        while (end > line.start() && isClosing(text.charAt(end - 1))) {
            end--;
        }
        return end > line.start() && isTerminal(text.charAt(end - 1));
    }

    /**
     * True if the sentence on {@code line} certainly goes on in {@code next}: the line ends with a comma, a
     * semicolon or a dash, or it ends without a full stop and the next line starts in lower case. No paragraph,
     * title or list item ends like that, so such a break is always a wrap.
     */
    static boolean runsOn(CharSequence text, Line line, Line next) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        if (end == line.start()) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == ',' || last == ';' || last == '\u2013' || last == '\u2014'
                || last == '-' && end - 1 > line.start() && (Character.isLetter(text.charAt(end - 2)) || text.charAt(end - 2) == '-')) {
            return true; // a comma, a dash, a hyphenated word, or "--" as typewritten text writes a dash
        }
        int beforeQuotes = end;
        while (beforeQuotes > line.start() && isClosingQuote(text.charAt(beforeQuotes - 1))) {
            beforeQuotes--;
        }
        if (beforeQuotes < end && beforeQuotes > line.start() && text.charAt(beforeQuotes - 1) == ',') {
            return true; // "…," and the sentence goes on: said the youth
        }
        return !endsSentence(text, line) && startsLowerCase(text, next);
    }

    /**
     * The first letter or digit, after any opening quotes or brackets, is a lower-case letter. (Not a digit:
     * a paragraph may start with one, "2,000 people…"; in wrapped text, the line being full tells.)
     */
    static boolean startsLowerCase(CharSequence text, Line line) {
        for (int i = Chars.skipWhitespace(text, line.start(), line.end()); i < line.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
            if (!isOpening(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a sentence ends inside the line and another starts after it ({@code ". The"}, {@code "?” She"}). */
    static boolean hasSentenceBreakInside(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        for (int i = line.start() + 1; i + 2 < end; i++) {
            if (Chars.isSpace(text.charAt(i)) && endsSentenceBefore(text, line.start(), i) && startsSentenceAt(text, i + 1, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentenceBefore(CharSequence text, int lineStart, int space) {
        int i = space;
        while (i > lineStart && isClosing(text.charAt(i - 1))) {
            i--;
        }
        if (i == lineStart || !isTerminal(text.charAt(i - 1)) || text.charAt(i - 1) == ':') {
            return false;
        }
        return text.charAt(i - 1) != '.' || !isAbbreviation(text, lineStart, i - 1);
    }

    /** "Dr.", "Mr.", "U.S.", "J.": a full stop after a capital and at most one lower-case letter. */
    private static boolean isAbbreviation(CharSequence text, int lineStart, int dot) {
        int wordStart = dot;
        while (wordStart > lineStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int letters = dot - wordStart;
        return letters > 0 && Character.isUpperCase(text.charAt(wordStart))
                && (letters <= 2 || Character.isUpperCase(text.charAt(dot - 1)));
    }

    private static boolean startsSentenceAt(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && isOpening(text.charAt(i))) {
            i++;
        }
        return i < end && Character.isUpperCase(text.charAt(i));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']'
                || c == '*' || c == '_';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u00AB'
                || c == '\u201C' || c == '\u2039' || c == '\u203A';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '['
                || c == '*' || c == '_' || c == '\u201E';
    }
}
