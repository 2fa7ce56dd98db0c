package org.copydesk.core.incremental;

import org.copydesk.core.TextEdit;

/** The one edit that turns a text into another: what lies between their common prefix and common suffix. */
final class TextDiff {
    private TextDiff() {
    }

    static TextEdit between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = commonPrefix(before, after, limit);
        int suffix = commonSuffix(before, after, limit - prefix);
        return new TextEdit(prefix, before.length() - prefix - suffix, after.substring(prefix, after.length() - suffix));
    }

    /** Whether {@code after} can be {@code before} with {@code edit} applied: the lengths agree and the new text is there. */
    static boolean fits(String before, String after, TextEdit edit) {
        return edit.end() <= before.length()
                && before.length() - edit.length() + edit.replacement().length() == after.length()
                && after.startsWith(edit.replacement(), edit.offset())
                && before.regionMatches(0, after, 0, Math.min(edit.offset(), 64))
                && before.regionMatches(edit.end(), after, edit.offset() + edit.replacement().length(),
                        Math.min(before.length() - edit.end(), 64));
    }

    private static int commonPrefix(String a, String b, int limit) {
        // whole chunks first: regionMatches compares them with one call, then the chunk that differs char by char
        int chunk = 256;
        int i = 0;
        while (i + chunk <= limit && a.regionMatches(i, b, i, chunk)) {
            i += chunk;
        }
        while (i < limit && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int limit) {
        int chunk = 256;
        int n = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (n + chunk <= limit && a.regionMatches(aEnd - n - chunk, b, bEnd - n - chunk, chunk)) {
            n += chunk;
        }
        while (n < limit && a.charAt(aEnd - n - 1) == b.charAt(bEnd - n - 1)) {
            n++;
        }
        return n;
    }
}
