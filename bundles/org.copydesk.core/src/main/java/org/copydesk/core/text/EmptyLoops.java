package org.copydesk.core.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds, in a Java regular expression, a part that can match the empty string repeated more than once:
 * {@code ((){1000000}){1000000}}, {@code (a*)*}, {@code (?:^|x)+}. Java's engine runs such a loop its full count
 * without reading a character, so no bound on the characters a match reads can stop it: a pattern with one is
 * refused before it runs. {@code ?} and {@code {0,1}} repeat at most once and are harmless.
 *
 * <p>Reads the pattern's syntax as {@link java.util.regex.Pattern} does (groups, lookarounds, classes, escapes,
 * quoting, comments mode), without recursion, so a deeply nested pattern cannot overflow the stack here. Where it
 * cannot tell, it assumes a part can match empty: a refused pattern is a clear config error, a hang is not.
 */
public final class EmptyLoops {
    private EmptyLoops() {
    }

    /** The index of the first quantifier that repeats something able to match empty, or -1 if there is none. */
    public static int find(String regex) {
        Scan scan = new Scan(regex);
        try {
            return scan.run();
        } catch (RuntimeException e) {
            // syntax this reading does not know: refuse rather than guess
            return Math.min(scan.i, regex.length());
        }
    }

    /** One group being read: whether a branch so far, or any finished branch, can match empty. */
    private static final class Frame {
        final boolean zeroWidth;
        final boolean comments;
        boolean branchEmpty = true;
        boolean anyBranchEmpty;

        Frame(boolean zeroWidth, boolean comments) {
            this.zeroWidth = zeroWidth;
            this.comments = comments;
        }
    }

    private static final class Scan {
        private final String regex;
        private final Deque<Frame> frames = new ArrayDeque<>();
        private int i;
        private boolean comments;
        /** Whether the last atom, not yet added to its branch, can match empty; null if there is none. */
        private Boolean pending;

        Scan(String regex) {
            this.regex = regex;
        }

        int run() {
            frames.push(new Frame(false, false));
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (comments && Character.isWhitespace(c)) {
                    i++;
                } else if (comments && c == '#') {
                    while (i < regex.length() && regex.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '*' || c == '+' || c == '?' || c == '{' && isCount(i)) {
                    int at = i;
                    boolean empty = pending != null && pending;
                    if (quantifier() > 1 && empty) {
                        return at;
                    }
                } else {
                    commit();
                    switch (c) {
                        case '(' -> openGroup();
                        case ')' -> closeGroup();
                        case '|' -> alternative();
                        case '[' -> {
                            skipClass();
                            pending = false;
                        }
                        case '\\' -> pending = escape();
                        case '^', '$' -> {
                            i++;
                            pending = true;
                        }
                        default -> {
                            i++;
                            pending = false;
                        }
                    }
                }
            }
            return -1;
        }

        private void commit() {
            if (pending != null) {
                frames.peek().branchEmpty &= pending;
                pending = null;
            }
        }

        private void alternative() {
            Frame frame = frames.peek();
            frame.anyBranchEmpty |= frame.branchEmpty;
            frame.branchEmpty = true;
            i++;
        }

        private void openGroup() {
            i++;
            boolean zeroWidth = false;
            if (regex.startsWith("?", i)) {
                if (regex.startsWith("?=", i) || regex.startsWith("?!", i) || regex.startsWith("?<=", i) || regex.startsWith("?<!", i)) {
                    zeroWidth = true;
                    i += regex.charAt(i + 1) == '<' ? 3 : 2;
                } else if (regex.startsWith("?<", i)) {
                    i = regex.indexOf('>', i) + 1;
                } else if (regex.startsWith("?>", i)) {
                    i += 2;
                } else {
                    // flags: (?ix) sets them for the rest of the group, (?ix:X) for X only
                    int end = i + 1;
                    while (end < regex.length() && regex.charAt(end) != ')' && regex.charAt(end) != ':') {
                        end++;
                    }
                    boolean x = commentsFlag(regex.substring(i + 1, end));
                    if (end < regex.length() && regex.charAt(end) == ')') {
                        comments = x;
                        i = end + 1;
                        return;
                    }
                    frames.push(new Frame(false, comments));
                    comments = x;
                    i = end + 1;
                    return;
                }
            }
            frames.push(new Frame(zeroWidth, comments));
        }

