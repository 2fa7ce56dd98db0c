package org.copydesk.cli;

/** The exit codes, as documented: CI scripts depend on them. */
final class ExitCodes {
    /** Nothing at or above the fail level. */
    static final int OK = 0;
    /** Findings at or above the fail level. */
    static final int FINDINGS = 1;
    /** A usage, I/O or config error, or a rule that failed. */
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
