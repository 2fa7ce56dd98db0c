package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.copydesk.core.text.ProseWords;

/**
 * What a copy says that the paragraph it copies does not, in a few words for the finding's message:
 * {@code , and adds 'One of them has since died.'} or {@code , but says 'killed' where line 5 says 'injured'}.
 * Only a change that brings words of its own is told (a dropped word loses nothing): two are told, of more the
 * first and how many others there are.
 *
 * <p>Made only for the copies that cannot be removed automatically, and bounded: the two paragraphs are compared
 * word by word after their common start and end (Myers' diff, which costs the words times the edits), and past
 * {@value #MAX_EDITS} edits the whole differing middle counts as one change.
 */
final class CopyDifference {
    /** A change this long is quoted whole; a longer one by its first {@value #SHOWN_OF_LONGER} words and "…". */
    static final int MAX_QUOTED_WORDS = 8;
    static final int SHOWN_OF_LONGER = 6;
    /** However long its words, a quotation is cut here: a message is read at a glance. */
    static final int MAX_QUOTED_CHARS = 80;
    static final int MAX_EDITS = 256;
    private static final String ELLIPSIS = "\u2026";

    /** Where the two differ: words {@code [originalFrom, originalTo)} of the original became {@code [copyFrom, copyTo)} of the copy. */
    record Change(int originalFrom, int originalTo, int copyFrom, int copyTo) {
        boolean isAddition() {
            return originalFrom == originalTo;
        }
    }

    private CopyDifference() {
    }

    /**
     * The end of the message {@code Duplicate of the paragraph at line N}: how {@code copy} differs from {@code original}
     * (on line {@code originalLine}) in words it brings; empty if it brings none.
     */
    static String describe(CharSequence text, ProseWords copy, ProseWords original, int originalLine) {
        List<Change> told = new ArrayList<>();
        for (Change change : changes(original, copy)) {
            if (bringsWords(change, copy, original)) {
                told.add(change);
            }
        }
        if (told.isEmpty()) {
            return "";
        }
        Change first = told.get(0);
        StringBuilder message = new StringBuilder(first.isAddition() ? ", and adds " : ", but says ");
        tell(message, first, text, copy, original, originalLine);
        if (told.size() == 2) {
            Change second = told.get(1);
            message.append(second.isAddition() ? first.isAddition() ? " and " : ", and adds " : ", and says ");
            tell(message, second, text, copy, original, originalLine);
        } else if (told.size() > 2) {
            message.append(" (and ").append(told.size() - 1).append(" more differences)");
        }
        return message.toString();
    }

    private static void tell(StringBuilder message, Change change, CharSequence text, ProseWords copy, ProseWords original,
            int originalLine) {
        message.append(quote(text, copy, change.copyFrom(), change.copyTo()));
        if (!change.isAddition()) {
            message.append(" where line ").append(originalLine).append(" says ")
                    .append(quote(text, original, change.originalFrom(), change.originalTo()));
        }
    }

