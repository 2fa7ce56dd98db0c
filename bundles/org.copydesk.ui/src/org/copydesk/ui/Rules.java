package org.copydesk.ui;

import java.util.List;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;

/** The rules the IDE runs: the core's built-in ones. Tests may swap in others to prove how failures are handled. */
public final class Rules {
    private static volatile List<Rule> rules = BuiltInRules.all();

    private Rules() {
    }

    public static List<Rule> all() {
        return rules;
    }

    /** Replaces the rules, for tests; {@code null} restores the built-in ones. */
    public static void useForTesting(List<Rule> replacement) {
        rules = replacement == null ? BuiltInRules.all() : List.copyOf(replacement);
    }
}
