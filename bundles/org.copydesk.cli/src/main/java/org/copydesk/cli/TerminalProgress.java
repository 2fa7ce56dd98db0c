package org.copydesk.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.copydesk.cli.run.Progress;

/**
 * A "checked 340/1000 files" line on standard error, redrawn in place, for runs that last more than a second
 * on a terminal; erased when the run ends, so it never mixes with the output.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final long FIRST_DRAW_MS = 1000;
    private static final long REDRAW_MS = 200;

    private final PrintStream err;
    private final int total;
    private final String verb;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean drawn = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    private TerminalProgress(PrintStream err, int total, String verb) {
        this.err = err;
        this.total = total;
        this.verb = verb;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "copydesk-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::draw, FIRST_DRAW_MS, REDRAW_MS, TimeUnit.MILLISECONDS);
    }

    /** A progress line if standard error is likely a terminal, else nothing. */
    static Progress start(PrintStream err, int total, String verb, boolean quiet) {
        if (quiet || total < 2 || !interactive() || "dumb".equals(System.getenv("TERM"))) {
            return Progress.NONE;
        }
        return new TerminalProgress(err, total, verb);
    }

    /**
     * The JDK cannot ask about standard error alone; a console means standard input and output are a terminal.
     * From Java 22 a console exists even when redirected, and {@code isTerminal()} tells.
     */
    private static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static void finish(Progress progress) {
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    private synchronized void draw() {
        drawn.set(true);
        err.print("\rcopydesk: " + verb + " " + done.get() + "/" + total + " files");
        err.flush();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (drawn.get()) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
