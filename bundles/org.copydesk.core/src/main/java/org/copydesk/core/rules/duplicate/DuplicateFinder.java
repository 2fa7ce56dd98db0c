package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.copydesk.core.document.Block;

/**
 * Finds, in one pass over a document's paragraphs, every paragraph that copies an earlier one.
 *
 * <p>Each paragraph is looked up before it is filed, so it is only ever compared with earlier ones. Exact
 * copies are found by the fingerprint of their words. Near copies are found through {@link Sketch} keys: the
 * paragraphs filed under the same keys are the candidates, the ones sharing most keys are compared first, and
 * only {@value #MAX_COMPARED} are compared at all. A copy names the first paragraph of its family (the
 * original its own original copies), so three copies of one paragraph all point at the same first occurrence.
 *
 * <p>Why this stays linear when thousands of paragraphs are near copies of each other: a key holds at most
 * {@value #PER_KEY} paragraphs, and a copy is not filed under a key that already holds one of its family, so
 * keys fill with distinct texts rather than with copies of one.
 */
final class DuplicateFinder {
    static final int PER_KEY = 8;
    static final int MAX_COMPARED = 8;

    /** Paragraph {@code copy} copies paragraph {@code original} (indexes into the paragraphs given). */
    record Duplicate(int copy, int original, CopyMatcher.Kind kind, double similarity) {
    }

    private final CopyMatcher matcher;
    private final int minWords;

    DuplicateFinder(double similarity, int minWords) {
        this.matcher = new CopyMatcher(similarity, minWords);
        this.minWords = minWords;
    }

    List<Duplicate> find(CharSequence text, List<Block> paragraphs) {
        return new Pass(text, paragraphs).run();
    }

    /** The state of one search: what has been filed so far. */
    private final class Pass {
        private final CharSequence text;
        private final List<Block> paragraphs;
        private final Words[] words;
        private final int[] family;
        private final Buckets byFingerprint = new Buckets(1);
        private final Buckets byKey = new Buckets(PER_KEY);
        private final int[] filed = new int[PER_KEY];
        private final Candidates candidates;
        private final List<Duplicate> duplicates = new ArrayList<>();

        Pass(CharSequence text, List<Block> paragraphs) {
            this.text = text;
            this.paragraphs = paragraphs;
            this.words = new Words[paragraphs.size()];
            this.family = new int[paragraphs.size()];
            this.candidates = new Candidates(paragraphs.size());
        }

        List<Duplicate> run() {
            for (int i = 0; i < paragraphs.size(); i++) {
                family[i] = i;
                Block paragraph = paragraphs.get(i);
                Words current = Words.of(text, paragraph.start(), paragraph.end());
                if (current.size() >= minWords) {
                    words[i] = current;
                    check(i, current);
                }
            }
            return duplicates;
        }

        private void check(int i, Words current) {
            int exact = firstWithSameWords(current);
            if (exact >= 0) {
                if (!bothHeadings(current, words[exact])) {
                    report(i, exact, CopyMatcher.Kind.EXACT, 1.0);
                }
                return; // the first copy is filed already and stands for this one
            }
            byFingerprint.add(current.fingerprint(), i);
            long[] keys = Sketch.keys(current, minWords);
            candidates.collect(i, keys, byKey);
            int best = -1;
            CopyMatcher.Match bestMatch = null;
            for (int c = 0; c < Math.min(MAX_COMPARED, candidates.size()); c++) {
                int earlier = candidates.get(c);
                if (bothHeadings(current, words[earlier])) {
                    continue;
                }
                CopyMatcher.Match match = matcher.match(words[earlier], current);
                if (match != null && (bestMatch == null || isBetter(match, earlier, bestMatch, best))) {
                    best = earlier;
                    bestMatch = match;
                }
            }
            if (bestMatch != null) {
                report(i, best, bestMatch.kind(), bestMatch.similarity());
            }
            file(i, keys);
        }

        private boolean isBetter(CopyMatcher.Match match, int earlier, CopyMatcher.Match bestMatch, int best) {
            if (match.similarity() != bestMatch.similarity()) {
                return match.similarity() > bestMatch.similarity();
            }
            return family[earlier] < family[best];
        }

        private int firstWithSameWords(Words current) {
            int n = byFingerprint.values(current.fingerprint(), filed);
            return n > 0 && words[filed[0]].sameWords(current) ? filed[0] : -1;
        }

        private boolean bothHeadings(Words a, Words b) {
            return a.isHeadingLike() && b.isHeadingLike();
        }

        private void report(int copy, int earlier, CopyMatcher.Kind kind, double similarity) {
            family[copy] = family[earlier];
            duplicates.add(new Duplicate(copy, family[earlier], kind, similarity));
        }

        /** Files paragraph {@code i} under its keys, except where one of its family is filed already. */
        private void file(int i, long[] keys) {
            for (long key : keys) {
                int n = byKey.values(key, filed);
                boolean familyThere = false;
                for (int e = 0; e < n && !familyThere; e++) {
                    familyThere = family[filed[e]] == family[i];
                }
                if (n < PER_KEY && !familyThere) {
                    byKey.add(key, i);
                }
            }
        }
    }

    /** The earlier paragraphs sharing keys with the current one, most keys shared first, then earliest first. */
    private static final class Candidates {
        private final int[] seenBy;
        private final int[] slotOf;
        private final int[] ids = new int[Sketch.KEYS * PER_KEY];
        private final int[] hits = new int[Sketch.KEYS * PER_KEY];
        private final int[] found = new int[PER_KEY];
        private int size;

        Candidates(int paragraphs) {
            seenBy = new int[paragraphs];
            slotOf = new int[paragraphs];
            Arrays.fill(seenBy, -1);
        }

        void collect(int current, long[] keys, Buckets buckets) {
            size = 0;
            for (long key : keys) {
                int n = buckets.values(key, found);
                for (int e = 0; e < n; e++) {
                    int id = found[e];
                    if (seenBy[id] != current) {
                        seenBy[id] = current;
                        slotOf[id] = size;
                        ids[size] = id;
                        hits[size++] = 1;
                    } else {
                        hits[slotOf[id]]++;
                    }
                }
            }
            orderTop(Math.min(MAX_COMPARED, size));
        }

        /** Moves the {@code top} best candidates to the front, in order (a partial selection sort: top is small). */
        private void orderTop(int top) {
            for (int i = 0; i < top; i++) {
                int best = i;
                for (int j = i + 1; j < size; j++) {
                    if (hits[j] > hits[best] || hits[j] == hits[best] && ids[j] < ids[best]) {
                        best = j;
                    }
                }
                swap(ids, i, best);
                swap(hits, i, best);
            }
        }

        private static void swap(int[] array, int i, int j) {
            int t = array[i];
            array[i] = array[j];
            array[j] = t;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return ids[index];
        }
    }
}
