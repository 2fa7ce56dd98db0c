package org.copydesk.core.incremental;

import java.util.Arrays;

import org.copydesk.core.TextEdit;

/**
 * The one edit that turns a text into another: what lies between their common prefix and common suffix. The
 * texts are compared as char arrays with {@link Arrays#mismatch}, which the JVM vectorises: a megabyte costs a
 * fraction of a millisecond, where comparing {@code String.charAt} by {@code charAt} costs several.
 */
final class TextDiff {
    private static final int CHUNK = 4096;

    private TextDiff() {
    }

    /** The edit from {@code before} to {@code after}, whose characters are {@code beforeChars} and {@code afterChars}. */
    static TextEdit between(String before, char[] beforeChars, String after, char[] afterChars) {
        int beforeLength = before.length();
        int afterLength = after.length();
        int limit = Math.min(beforeLength, afterLength);
        int prefix = Arrays.mismatch(beforeChars, 0, limit, afterChars, 0, limit);
        if (prefix < 0) {
            prefix = limit;
        }
        int suffix = commonSuffix(beforeChars, beforeLength, afterChars, afterLength, limit - prefix);
        return new TextEdit(prefix, beforeLength - prefix - suffix, after.substring(prefix, afterLength - suffix));
    }

    /** The characters of {@code text} in {@code reuse} if it is large enough, else in a new array. */
    static char[] chars(String text, char[] reuse) {
        char[] chars = reuse != null && reuse.length >= text.length() ? reuse : new char[text.length() + (text.length() >> 4)];
        text.getChars(0, text.length(), chars, 0);
        return chars;
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

    /** How many characters {@code a} and {@code b} share at their ends, at most {@code limit}: chunk by chunk from the end. */
    private static int commonSuffix(char[] a, int aLength, char[] b, int bLength, int limit) {
        int n = 0;
        while (n < limit) {
            int size = Math.min(CHUNK, limit - n);
            int mismatch = Arrays.mismatch(a, aLength - n - size, aLength - n, b, bLength - n - size, bLength - n);
            if (mismatch < 0) {
                n += size;
                continue;
            }
            int i = size - 1;
            while (a[aLength - n - size + i] == b[bLength - n - size + i]) {
                i--;
            }
            return n + (size - 1 - i);
        }
        return n;
    }
}
