package org.copydesk.core.document;

import java.util.List;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines.Line;

/**
 * What one AsciiDoc line is, read as Asciidoctor reads a line that starts a block. Each test looks at the
 * line's first few characters, or once along it, so a scan stays linear.
 */
final class AsciiDocLines {
    static final int LONGEST_TERM = 120;
    private static final List<String> ADMONITION_LABELS = List.of("NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: ");

    private AsciiDocLines() {
    }

    /** A delimited block's fence: {@code compound} blocks hold other blocks, the others are opaque. */
    record Delimiter(String marker, Block.Kind kind, boolean compound) {
        boolean closes(CharSequence text, Line line) {
            return Chars.trimEnd(text, line.start(), line.end()) - line.start() == marker.length()
                    && startsWith(text, line, marker);
        }
    }

    /** The fence that {@code line} is, or null. A fenced code block's closing fence is its three backticks. */
    static Delimiter delimiter(CharSequence text, Line line) {
        if (line.start() == line.end() || "-.+/=*_|,:!`".indexOf(text.charAt(line.start())) < 0) {
            return null;
        }
        String s = trimmedIfShort(text, line);
        if (s == null || s.length() < 2) {
            return null;
        }
        if (s.startsWith("```")) {
            return new Delimiter("```", Block.Kind.CODE, false);
        }
        if (s.equals("--")) {
            return new Delimiter(s, Block.Kind.MARKUP, true);
        }
        if (s.length() >= 4 && "|,:!".indexOf(s.charAt(0)) >= 0 && repeats(s, 1, '=')) {
            return new Delimiter(s, Block.Kind.TABLE, false);
        }
        if (s.length() < 4 || !repeats(s, 0, s.charAt(0))) {
            return null;
        }
        return switch (s.charAt(0)) {
            case '-', '.', '+' -> new Delimiter(s, Block.Kind.CODE, false);
            case '/' -> new Delimiter(s, Block.Kind.COMMENT, false);
            case '=', '*', '_' -> new Delimiter(s, Block.Kind.MARKUP, true);
            default -> null;
        };
    }

    /** {@code // text}, but not a {@code ////} comment block's fence. */
    static boolean isLineComment(CharSequence text, Line line) {
        return startsWith(text, line, "//") && delimiter(text, line) == null;
    }

    /** {@code == Title} … {@code ====== Title} and the Markdown-style {@code ## Title}; level 0 too. */
    static boolean isSectionTitle(CharSequence text, Line line) {
        return markerRun(text, line, '=') > 0 || markerRun(text, line, '#') > 0;
    }

    /** {@code = Title}: the document title, when it opens the document. */
    static boolean isDocumentTitle(CharSequence text, Line line) {
        return markerRun(text, line, '=') == 1;
    }

    /** 1 to 6 {@code c} at the start of the line followed by a space and a title; else 0. */
    private static int markerRun(CharSequence text, Line line, char c) {
        int i = line.start();
        while (i < line.end() && text.charAt(i) == c) {
            i++;
        }
        int run = i - line.start();
        boolean titled = i + 1 < line.end() && text.charAt(i) == ' ' && !Chars.isBlank(text, i, line.end());
        return run >= 1 && run <= 6 && titled ? run : 0;
    }

