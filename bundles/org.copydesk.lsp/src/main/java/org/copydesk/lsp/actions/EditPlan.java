package org.copydesk.lsp.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.TextEdit;

/**
 * The edits that turn a text into what the engine says it becomes, as the protocol wants them: in order and never
 * overlapping. The engine's fixes may overlap (two deletions sharing a line break merge, as {@link FixApplier}
 * merges them), so they are merged here the same way, and the result is checked against the engine's text: if
 * the merged edits would not give exactly that text, one edit replacing the span that differs is used instead.
 * Either way the editor ends up with the engine's text, byte for byte.
 */
public final class EditPlan {
    private EditPlan() {
    }

    /** The edits applying {@code fixes} together, as {@link FixApplier} does; empty if none applies. */
    public static List<TextEdit> of(String text, Collection<Fix> fixes) {
        FixApplier.Result applied = FixApplier.apply(text, fixes);
        if (applied.applied().isEmpty()) {
            return List.of();
        }
        List<TextEdit> edits = new ArrayList<>();
        applied.applied().forEach(fix -> edits.addAll(fix.edits()));
        return toward(text, applied.text(), merge(edits));
    }

    /** {@code edits} if they turn {@code text} into {@code target}, else the one edit that does. */
    public static List<TextEdit> toward(String text, String target, List<TextEdit> edits) {
        String rendered = edits == null ? null : render(text, edits);
        if (target.equals(rendered)) {
            return edits;
        }
        TextEdit span = span(text, target);
        return span == null ? List.of() : List.of(span);
    }

    /** Sorted, identical edits once, overlapping or touching deletions as one. */
    public static List<TextEdit> merge(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
        List<TextEdit> merged = new ArrayList<>();
        for (TextEdit edit : sorted) {
            TextEdit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.equals(edit)) {
                continue;
            }
            if (last != null && last.isDeletion() && edit.isDeletion() && edit.offset() <= last.end()) {
                merged.set(merged.size() - 1, TextEdit.delete(last.offset(), Math.max(last.end(), edit.end())));
            } else if (last != null && edit.offset() < last.end()) {
                return null; // an overlap the protocol cannot express: fall back to the span
            } else {
                merged.add(edit);
            }
        }
        return merged;
    }

    /** Applies sorted, non-overlapping edits. */
    public static String render(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (TextEdit edit : edits) {
            if (edit.offset() < position || edit.end() > text.length()) {
                return null;
            }
            out.append(text, position, edit.offset()).append(edit.replacement());
            position = edit.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    /** The one edit replacing what lies between the texts' common start and common end, or null if they are equal. */
    public static TextEdit span(String text, String target) {
        int max = Math.min(text.length(), target.length());
        int prefix = 0;
        while (prefix < max && text.charAt(prefix) == target.charAt(prefix)) {
            prefix++;
        }
        if (prefix == text.length() && prefix == target.length()) {
            return null;
        }
        int suffix = 0;
        while (suffix < max - prefix && text.charAt(text.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, text.length() - suffix - prefix, target.substring(prefix, target.length() - suffix));
    }
}
