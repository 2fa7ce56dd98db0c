package org.copydesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.copydesk.cli.report.SafeText;
import org.copydesk.cli.run.Results;

/**
 * Messages on standard error, one line each, prefixed {@code copydesk:}. File names and messages are made
 * visible (control characters escaped) so a hostile file name cannot drive the terminal. The same message is
 * printed once however many files share its cause (a broken config file, say).
 */
final class Console implements Results.Messages {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final Set<String> printed = new HashSet<>();

    Console(PrintStream err, boolean quiet, boolean verbose) {
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.quiet = quiet;
        this.verbose = verbose;
    }

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    void error(String message) {
        print("error: " + message);
    }

    @Override
    public synchronized void error(String message, Throwable cause) {
        if (print("error: " + message) && verbose && cause != null) {
            cause.printStackTrace(err);
        }
    }

    @Override
    public void warning(String message) {
        if (!quiet) {
            print("warning: " + message);
        }
    }

    @Override
    public void note(String message) {
        if (verbose) {
            print(message);
        }
    }

    /** A line that is not a diagnostic, such as a summary when standard output carries a report. */
    void info(String message) {
        if (!quiet) {
            err.println(SafeText.visible(message));
        }
    }

    PrintStream stream() {
        return err;
    }

    /** Synchronized: workers report config files as they find them. */
    private synchronized boolean print(String message) {
        String line = "copydesk: " + SafeText.visible(message);
        if (!printed.add(line)) {
            return false;
        }
        err.println(line);
        return true;
    }
}
