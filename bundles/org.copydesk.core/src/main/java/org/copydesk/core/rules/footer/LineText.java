package org.copydesk.core.rules.footer;

import java.util.Locale;

import org.copydesk.core.text.CharClass;
import org.copydesk.core.text.Chars;

/**
 * A line as a signature sees it: the words a reader sees, without the list markers, heading marks, HTML tags,
 * entities, emphasis and link targets that HTML-to-text and HTML-to-Markdown converters leave around them.
 * Works on one line at a time, so its cost is bounded by the line.
 */
final class LineText {
    private static final CharClass CANONICAL_TRIM = CharClass.of(" .:!|·•-–—…,;");

    private LineText() {
    }

    /** The visible words of {@code [start, end)} with single spaces, or "" if it holds none. */
    static String normalize(String text, int start, int end) {
        int from = skipMarkers(text, start, end);
        int to = Chars.trimEnd(text, from, end);
        if (isLinkDefinition(text, from, to)) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int skip = 0;
            if (c == '<') {
                skip = tagLength(text, i, to);
            } else if (c == '&') {
                skip = appendEntity(text, i, to, out);
            } else if (c == ']' && i + 1 < to && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                skip = linkTargetLength(text, i + 1, to) + 1;
            }
            if (skip > 0) {
                if (c == '<') {
                    space(out);
                }
                i += skip;
                continue;
            }
            if (c == '\\' && i + 1 < to && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Chars.isSpace(c) || c == '\u200B') {
                space(out);
            } else if (c != '*' && c != '_' && c != '`' && c != '[' && !(c == '!' && i + 1 < to && text.charAt(i + 1) == '[')
                    && !(c == ']' && i + 1 == to)) {
                out.append(c);
            }
            i++;
        }
        int length = out.length();
        while (length > 0 && out.charAt(length - 1) == ' ') {
            length--;
        }
        int first = 0;
        while (first < length && out.charAt(first) == ' ') {
            first++;
        }
        return out.substring(first, length);
    }

    /** The form literals are compared in: lower case, straight apostrophes, no punctuation around it. */
    static String canonical(String normalized) {
        int from = 0;
        int to = normalized.length();
        while (from < to && CANONICAL_TRIM.has(normalized.charAt(from))) {
            from++;
        }
        while (to > from && CANONICAL_TRIM.has(normalized.charAt(to - 1))) {
            to--;
        }
        return normalized.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * {@code canonical(text.substring(start, end)).equals(literal)} for a plain line (see {@link #isPlain}),
     * without making either string: the scan of every short line allocates nothing.
     */
    static boolean canonicalEquals(String text, int start, int end, String literal) {
        int from = canonicalStart(text, start, end);
        int to = canonicalEnd(text, from, end);
        if (to - from != literal.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            if (c != literal.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /** The length of the canonical form of a plain line, which a literal's length must equal. */
    static int canonicalLength(String text, int start, int end) {
        int from = canonicalStart(text, start, end);
        return canonicalEnd(text, from, end) - from;
    }

    /** Where a line's canonical form starts: past the characters canonicalisation trims. */
    private static int canonicalStart(String text, int start, int end) {
        int from = start;
        while (from < end && CANONICAL_TRIM.has(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where a line's canonical form ends, given where it starts. */
    private static int canonicalEnd(String text, int from, int end) {
        int to = end;
        while (to > from && CANONICAL_TRIM.has(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** True if the line holds no letter or digit: a rule, a lone bullet, tags only. */
    static boolean hasNoWords(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            if (Character.isLetterOrDigit(normalized.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if {@code [start, end)} (already trimmed, markers skipped) reads the same after {@link #normalize}: no
     * markup, entities, escapes or runs of spaces. Such a line can be matched in place, without a copy.
     */
    static boolean isPlain(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128 ? MARKUP[c] || c == ' ' && i + 1 < end && text.charAt(i + 1) == ' '
                    : Chars.isSpace(c) || c == '\u200B') {
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters {@link #normalize} may change or drop. */
    private static final boolean[] MARKUP = markup();

    private static boolean[] markup() {
        boolean[] markup = new boolean[128];
        for (char c : "<>&[]*_`\\\t\r\n".toCharArray()) {
            markup[c] = true;
        }
        return markup;
    }

    /** Indentation, block quote marks, list bullets, and Markdown and AsciiDoc heading marks. */
    static int skipMarkers(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Chars.isSpace(c) || c == '>') {
                i++;
            } else if ((c == '#' || c == '=') && runEndsInSpace(text, i, end, c)) {
                while (i < end && text.charAt(i) == c) {
                    i++;
                }
            } else if ((c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '\u00B7')
                    && (i + 1 == end || Chars.isSpace(text.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean runEndsInSpace(String text, int i, int end, char c) {
        int j = i;
        while (j < end && text.charAt(j) == c) {
            j++;
        }
        return j == end || Chars.isSpace(text.charAt(j));
    }

    /** {@code [label]: target}, a Markdown link reference definition. */
    private static boolean isLinkDefinition(String text, int from, int to) {
        if (from >= to || text.charAt(from) != '[') {
            return false;
        }
        for (int i = from + 1; i + 1 < to && i < from + 42; i++) {
            if (text.charAt(i) == ']') {
                return text.charAt(i + 1) == ':';
            }
        }
        return false;
    }

    /** The length of an HTML tag or comment starting at {@code i}, or 0 if {@code <} starts none. */
    private static int tagLength(String text, int i, int to) {
        if (i + 1 >= to) {
            return 0;
        }
        char next = text.charAt(i + 1);
        if (!Character.isLetter(next) && next != '/' && next != '!') {
            return 0;
        }
        for (int j = i + 1; j < to; j++) {
            if (text.charAt(j) == '>') {
                return j + 1 - i;
            }
            if (text.charAt(j) == '<') {
                return 0;
            }
        }
        return 0;
    }

    /** Skips a Markdown link target {@code (url "title")} or reference {@code [ref]} starting at {@code open}. */
    private static int linkTargetLength(String text, int open, int to) {
        char close = text.charAt(open) == '(' ? ')' : ']';
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = text.charAt(j);
            if (c == text.charAt(open)) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j + 1 - open;
            }
        }
        return 0;
    }

    private static int appendEntity(String text, int i, int to, StringBuilder out) {
        int semicolon = -1;
        for (int j = i + 1; j < to && j < i + 9; j++) {
            if (text.charAt(j) == ';') {
                semicolon = j;
                break;
            }
        }
        if (semicolon < 0) {
            return 0;
        }
        String name = text.substring(i + 1, semicolon);
        String value = switch (name) {
            case "nbsp", "#160" -> " ";
            case "amp", "#38" -> "&";
            case "copy", "#169" -> "\u00A9";
            case "hellip", "#8230" -> "\u2026";
            case "rsquo", "#8217", "#39", "apos" -> "'";
            case "quot", "#34" -> "\"";
            case "ldquo", "#8220" -> "\u201C";
            case "rdquo", "#8221" -> "\u201D";
            case "raquo", "#187" -> "\u00BB";
            case "mdash", "#8212" -> "\u2014";
            case "ndash", "#8211" -> "\u2013";
            default -> null;
        };
        if (value == null) {
            return 0;
        }
        if (value.equals(" ")) {
            space(out);
        } else {
            out.append(value);
        }
        return semicolon + 1 - i;
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
