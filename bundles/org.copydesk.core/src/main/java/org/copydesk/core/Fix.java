package org.copydesk.core;

import java.util.List;

/**
 * A labelled change that resolves a finding, as plain text edits on the checked text.
 * An {@code automatic} fix needs no human choice and is applied by {@code copydesk fix};
 * the others (adding an attribution, say) are offered in the editor only.
 *
 * @param id a stable name of the kind of fix, unique within its rule ({@code remove-copy}, {@code add-attribution}),
 *        for tests, settings and front ends to choose a fix by; the label is for people and may change
 * @param placeholder text the fix inserts for the writer to fill in (the {@code [SOURCE]} of "Add attribution"),
 *        which an editor selects after applying it; null if none
 */
public record Fix(String id, String label, List<TextEdit> edits, boolean automatic, Placeholder placeholder) {
    /** Characters {@code [start, end)} of the replacement text of {@code edits().get(edit)}. */
    public record Placeholder(int edit, int start, int end) {
    }

    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        if (placeholder != null && (placeholder.edit() >= edits.size()
                || placeholder.end() > edits.get(placeholder.edit()).replacement().length())) {
            throw new IllegalArgumentException("the placeholder lies outside the fix's edits: " + placeholder);
        }
    }

    public static Fix automatic(String id, String label, TextEdit... edits) {
        return new Fix(id, label, List.of(edits), true, null);
    }

    public static Fix suggestion(String id, String label, TextEdit... edits) {
        return new Fix(id, label, List.of(edits), false, null);
    }

    /** This fix with {@code text}, which one of its edits inserts, marked as the placeholder to fill in. */
    public Fix withPlaceholder(String text) {
        for (int i = 0; i < edits.size(); i++) {
            int at = edits.get(i).replacement().indexOf(text);
            if (at >= 0) {
                return new Fix(id, label, edits, automatic, new Placeholder(i, at, at + text.length()));
            }
        }
        throw new IllegalArgumentException("no edit of the fix inserts " + text);
    }

    /** The same fix with other edits (the same change written another way), keeping no placeholder. */
    public Fix withEdits(List<TextEdit> otherEdits) {
        return new Fix(id, label, otherEdits, automatic, null);
    }
}
