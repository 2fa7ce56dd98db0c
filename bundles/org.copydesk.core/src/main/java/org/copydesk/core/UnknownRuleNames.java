package org.copydesk.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.copydesk.core.document.Suppressions;

/**
 * Reports a suppression comment that names no rule ({@code <!-- copydesk-disable duplicate-paragrph -->}): it
 * switches nothing off, and the writer believes it does. Like an unknown key in a config file, the typo is said
 * out loud, as a warning at the name, under the id {@value #ID}, whatever the config says.
 */
final class UnknownRuleNames {
    static final String ID = "suppression-comment";

    private UnknownRuleNames() {
    }

    static List<Finding> find(Suppressions suppressions, Collection<String> knownIds) {
        List<Finding> findings = new ArrayList<>();
        for (Suppressions.RuleName name : suppressions.ruleNames()) {
            if (knownIds.contains(name.id())) {
                continue;
            }
            String closest = closest(name.id(), knownIds);
            String message = "'" + name.id() + "' is not a Copydesk rule, so this comment switches nothing off for it; "
                    + (closest != null ? "did you mean '" + closest + "'?" : "the rules are " + String.join(", ", knownIds));
            findings.add(new Finding(ID, Severity.WARNING, message, name.start(), name.end(), List.of(), List.of()));
        }
        return findings;
    }

    /** The known id a few typing slips away from {@code name}, if there is one. */
    private static String closest(String name, Collection<String> knownIds) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 4) + 1;
        for (String id : knownIds) {
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), id);
            if (distance < bestDistance) {
                best = id;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance; names are short. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
