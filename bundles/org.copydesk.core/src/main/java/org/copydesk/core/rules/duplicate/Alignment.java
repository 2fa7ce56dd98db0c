package org.copydesk.core.rules.duplicate;

/**
 * The word edit distance between two runs of words, under three rules that make it a test of "the same text,
 * retouched" rather than of mere resemblance:
 * <ul>
 * <li>at most {@code maxEdits} edits, so only a band of {@code 2 * maxEdits + 1} cells around the diagonal is
 * computed: the cost is {@code O(words * maxEdits)}, and a pair that is not close stops after a few rows;</li>
 * <li>a number is never changed, dropped or added: "won 3-1" and "lost 1-3" differ in substance, however
 * alike the words around them; nor is a name replaced by another name ("City won" and "United won");</li>
 * <li>no quotation is replaced whole: the same introduction to a different quote is a different paragraph;</li>
 * <li>no more than {@value #MAX_RUN} edits in a row: a retouched copy changes a word here and there, while a
 * different quote or clause under the same introduction changes a run of words.</li>
 * </ul>
 * One instance reuses its table from one comparison to the next; it is not for use by several threads.
 */
final class Alignment {
    static final int MAX_RUN = 3;
    static final int NO_MATCH = -1;
    private static final int FORBIDDEN = 1 << 20;

    private int[] cells = new int[1024];

    /** The distance between {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, or {@link #NO_MATCH}. */
    int distance(Words a, int aFrom, int aTo, Words b, int bFrom, int bTo, int maxEdits) {
        if (Math.abs((aTo - aFrom) - (bTo - bFrom)) > maxEdits) {
            return NO_MATCH;
        }
        int from1 = aFrom;
        int from2 = bFrom;
        int to1 = aTo;
        int to2 = bTo;
        while (from1 < to1 && from2 < to2 && a.hash(from1) == b.hash(from2)) {
            from1++;
            from2++;
        }
        while (to1 > from1 && to2 > from2 && a.hash(to1 - 1) == b.hash(to2 - 1)) {
            to1--;
            to2--;
        }
        int n = to1 - from1;
        int m = to2 - from2;
        if (n == 0 || m == 0) {
            return onlyInsertions(n == 0 ? b : a, n == 0 ? from2 : from1, n == 0 ? to2 : to1, maxEdits);
        }
        int size = (n + 1) * (2 * maxEdits + 1);
        if (cells.length < size) {
            cells = new int[Math.max(size, cells.length * 2)];
        }
        return new Band(a, from1, b, from2, n, m, maxEdits, cells).distance();
    }

    /** One side is empty: the other's words were all added in one run. */
    private static int onlyInsertions(Words words, int from, int to, int maxEdits) {
        if (to - from > Math.min(maxEdits, MAX_RUN)) {
            return NO_MATCH;
        }
        for (int i = from; i < to; i++) {
            if (words.isNumber(i)) {
                return NO_MATCH;
            }
        }
        return replacesAQuotation(words, from, to, new boolean[to - from]) ? NO_MATCH : to - from;
    }

    /**
     * Whether a whole quotation of {@code words} lies in {@code [from, to)} with none of its words kept
     * ({@code kept} is indexed from {@code from}).
     */
    static boolean replacesAQuotation(Words words, int from, int to, boolean[] kept) {
        int i = from;
        while (i < to) {
            if (!words.has(i, Words.QUOTED)) {
                i++;
                continue;
            }
            int runEnd = i;
            boolean anyKept = false;
            while (runEnd < words.size() && words.has(runEnd, Words.QUOTED)) {
                anyKept |= runEnd >= to || kept[runEnd - from];
                runEnd++;
            }
            boolean whole = i > from || from == 0 || !words.has(from - 1, Words.QUOTED);
            if (whole && !anyKept) {
                return true;
            }
            i = runEnd;
        }
        return false;
    }

    /** The dynamic programme over the band, kept whole so the edits can be traced back and their runs measured. */
    private static final class Band {
        private final Words a;
        private final int aFrom;
        private final Words b;
        private final int bFrom;
        private final int n;
        private final int m;
        private final int k;
        private final int width;
        private final int[] cells;

