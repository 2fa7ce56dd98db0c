package org.copydesk.core.rules.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.core.text.Chars;

/**
 * The quotations listed under the {@code ignore} option, which the writer has told the check to leave alone (the
 * only way in plain text; suppression comments are read by the engine, for every rule alike).
 */
final class IgnoredQuotes {
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
}
