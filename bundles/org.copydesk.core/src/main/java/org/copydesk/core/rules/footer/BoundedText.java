package org.copydesk.core.rules.footer;

/**
 * Text that a configured regular expression may read only so many characters of. Java's regex engine reads its
 * input through {@link #charAt}, so counting those calls bounds the work a catastrophic pattern such as
 * {@code (a+)+$} can do: past the budget the match is abandoned instead of running for minutes.
 */
final class BoundedText implements CharSequence {

    /** Thrown when a match reads more than its budget; carries no stack trace, it is control flow. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("regular expression exceeded its time budget", null, false, false);
        }
    }

    /** What one document's configured patterns may read in total, and each match at most. */
    static final class Budget {
        private long remaining;
        private final long perMatch;

        Budget(long total, long perMatch) {
            this.remaining = total;
            this.perMatch = perMatch;
        }

        boolean exhausted() {
            return remaining <= 0;
        }

        /** Matches {@code regex} against the whole of {@code text}; false if it does not match or runs out of budget. */
        boolean matches(java.util.regex.Pattern regex, CharSequence text) {
            if (exhausted()) {
                return false;
            }
            BoundedText bounded = new BoundedText(text, 0, text.length(), new long[] {Math.min(perMatch, remaining)});
            try {
                return regex.matcher(bounded).matches();
            } catch (BudgetExceeded | StackOverflowError e) {
                return false;
            } finally {
                remaining -= Math.min(perMatch, remaining) - Math.max(0, bounded.left[0]);
            }
        }
    }

    private final CharSequence text;
    private final int start;
    private final int end;
    private final long[] left;

    private BoundedText(CharSequence text, int start, int end, long[] left) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.left = left;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new BudgetExceeded();
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BoundedText(text, start + from, start + to, left);
    }

    @Override
    public String toString() {
        return text.subSequence(start, end).toString();
    }
}
