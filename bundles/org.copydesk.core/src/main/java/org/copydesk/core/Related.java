package org.copydesk.core;

/**
 * Another place that explains a finding, such as a duplicate's first occurrence: in the same text, or, when
 * {@code file} is set, in another file checked with it, at {@code [start, end)} of that file's text, on its line
 * {@code line} (1-based), so that a report can name it without the other text at hand.
 */
public record Related(int start, int end, String message, String file, int line) {
    /** A place in the same text. */
    public Related(int start, int end, String message) {
        this(start, end, message, null, 0);
    }

    /** Whether the place is in another file than the finding. */
    public boolean inOtherFile() {
        return file != null;
    }
}