    /** The changes that turn {@code original} into {@code copy}, in order. */
    static List<Change> changes(ProseWords original, ProseWords copy) {
        int n = original.size();
        int m = copy.size();
        int prefix = 0;
        while (prefix < n && prefix < m && original.key(prefix) == copy.key(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && original.key(n - 1 - suffix) == copy.key(m - 1 - suffix)) {
            suffix++;
        }
        if (prefix == n - suffix && prefix == m - suffix) {
            return List.of();
        }
        List<Change> traced = new Diff(original, prefix, n - suffix, copy, prefix, m - suffix).changes();
        return traced != null ? traced : List.of(new Change(prefix, n - suffix, prefix, m - suffix));
    }

    private static boolean bringsWords(Change change, ProseWords copy, ProseWords original) {
        for (int i = change.copyFrom(); i < change.copyTo(); i++) {
            if (!original.contains(copy.key(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words {@code [from, to)} as written, on one line, in single quotes; a whole sentence with its full stop. A
     * longer run is cut after a few words, a long word after a few characters, with "…".
     */
    static String quote(CharSequence text, ProseWords words, int from, int to) {
        boolean whole = to - from <= MAX_QUOTED_WORDS;
        int start = words.start(from);
        int end = words.end(whole ? to - 1 : from + SHOWN_OF_LONGER - 1);
        if (whole && startsSentence(text, words, from)) {
            end = afterClosingPunctuation(text, end, words.rangeEnd());
        }
        StringBuilder out = new StringBuilder(Math.min(end - start, MAX_QUOTED_CHARS) + 4).append('\'');
        boolean space = false;
        int shown = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = true;
                continue;
            }
            if (shown >= MAX_QUOTED_CHARS && !Character.isLowSurrogate(c)) {
                whole = false;
                break;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            shown++;
        }
        return out.append(whole ? "" : ELLIPSIS).append('\'').toString();
    }

    private static boolean startsSentence(CharSequence text, ProseWords words, int index) {
        if (index == 0) {
            return true;
        }
        for (int i = words.end(index - 1); i < words.start(index); i++) {
            if (isSentenceEnd(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** After the full stop (question mark, …) at {@code from} and the closing quote or bracket after it, if any. */
    private static int afterClosingPunctuation(CharSequence text, int from, int limit) {
        int i = from;
        while (i < limit && isSentenceEnd(text.charAt(i))) {
            i++;
        }
        if (i > from) {
            while (i < limit && "\"\u201D\u2019'\u00BB)]".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
        }
        return i;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /**
     * Myers' diff of two runs of words: the furthest point reached on each diagonal after d edits, d = 0, 1, …,
     * kept per round so the edits can be traced back. Null past {@value CopyDifference#MAX_EDITS} edits.
     */
    private static final class Diff {
        private final ProseWords a;
        private final int aFrom;
        private final int n;
        private final ProseWords b;
        private final int bFrom;
        private final int m;

        Diff(ProseWords a, int aFrom, int aTo, ProseWords b, int bFrom, int bTo) {
            this.a = a;
            this.aFrom = aFrom;
            this.n = aTo - aFrom;
            this.b = b;
            this.bFrom = bFrom;
            this.m = bTo - bFrom;
        }

        List<Change> changes() {
            int max = Math.min(n + m, MAX_EDITS);
            int offset = max + 1;
            int[] furthest = new int[2 * max + 3];
            int[][] rounds = new int[max + 1][];
            for (int d = 0; d <= max; d++) {
                // diagonal k of round d is kept at index k + d + 1
                rounds[d] = Arrays.copyOfRange(furthest, offset - d - 1, offset + d + 2);
                for (int k = -d; k <= d; k += 2) {
                    int x = k == -d || k != d && furthest[offset + k - 1] < furthest[offset + k + 1]
                            ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a.key(aFrom + x) == b.key(bFrom + y)) {
                        x++;
                        y++;
                    }
                    furthest[offset + k] = x;
                    if (x >= n && y >= m) {
                        return traceBack(rounds, d);
                    }
                }
            }
            return null;
        }

        /** Marks the words deleted from {@code a} and inserted into {@code b}, from the last edit back, then groups them. */
        private List<Change> traceBack(int[][] rounds, int edits) {
            boolean[] deleted = new boolean[n];
            boolean[] inserted = new boolean[m];
            int x = n;
            int y = m;
            for (int d = edits; d > 0; d--) {
                int[] before = rounds[d];
                int k = x - y;
                boolean down = k == -d || k != d && before[k - 1 + d + 1] < before[k + 1 + d + 1];
                int previousK = down ? k + 1 : k - 1;
                int previousX = before[previousK + d + 1];
                int previousY = previousX - previousK;
                if (down) {
                    inserted[previousY] = true;
                } else {
                    deleted[previousX] = true;
                }
                x = previousX;
                y = previousY;
            }
            return grouped(deleted, inserted);
        }

        private List<Change> grouped(boolean[] deleted, boolean[] inserted) {
            List<Change> changes = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && !deleted[i] && !inserted[j]) {
                    i++;
                    j++;
                    continue;
                }
                int fromI = i;
                int fromJ = j;
                boolean moved = true;
                while (moved) {
                    moved = false;
                    while (i < n && deleted[i]) {
                        i++;
                        moved = true;
                    }
                    while (j < m && inserted[j]) {
                        j++;
                        moved = true;
                    }
                }
                if (i == fromI && j == fromJ) {
                    return null; // the trace does not account for every word: say the middle changed
                }
                changes.add(new Change(aFrom + fromI, aFrom + i, bFrom + fromJ, bFrom + j));
            }
            return changes;
        }
    }
}
