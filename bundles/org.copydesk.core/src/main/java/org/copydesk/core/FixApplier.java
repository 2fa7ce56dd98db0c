package org.copydesk.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies any set of fixes to a text at once.
 *
 * <p>Overlap policy: fixes are taken in the order given and each is applied whole or not at all.
 * Overlapping deletions merge (deleting a character twice deletes it once: a duplicate paragraph and the
 * footer glued onto it can both be removed); any other overlap rejects the later fix. The same fix given
 * twice is applied once, so applying a set of fixes is idempotent.
 */
public final class FixApplier {

    /**
     * The new text, which fixes made it in, and the edits that made it (sorted, disjoint, overlapping deletions
     * merged), which {@link TextEdits#apply} turns the old text into the new one with.
     */
    public record Result(String text, List<Fix> applied, List<Fix> rejected, List<TextEdit> edits) {
        public Result {
            applied = List.copyOf(applied);
            rejected = List.copyOf(rejected);
            edits = List.copyOf(edits);
        }
    }

    private FixApplier() {
    }

    public static Result apply(CharSequence text, Collection<Fix> fixes) {
        TreeMap<Integer, List<TextEdit>> accepted = new TreeMap<>();
        List<Fix> applied = new ArrayList<>();
        List<Fix> rejected = new ArrayList<>();
        for (Fix fix : new LinkedHashSet<>(fixes)) {
            if (fits(fix, text.length()) && add(accepted, fix.edits())) {
                applied.add(fix);
            } else {
                rejected.add(fix);
            }
        }
        List<TextEdit> edits = inOrder(accepted);
        return new Result(TextEdits.apply(text, edits), applied, rejected, edits);
    }

    private static boolean fits(Fix fix, int textLength) {
        return fix.edits().stream().allMatch(edit -> edit.end() <= textLength);
    }

    /** Adds all edits of one fix, or none if one of them conflicts. */
    private static boolean add(TreeMap<Integer, List<TextEdit>> accepted, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
        for (int i = 0; i < sorted.size(); i++) {
            if (!allowed(sorted.get(i), overlapping(accepted, sorted.get(i))) || conflictsWithEarlier(sorted, i)) {
                return false;
            }
        }
        for (TextEdit edit : sorted) {
            merge(accepted, edit, overlapping(accepted, edit));
        }
        return true;
    }

    /** A fix's own edits conflict like any others; every earlier one counts, as a long one can reach past its neighbours. */
    private static boolean conflictsWithEarlier(List<TextEdit> sorted, int i) {
        for (int j = 0; j < i; j++) {
            if (conflict(sorted.get(j), sorted.get(i)) && !bothDeletions(sorted.get(j), sorted.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(TextEdit edit, List<TextEdit> overlapping) {
        if (overlapping.contains(edit)) {
            return overlapping.size() == 1;
        }
        return overlapping.stream().allMatch(old -> bothDeletions(edit, old));
    }

    private static boolean bothDeletions(TextEdit a, TextEdit b) {
        return a.isDeletion() && b.isDeletion();
    }

    private static void merge(TreeMap<Integer, List<TextEdit>> edits, TextEdit edit, List<TextEdit> overlapping) {
        if (overlapping.contains(edit)) {
            return;
        }
        int start = edit.offset();
        int end = edit.end();
        for (TextEdit old : overlapping) {
            remove(edits, old);
            start = Math.min(start, old.offset());
            end = Math.max(end, old.end());
        }
        TextEdit merged = overlapping.isEmpty() ? edit : TextEdit.delete(start, end);
        edits.computeIfAbsent(merged.offset(), k -> new ArrayList<>()).add(merged);
    }

    /** Edits that conflict with {@code edit}: shared characters, or two different insertions at one point. */
    private static List<TextEdit> overlapping(TreeMap<Integer, List<TextEdit>> edits, TextEdit edit) {
        List<TextEdit> result = new ArrayList<>();
        Integer from = edits.floorKey(edit.offset());
        Map<Integer, List<TextEdit>> candidates = from == null ? edits : edits.tailMap(from, true);
        for (List<TextEdit> atOffset : candidates.values()) {
            for (TextEdit other : atOffset) {
                if (other.offset() > edit.end() || (other.offset() == edit.end() && edit.length() > 0)) {
                    return result;
                }
                if (conflict(edit, other)) {
                    result.add(other);
                }
            }
        }
        return result;
    }

    private static boolean conflict(TextEdit a, TextEdit b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 0 && b.length() == 0) {
            return a.offset() == b.offset();
        }
        if (a.length() == 0) {
            return b.offset() < a.offset() && a.offset() < b.end();
        }
        if (b.length() == 0) {
            return a.offset() < b.offset() && b.offset() < a.end();
        }
        return a.offset() < b.end() && b.offset() < a.end();
    }

    private static void remove(TreeMap<Integer, List<TextEdit>> edits, TextEdit edit) {
        List<TextEdit> atOffset = edits.get(edit.offset());
        atOffset.remove(edit);
        if (atOffset.isEmpty()) {
            edits.remove(edit.offset());
        }
    }

    /** The accepted edits in the order they apply: by offset, an insertion before a deletion at the same offset. */
    private static List<TextEdit> inOrder(TreeMap<Integer, List<TextEdit>> edits) {
        List<TextEdit> ordered = new ArrayList<>();
        for (List<TextEdit> atOffset : edits.values()) {
            atOffset.sort((a, b) -> Integer.compare(a.length(), b.length()));
            ordered.addAll(atOffset);
        }
        return ordered;
    }
}