    /** {@code :name: value}, {@code :name!:} or {@code :!name:}. */
    static boolean isAttributeEntry(CharSequence text, Line line) {
        int i = line.start();
        if (i >= line.end() || text.charAt(i) != ':') {
            return false;
        }
        i++;
        if (i < line.end() && text.charAt(i) == '!') {
            i++;
        }
        int nameStart = i;
        while (i < line.end() && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return false;
        }
        if (i < line.end() && text.charAt(i) == '!') {
            i++;
        }
        return i < line.end() && text.charAt(i) == ':' && (i + 1 == line.end() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
    }

    /** An attribute value goes on to the next line when its line ends with a space and a backslash. */
    static boolean continuesValue(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        return end - line.start() >= 2 && text.charAt(end - 1) == '\\' && text.charAt(end - 2) == ' ';
    }

    /** {@code [source,java]}, {@code [quote, Author]}, {@code [[anchor]]}, {@code [#id.role]}. */
    static boolean isBlockAttributes(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        if (end - line.start() < 2 || text.charAt(line.start()) != '[' || text.charAt(end - 1) != ']') {
            return false;
        }
        char first = text.charAt(line.start() + 1);
        return first == ']' || Character.isLetterOrDigit(first) || "[.#%{,\"'_".indexOf(first) >= 0;
    }

    /** The block style a block attribute line sets: its first positional attribute ({@code source}). */
    static String style(CharSequence text, Line line) {
        int from = line.start() + 1;
        if (from < line.end() && text.charAt(from) == '[') {
            return "";
        }
        int i = from;
        while (i < line.end() && (isNameChar(text.charAt(i)))) {
            i++;
        }
        return text.subSequence(from, i).toString();
    }

    /** {@code .Title}, but neither an ordered list item ({@code . item}) nor a literal fence. */
    static boolean isBlockTitle(CharSequence text, Line line) {
        int s = line.start();
        return s + 1 < line.end() && text.charAt(s) == '.' && !Chars.isSpace(text.charAt(s + 1)) && text.charAt(s + 1) != '.';
    }

    /** {@code '''}, the Markdown-style breaks Asciidoctor accepts, and the page break {@code <<<}. */
    static boolean isBreak(CharSequence text, Line line) {
        if (line.start() == line.end() || "'-*<".indexOf(text.charAt(line.start())) < 0) {
            return false;
        }
        String s = trimmedIfShort(text, line);
        return s != null && switch (s) {
            case "'''", "---", "- - -", "***", "* * *", "<<<" -> true;
            default -> false;
        };
    }

    /** {@code +} alone: attaches the next block to the list item before it. */
    static boolean isListContinuation(CharSequence text, Line line) {
        return line.start() < line.end() && text.charAt(line.start()) == '+'
                && Chars.trimEnd(text, line.start(), line.end()) == line.start() + 1;
    }

    /**
     * {@code image::file.png[]}, {@code include::part.adoc[]}, {@code toc::[]}, and the preprocessor's
     * {@code ifdef::name[]} … {@code endif::[]}: a name, {@code ::}, a target without spaces, {@code [...]}.
     */
    static boolean isBlockMacro(CharSequence text, Line line) {
        int i = line.start();
        while (i < line.end() && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == line.start() || !startsWith(text, i, line.end(), "::")) {
            return false;
        }
        for (i += 2; i < line.end() && text.charAt(i) != '['; i++) {
            if (Chars.isSpace(text.charAt(i))) {
                return false;
            }
        }
        int end = Chars.trimEnd(text, line.start(), line.end());
        return i < end && text.charAt(end - 1) == ']';
    }

    /** {@code ifdef::}, {@code include::} and the like, which may stand anywhere, even inside a paragraph. */
    static boolean isPreprocessorDirective(CharSequence text, Line line) {
        return (startsWith(text, line, "if") || startsWith(text, line, "endif::") || startsWith(text, line, "include::"))
                && isBlockMacro(text, line);
    }

    /**
     * Where the text of a list item starts, after its marker ({@code *}, {@code **}, {@code -}, {@code .},
     * {@code 1.}, {@code a.}, {@code iv)}, a callout {@code <1>}) and a checklist box; -1 if it is not one.
     */
    static int listItemText(CharSequence text, Line line) {
        int s = Chars.skipWhitespace(text, line.start(), line.end());
        int i = s;
        if (i >= line.end()) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '*' || c == '.' || c == '-') {
            while (i < line.end() && text.charAt(i) == c && (c != '-' || i == s)) {
                i++;
            }
        } else if (c == '<') {
            i = calloutEnd(text, i, line.end());
        } else if (Character.isLetterOrDigit(c)) {
            i = enumerationEnd(text, i, line.end());
        }
        if (i <= s || i >= line.end() || text.charAt(i) != ' ' && text.charAt(i) != '\t') {
            return -1;
        }
        int textStart = Chars.skipWhitespace(text, i, line.end());
        if (textStart == line.end()) {
            return -1;
        }
        if ((c == '*' || c == '-') && isChecklistBox(text, textStart, line.end())) {
            textStart = Chars.skipWhitespace(text, textStart + 3, line.end());
        }
        return textStart < line.end() ? textStart : -1;
    }

