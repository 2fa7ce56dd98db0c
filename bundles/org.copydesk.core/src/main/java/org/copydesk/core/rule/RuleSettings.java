package org.copydesk.core.rule;

import java.util.Map;

import org.copydesk.core.Severity;

/**
 * How a config file or preference page sets up one rule: on or off, a severity instead of the rule's default
 * (or null), and option values already converted to their types.
 */
public record RuleSettings(boolean enabled, Severity severity, Map<String, Object> options) {
    public static final RuleSettings DEFAULT = new RuleSettings(true, null, Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }
}
