package org.copydesk.core.rules.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Format;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * What the writer has told the check to leave alone: quotations listed under the {@code ignore} option (the
 * only way in plain text), and paragraphs under a {@code copydesk-disable-next-line} comment naming the rule.
 * The comment covers the whole paragraph, however many lines it is wrapped over, since the "Ignore this quote"
 * fix puts it before the paragraph and not before the quotation's own line.
 */
final class IgnoredQuotes {
    private static final String DIRECTIVE = "copydesk-disable-next-line";

    private final Set<String> texts = new HashSet<>();

    IgnoredQuotes(List<String> ignore) {
        ignore.forEach(entry -> texts.add(normalize(entry)));
    }

    boolean ignoresText(String content) {
        return !texts.isEmpty() && texts.contains(normalize(content));
    }

    /** Lower case, one space between words, no quotation marks or punctuation around, one kind of apostrophe. */
    static String normalize(String quotation) {
        String text = quotation.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        int from = 0;
        int to = out.length();
        while (from < to && isTrim(out.charAt(from))) {
            from++;
        }
        while (to > from && isTrim(out.charAt(to - 1))) {
            to--;
        }
        return out.substring(from, to).strip();
    }

    private static boolean isTrim(char c) {
        return Chars.isSpace(c) || Mark.isMark(c) || ".,;:!?\u2026".indexOf(c) >= 0;
    }

    /** A suppression comment for {@code ruleId} on the line before the paragraph, or as its first line. */
    static boolean paragraphSuppressed(String text, Format format, Block paragraph, String ruleId) {
        if (format == Format.PLAIN_TEXT) {
            return false;
        }
        int lineStart = Removal.lineStart(text, paragraph.start());
        if (isDirectiveLine(text, lineStart, ruleId)) {
            return true;
        }
        if (lineStart == 0) {
            return false;
        }
        int previousEnd = lineStart - 1;
        if (previousEnd > 0 && text.charAt(previousEnd) == '\n' && text.charAt(previousEnd - 1) == '\r') {
            previousEnd--;
        }
        return isDirectiveLine(text, Removal.lineStart(text, previousEnd), ruleId);
    }

    private static boolean isDirectiveLine(String text, int lineStart, String ruleId) {
        int end = Removal.lineEnd(text, lineStart);
        String line = text.substring(Chars.skipWhitespace(text, lineStart, end), end).strip();
        while (line.startsWith(">")) {
            line = line.substring(1).strip();
        }
        if (!(line.startsWith("<!--") || line.startsWith("//"))) {
            return false;
        }
        int at = line.indexOf(DIRECTIVE);
        if (at < 0) {
            return false;
        }
        String rules = line.substring(at + DIRECTIVE.length()).replace("-->", " ").strip();
        if (rules.isEmpty()) {
            return true;
        }
        for (String rule : rules.split("[\\s,]+")) {
            if (rule.equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