    private static int calloutEnd(CharSequence text, int lt, int end) {
        int i = lt + 1;
        if (i < end && text.charAt(i) == '.') {
            i++;
        } else {
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i > lt + 1 && i < end && text.charAt(i) == '>' ? i + 1 : -1;
    }

    /** {@code 12.}, {@code b.}, {@code B.}, {@code iv)}, {@code IV)}. */
    private static int enumerationEnd(CharSequence text, int from, int end) {
        int i = from;
        boolean digits = Character.isDigit(text.charAt(from));
        while (i < end && (digits ? Character.isDigit(text.charAt(i)) : "ivxlcdmIVXLCDM".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i < end && text.charAt(i) == ')' && !digits && i > from) {
            return i + 1;
        }
        if (digits && i < end && text.charAt(i) == '.' && i - from <= 9) {
            return i + 1;
        }
        if (!digits && i + 1 < end && Character.isLetter(text.charAt(from)) && text.charAt(from + 1) == '.') {
            return from + 2;
        }
        return -1;
    }

    private static boolean isChecklistBox(CharSequence text, int i, int end) {
        return i + 3 <= end && text.charAt(i) == '[' && " xX*".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == ']'
                && (i + 3 == end || text.charAt(i + 3) == ' ');
    }

    /**
     * A description list item {@code term:: definition} (also {@code :::}, {@code ::::}, {@code ;;}): where its
     * definition starts on the line, the line's end if it follows on the next lines, or -1.
     */
    static int descriptionText(CharSequence text, Line line) {
        int start = Chars.skipWhitespace(text, line.start(), line.end());
        int end = Chars.trimEnd(text, start, line.end());
        // A term is short; looking further would read every paragraph's first line to its end.
        int termEnd = Math.min(end, start + LONGEST_TERM);
        for (int i = start + 1; i < termEnd; i++) {
            char c = text.charAt(i);
            if (c != ':' && c != ';') {
                continue;
            }
            int j = i;
            while (j < end && text.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            if (c == ':' ? run >= 2 && run <= 4 : run == 2) {
                if (j == end) {
                    return end;
                }
                if (text.charAt(j) == ' ' || text.charAt(j) == '\t') {
                    return Chars.skipWhitespace(text, j, end);
                }
            }
            i = j - 1;
        }
        return -1;
    }

    /** {@code NOTE: text} and the other admonition labels: where the text starts, or -1. */
    static int admonitionText(CharSequence text, Line line) {
        for (String label : ADMONITION_LABELS) {
            if (startsWith(text, line, label)) {
                int from = Chars.skipWhitespace(text, line.start() + label.length(), line.end());
                return from < line.end() ? from : -1;
            }
        }
        return -1;
    }

    static boolean isIndented(CharSequence text, Line line) {
        return line.start() < line.end() && (text.charAt(line.start()) == ' ' || text.charAt(line.start()) == '\t');
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static boolean repeats(String s, int from, char c) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return from < s.length();
    }

    private static boolean startsWith(CharSequence text, Line line, String prefix) {
        return startsWith(text, line.start(), line.end(), prefix);
    }

    private static boolean startsWith(CharSequence text, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(from + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The line without trailing spaces, if short enough to be a fence or a break (else null: no copy made). */
    private static String trimmedIfShort(CharSequence text, Line line) {
        int end = Chars.trimEnd(text, line.start(), line.end());
        return end - line.start() <= 80 ? text.subSequence(line.start(), end).toString() : null;
    }
}