        /** Over {@code cells}, which it only reads where it has written: a reused table needs no clearing. */
        Band(Words a, int aFrom, Words b, int bFrom, int n, int m, int k, int[] cells) {
            this.a = a;
            this.aFrom = aFrom;
            this.b = b;
            this.bFrom = bFrom;
            this.n = n;
            this.m = m;
            this.k = k;
            this.width = 2 * k + 1;
            this.cells = cells;
        }

        int distance() {
            for (int j = 0; j <= Math.min(m, k); j++) {
                set(0, j, j == 0 ? 0 : get(0, j - 1) + insertCost(j));
            }
            for (int i = 1; i <= n; i++) {
                int rowMin = FORBIDDEN;
                for (int j = Math.max(0, i - k); j <= Math.min(m, i + k); j++) {
                    int best = inBand(i - 1, j) ? get(i - 1, j) + deleteCost(i) : FORBIDDEN;
                    if (j > 0) {
                        best = Math.min(best, get(i - 1, j - 1) + substituteCost(i, j));
                        if (inBand(i, j - 1)) {
                            best = Math.min(best, get(i, j - 1) + insertCost(j));
                        }
                    }
                    best = Math.min(best, FORBIDDEN);
                    set(i, j, best);
                    rowMin = Math.min(rowMin, best);
                }
                if (rowMin > k) {
                    return NO_MATCH;
                }
            }
            int distance = get(n, m);
            if (distance > k) {
                return NO_MATCH;
            }
            boolean[] keptA = new boolean[n];
            boolean[] keptB = new boolean[m];
            if (traceBack(keptA, keptB) == NO_MATCH
                    || replacesAQuotation(a, aFrom, aFrom + n, keptA) || replacesAQuotation(b, bFrom, bFrom + m, keptB)) {
                return NO_MATCH;
            }
            return distance;
        }

        /**
         * Follows one cheapest alignment back from the end, preferring matches, and marks the words it keeps.
         * Returns {@link #NO_MATCH} if a run of edits is too long or swaps a name for a name, else the longest run.
         */
        private int traceBack(boolean[] keptA, boolean[] keptB) {
            int i = n;
            int j = m;
            int run = 0;
            int longest = 0;
            boolean nameOut = false;
            boolean nameIn = false;
            while (i > 0 || j > 0) {
                int here = get(i, j);
                if (i > 0 && j > 0 && same(i, j) && get(i - 1, j - 1) == here) {
                    keptA[--i] = true;
                    keptB[--j] = true;
                    run = 0;
                    nameOut = false;
                    nameIn = false;
                    continue;
                }
                boolean substitute = i > 0 && j > 0 && get(i - 1, j - 1) + substituteCost(i, j) == here;
                boolean delete = !substitute && i > 0 && inBand(i - 1, j) && get(i - 1, j) + deleteCost(i) == here;
                if (substitute || delete) {
                    nameOut |= a.has(aFrom + --i, Words.CAPITALISED);
                }
                if (!delete) {
                    nameIn |= b.has(bFrom + --j, Words.CAPITALISED);
                }
                longest = Math.max(longest, ++run);
                if (longest > MAX_RUN || nameOut && nameIn) {
                    return NO_MATCH;
                }
            }
            return longest;
        }

        private boolean same(int i, int j) {
            return a.hash(aFrom + i - 1) == b.hash(bFrom + j - 1);
        }

        private int substituteCost(int i, int j) {
            if (same(i, j)) {
                return 0;
            }
            return a.isNumber(aFrom + i - 1) || b.isNumber(bFrom + j - 1) ? FORBIDDEN : 1;
        }

        private int deleteCost(int i) {
            return a.isNumber(aFrom + i - 1) ? FORBIDDEN : 1;
        }

        private int insertCost(int j) {
            return b.isNumber(bFrom + j - 1) ? FORBIDDEN : 1;
        }

        private boolean inBand(int i, int j) {
            return Math.abs(j - i) <= k;
        }

        private int get(int i, int j) {
            return cells[i * width + j - i + k];
        }

        private void set(int i, int j, int value) {
            cells[i * width + j - i + k] = Math.min(value, FORBIDDEN);
        }
    }
}
