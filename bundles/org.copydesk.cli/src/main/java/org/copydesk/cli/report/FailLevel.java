package org.copydesk.cli.report;

import java.util.Locale;

import org.copydesk.core.Severity;

/** The least severe finding that fails a run ({@code --fail-on}, the Maven plugin's {@code failOn}). */
public enum FailLevel {
    ERROR, WARNING, INFO, NEVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean fails(Severity severity) {
        return this != NEVER && severity.atLeast(Severity.valueOf(name()));
    }

    public static FailLevel of(String id) {
        for (FailLevel level : values()) {
            if (level.id().equalsIgnoreCase(id.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("expected error, warning, info or never, got '" + id + "'");
    }
}
