package org.copydesk.core;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in config files, reports and the CLI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}, in any case. */
    public static Severity fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(id.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("expected error, warning or info, got '" + id + "'");
    }
}
