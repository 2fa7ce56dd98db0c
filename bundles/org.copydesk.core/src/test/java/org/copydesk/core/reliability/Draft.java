package org.copydesk.core.reliability;

import java.util.Set;
import java.util.TreeSet;

import org.copydesk.core.document.Format;

/**
 * A generated document: its format, its text, and the words of the CMS chrome its generator put in it (in normal form,
 * {@link WordOracle}), the one text a fix may delete without a copy of it staying. Shown escaped, so a failing case can
 * be pasted into a test.
 */
record Draft(Format format, String text, Set<String> chrome) {

    Draft {
        chrome = Set.copyOf(chrome);
    }

    Draft(Format format, String text) {
        this(format, text, Set.of());
    }

    String fileName() {
        return "draft." + format.extensions().get(0);
    }

    @Override
    public String toString() {
        return format + " (" + text.length() + " chars) \"" + escape(text) + "\"" + (chrome.isEmpty() ? "" : " chrome " + new TreeSet<>(chrome));
    }

    /** The text as a Java string literal's content. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