        /** The comments flag after {@code flags} ({@code ix-s}) are applied to the current one. */
        private boolean commentsFlag(String flags) {
            int minus = flags.indexOf('-');
            if (minus >= 0 && flags.indexOf('x', minus) >= 0) {
                return false;
            }
            return comments || flags.indexOf('x') >= 0 && (minus < 0 || flags.indexOf('x') < minus);
        }

        private void closeGroup() {
            i++;
            if (frames.size() == 1) {
                pending = false;
                return;
            }
            Frame frame = frames.pop();
            comments = frame.comments;
            pending = frame.zeroWidth || frame.anyBranchEmpty || frame.branchEmpty;
        }

        private boolean isCount(int at) {
            int j = at + 1;
            int digits = 0;
            while (j < regex.length() && Character.isDigit(regex.charAt(j))) {
                j++;
                digits++;
            }
            return digits > 0 && j < regex.length() && (regex.charAt(j) == '}' || regex.charAt(j) == ',');
        }

        /** Reads a quantifier and its lazy or possessive mark; returns how often it may repeat at most. */
        private long quantifier() {
            char c = regex.charAt(i);
            long min;
            long max;
            if (c == '{') {
                int close = regex.indexOf('}', i);
                String[] bounds = regex.substring(i + 1, close).split(",", -1);
                min = parse(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Long.MAX_VALUE : parse(bounds[1]);
                i = close + 1;
            } else {
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Long.MAX_VALUE;
                i++;
            }
            if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                i++;
            }
            if (pending != null && min == 0) {
                pending = true;
            }
            return max;
        }

        private static long parse(String digits) {
            try {
                return Long.parseLong(digits.trim());
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }

        /** Skips a character class, nested ones and escapes included. */
        private void skipClass() {
            int depth = 0;
            do {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i = regex.startsWith("\\Q", i) ? endOfQuote(i + 2) : i + 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    i++;
                    // a ']' right after the opening (or after '^') is a character of the class
                    if (regex.startsWith("^", i)) {
                        i++;
                    }
                    if (regex.startsWith("]", i)) {
                        i++;
                    }
                    continue;
                }
                if (c == ']') {
                    depth--;
                }
                i++;
            } while (depth > 0 && i < regex.length());
        }

        private int endOfQuote(int from) {
            int end = regex.indexOf("\\E", from);
            return end < 0 ? regex.length() : end + 2;
        }

        /** Reads an escape; returns whether it can match empty. */
        private boolean escape() {
            if (i + 1 >= regex.length()) {
                i++;
                return false;
            }
            char c = regex.charAt(i + 1);
            switch (c) {
                case 'Q' -> {
                    int start = i + 2;
                    i = endOfQuote(start);
                    return regex.startsWith("\\E", start) || start >= regex.length();
                }
                case 'b', 'B' -> {
                    i += regex.startsWith("{g}", i + 2) ? 5 : 2;
                    return true;
                }
                case 'A', 'G', 'Z', 'z' -> {
                    i += 2;
                    return true;
                }
                case 'k' -> {
                    i = regex.indexOf('>', i) + 1;
                    return true;
                }
                case 'p', 'P', 'x', 'N' -> {
                    i += 2;
                    if (regex.startsWith("{", i)) {
                        i = regex.indexOf('}', i) + 1;
                    } else {
                        i += c == 'x' ? 2 : 1;
                    }
                    return false;
                }
                case 'u' -> {
                    i += 6;
                    return false;
                }
                case 'c' -> {
                    i += 3;
                    return false;
                }
                case '0' -> {
                    i += 2;
                    for (int n = 0; n < 3 && i < regex.length() && regex.charAt(i) >= '0' && regex.charAt(i) <= '7'; n++) {
                        i++;
                    }
                    return false;
                }
                default -> {
                    i += 2;
                    if (c >= '1' && c <= '9') {
                        // a back reference to a group that may have matched nothing
                        while (i < regex.length() && Character.isDigit(regex.charAt(i))) {
                            i++;
                        }
                        return true;
                    }
                    return false;
                }
            }
        }
    }
}
