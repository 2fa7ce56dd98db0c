package org.copydesk.core;

import java.util.List;

/**
 * One problem found in a text: an immutable value. {@code [start, end)} are UTF-16 offsets into the
 * checked text, the one coordinate system; line and column are derived with a {@code LineMap}.
 * Fixes come in order of preference.
 */
public record Finding(String ruleId, Severity severity, String message, int start, int end,
        List<Related> related, List<Fix> fixes) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public int length() {
        return end - start;
    }

    /** The first automatic fix, the one {@code copydesk fix} applies, or null. */
    public Fix automaticFix() {
        return fixes.stream().filter(Fix::automatic).findFirst().orElse(null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, start, end, related, fixes);
    }
}
