package org.copydesk.core;

import java.util.List;

/**
 * A labelled change that resolves a finding, as plain text edits on the checked text.
 * An {@code automatic} fix needs no human choice and is applied by {@code copydesk fix};
 * the others (adding an attribution, say) are offered in the editor only.
 */
public record Fix(String label, List<TextEdit> edits, boolean automatic) {
    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix automatic(String label, TextEdit... edits) {
        return new Fix(label, List.of(edits), true);
    }

    public static Fix suggestion(String label, TextEdit... edits) {
        return new Fix(label, List.of(edits), false);
    }
}
