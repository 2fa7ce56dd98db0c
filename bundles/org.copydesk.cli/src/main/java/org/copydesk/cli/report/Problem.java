package org.copydesk.cli.report;

/**
 * A file that could not be checked: an error (missing, unreadable, malformed, a broken config, a failed
 * write) or a warning (a binary file skipped). Reports that have a place for it show it.
 */
public record Problem(String path, String message, boolean error) {
    public static Problem error(String path, String message) {
        return new Problem(path, message, true);
    }

    public static Problem warning(String path, String message) {
        return new Problem(path, message, false);
    }
}
