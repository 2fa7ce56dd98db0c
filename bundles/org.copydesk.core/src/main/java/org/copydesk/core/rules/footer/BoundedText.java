package org.copydesk.core.rules.footer;

/**
 * Text that a configured regular expression may read only so many characters of, for so long. Java's regex engine
 * reads its input through {@link #charAt}, so counting those calls bounds the work a catastrophic pattern such as
 * {@code (a+)+$} can do, and a clock read every few hundred calls bounds the time, whatever the machine: past
 * either the match is abandoned instead of running for minutes. A loop that reads nothing (a repeated group that
 * matches empty) never calls {@code charAt}: such patterns are refused when the config is read
 * ({@link ConfiguredSignatures}).
 */
final class BoundedText implements CharSequence {

    /** Thrown when a match reads more than its budget; carries no stack trace, it is control flow. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("regular expression exceeded its time budget", null, false, false);
        }
    }

    /** What one document's configured patterns may read and how long they may run in total, and each match at most. */
    static final class Budget {
        /** The time all configured patterns may take on one document, on top of the count of characters read. */
        static final long NANOS_PER_DOCUMENT = 200_000_000L;

        private long remaining;
        private final long perMatch;
        private long nanosLeft;

        Budget(long total, long perMatch) {
            this(total, perMatch, NANOS_PER_DOCUMENT);
        }

        Budget(long total, long perMatch, long nanos) {
            this.remaining = total;
            this.perMatch = perMatch;
            this.nanosLeft = nanos;
        }

        boolean exhausted() {
            return remaining <= 0 || nanosLeft <= 0;
        }

        /** Matches {@code regex} against the whole of {@code text}; false if it does not match or runs out of budget. */
        boolean matches(java.util.regex.Pattern regex, CharSequence text) {
            if (exhausted()) {
                return false;
            }
            long started = System.nanoTime();
            Limits limits = new Limits(Math.min(perMatch, remaining), started + nanosLeft);
            BoundedText bounded = new BoundedText(text, 0, text.length(), limits);
            try {
                return regex.matcher(bounded).matches();
            } catch (BudgetExceeded | StackOverflowError e) {
                return false;
            } finally {
                remaining -= Math.min(perMatch, remaining) - Math.max(0, limits.reads);
                nanosLeft -= System.nanoTime() - started;
            }
        }
    }

    /** What the match under way may still read, and when it must have ended ({@link System#nanoTime}). */
    private static final class Limits {
        /** How many reads pass between two looks at the clock: a clock read costs about twenty character reads. */
        private static final int CLOCK_EVERY = 256;

        long reads;
        final long deadline;
        int untilClock = CLOCK_EVERY;

        Limits(long reads, long deadline) {
            this.reads = reads;
            this.deadline = deadline;
        }

        void read() {
            if (--reads < 0) {
                throw new BudgetExceeded();
            }
            if (--untilClock == 0) {
                untilClock = CLOCK_EVERY;
                if (System.nanoTime() - deadline > 0) {
                    throw new BudgetExceeded();
                }
            }
        }
    }

    private final CharSequence text;
    private final int start;
    private final int end;
    private final Limits limits;

    private BoundedText(CharSequence text, int start, int end, Limits limits) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.limits = limits;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        limits.read();
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BoundedText(text, start + from, start + to, limits);
    }

    @Override
    public String toString() {
        return text.subSequence(start, end).toString();
    }
}
