package org.copydesk.cli.report;

/**
 * Makes text from documents (messages quote them) and from file names safe for each output. Nothing here
 * escapes for a syntax: the JSON and XML libraries do that. This only removes what they cannot carry or what
 * would do harm: unpaired surrogates (not encodable in UTF-8), characters XML 1.0 forbids, and control
 * characters that would drive a terminal.
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code text} with unpaired surrogates replaced by U+FFFD, so it encodes as UTF-8. */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                out = started(out, text, i).append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} as XML 1.0 can hold it: the characters it forbids (most C0 controls, U+FFFE, U+FFFF) written
     * as a visible {@code \}{@code uXXXX}, unpaired surrogates as U+FFFD. Tab, line feed and carriage return stay.
     */
    public static String xml(String text) {
        String wellFormed = wellFormed(text);
        StringBuilder out = null;
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (!allowed) {
                out = escapeInto(started(out, wellFormed, i), c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? wellFormed : out.toString();
    }

    /**
     * {@code text} safe to print on a terminal on one line: control characters (line breaks included), and the
     * invisible bidirectional controls that can make text read differently from what it is, written as
     * {@code \}{@code uXXXX}.
     */
    public static String visible(String text) {
        String wellFormed = wellFormed(text);
        StringBuilder out = null;
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            if (Character.isISOControl(c) && c != '\t' || isBidiControl(c)) {
                out = escapeInto(started(out, wellFormed, i), c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? wellFormed : out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static StringBuilder started(StringBuilder out, String text, int upTo) {
        return out != null ? out : new StringBuilder(text.length() + 16).append(text, 0, upTo);
    }

    private static StringBuilder escapeInto(StringBuilder out, char c) {
        return out.append(String.format("\\u%04x", (int) c));
    }
}
