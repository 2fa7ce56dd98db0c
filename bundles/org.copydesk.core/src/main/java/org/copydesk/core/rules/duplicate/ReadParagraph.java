package org.copydesk.core.rules.duplicate;

/**
 * What the duplicate check reads of one paragraph, which depends on its text alone and so is taken over by the
 * next version of an edited document: its words (null if too few to check), whether it is a title, its sketch
 * keys and signature. Beside them, the alignments already made of it with earlier paragraphs, by their words:
 * an edit elsewhere leaves both paragraphs, and so the outcome, as they were.
 */
record ReadParagraph(Words words, boolean title, long[] keys, long[] signature, Alignments alignments) {
    static final ReadParagraph TOO_SHORT = new ReadParagraph(null, false, null, null);

    ReadParagraph(Words words, boolean title, long[] keys, long[] signature) {
        this(words, title, keys, signature, new Alignments());
    }

    /** How this paragraph copies {@code earlier}, or null: worked out once per pair of readings (if remembered). */
    CopyMatcher.Match match(Words earlier, CopyMatcher matcher) {
        return alignments == null ? matcher.match(earlier, words) : alignments.match(earlier, words, matcher);
    }

    /** This reading without the alignments: for an index of a project's files, which never checks one again. */
    ReadParagraph withoutAlignments() {
        return alignments == null ? this : new ReadParagraph(words, title, keys, signature, null);
    }

    /** The last few matches made, by the earlier paragraph's words (compared by identity: readings are shared). */
    static final class Alignments {
        private static final int SIZE = 8;
        private static final CopyMatcher.Match NONE = new CopyMatcher.Match(CopyMatcher.Kind.EXACT, -1);
        private Words[] earlier;
        private CopyMatcher.Match[] matches;
        private int next;

        CopyMatcher.Match match(Words earlierWords, Words later, CopyMatcher matcher) {
            if (earlier == null) {
                earlier = new Words[SIZE];
                matches = new CopyMatcher.Match[SIZE];
            }
            for (int i = 0; i < SIZE; i++) {
                if (earlier[i] == earlierWords) {
                    return matches[i] == NONE ? null : matches[i];
                }
            }
            CopyMatcher.Match match = matcher.match(earlierWords, later);
            earlier[next] = earlierWords;
            matches[next] = match == null ? NONE : match;
            next = (next + 1) % SIZE;
            return match;
        }
    }
}
