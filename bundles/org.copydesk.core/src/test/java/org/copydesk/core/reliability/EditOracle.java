package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.core.Fix;
import org.copydesk.core.TextEdit;

/**
 * What applying fixes must give, worked out independently of {@code FixApplier} and in the plainest way: mark
 * every deleted or replaced character, then write the text out character by character with the insertions and
 * replacements where they start. Also the overlap policy in the same plain terms, to judge a rejection.
 */
final class EditOracle {
    private EditOracle() {
    }

    /** The text {@code applied} (fixes that were accepted together) must turn {@code text} into. */
    static String apply(CharSequence text, List<Fix> applied) {
        Set<TextEdit> edits = new LinkedHashSet<>();
        applied.forEach(fix -> edits.addAll(fix.edits()));
        BitSet removed = new BitSet(text.length());
        Map<Integer, List<String>> insertedAt = new HashMap<>();
        Map<Integer, List<String>> replacedAt = new HashMap<>();
        for (TextEdit edit : edits) {
            removed.set(edit.offset(), edit.end());
            if (edit.length() == 0) {
                insertedAt.computeIfAbsent(edit.offset(), k -> new ArrayList<>()).add(edit.replacement());
            } else if (!edit.replacement().isEmpty()) {
                replacedAt.computeIfAbsent(edit.offset(), k -> new ArrayList<>()).add(edit.replacement());
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i <= text.length(); i++) {
            insertedAt.getOrDefault(i, List.of()).forEach(out::append);
            replacedAt.getOrDefault(i, List.of()).forEach(out::append);
            if (i < text.length() && !removed.get(i)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * The policy: two edits conflict when they share a character, when an insertion falls strictly inside the
     * other's range, or when two different insertions meet at one point. Equal edits never conflict (a fix given
     * twice is applied once), nor do two deletions (they merge).
     */
    static boolean conflict(TextEdit a, TextEdit b) {
        if (a.equals(b) || a.isDeletion() && b.isDeletion()) {
            return false;
        }
        if (a.length() == 0 && b.length() == 0) {
            return a.offset() == b.offset();
        }
        if (a.length() == 0 || b.length() == 0) {
            TextEdit point = a.length() == 0 ? a : b;
            TextEdit range = a.length() == 0 ? b : a;
            return range.offset() < point.offset() && point.offset() < range.end();
        }
        return a.offset() < b.end() && b.offset() < a.end();
    }

    static boolean conflict(Fix a, Fix b) {
        for (TextEdit x : a.edits()) {
            for (TextEdit y : b.edits()) {
                if (conflict(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A fix that reaches past the text, or whose own edits conflict, can never be applied whole. Within one fix
     * the same insertion or replacement twice is a conflict too: it is not clear whether it means one or two.
     */
    static boolean unusable(Fix fix, int textLength) {
        List<TextEdit> edits = fix.edits();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).end() > textLength) {
                return true;
            }
            for (int j = i + 1; j < edits.size(); j++) {
                TextEdit a = edits.get(i);
                TextEdit b = edits.get(j);
                if (conflict(a, b) || a.equals(b) && !a.isDeletion()) {
                    return true;
                }
            }
        }
        return false;
    }
}
