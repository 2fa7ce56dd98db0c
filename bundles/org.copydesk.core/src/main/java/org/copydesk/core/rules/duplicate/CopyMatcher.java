package org.copydesk.core.rules.duplicate;

/**
 * Decides whether a paragraph is a copy of an earlier one: word for word, nearly ({@link Alignment} within the
 * similarity asked for), or nearly once a short run of text glued onto either end is set aside — a CMS
 * footer stuck to the last sentence ({@code …firsthand.Powered by Froala Editor}), a "Read more" after it.
 */
final class CopyMatcher {
    /** The longest run of glued text set aside: CMS footers and buttons are a few words long. */
    static final int MAX_GLUE = 12;
    /**
     * Glued text after a space may be a sentence the writer added rather than chrome: it counts when short, or when
     * it does not end like a sentence ("Read more", "Subscribe to our newsletter"). Either way the copy is only
     * reported: words it brings keep it from being removed automatically ({@code SafeDeletion}).
     */
    static final int MAX_SPACED_SENTENCE = 8;
    /** The most edits a near copy may have, however long: bounds the cost of comparing very long paragraphs. */
    static final int MAX_EDITS = 64;

    enum Kind { EXACT, NEAR, GLUED }

    /** How {@code later} copies an earlier paragraph; {@code similarity} of the shared part, from 0 to 1. */
    record Match(Kind kind, double similarity) {
    }

    private final double threshold;
    private final int minWords;
    private final Alignment alignment = new Alignment();

    CopyMatcher(double threshold, int minWords) {
        this.threshold = threshold;
        this.minWords = minWords;
    }

    /**
     * The best way {@code later} copies {@code earlier}, or null if it does not; text glued on is named when
     * setting it aside makes the rest more alike (" Read more" is also two added words).
     */
    Match match(Words earlier, Words later) {
        if (earlier.sameWords(later)) {
            return new Match(Kind.EXACT, 1.0);
        }
        double near = similarity(earlier, 0, earlier.size(), later, 0, later.size());
        double glued = Math.max(withGlueSetAside(later, earlier, false), withGlueSetAside(earlier, later, true));
        if (glued > near && glued >= threshold) {
            return new Match(Kind.GLUED, glued);
        }
        return near >= threshold ? new Match(Kind.NEAR, near) : null;
    }

    /**
     * The best similarity of {@code other} to {@code glued} without a run of glued text at its start or end;
     * the run must start a sentence (or be written on with no space) and be short beside what it is glued to.
     */
    private double withGlueSetAside(Words glued, Words other, boolean gluedIsEarlier) {
        double best = -1;
        int size = glued.size();
        for (int extra = 1; extra <= MAX_GLUE && size - extra >= minWords; extra++) {
            int tail = size - extra;
            if (isGlueStart(glued, tail, extra, !glued.isClosed())) {
                best = Math.max(best, gluedIsEarlier
                        ? similarity(glued, 0, tail, other, 0, other.size())
                        : similarity(other, 0, other.size(), glued, 0, tail));
            }
            if (isGlueStart(glued, extra, extra, false)) {
                best = Math.max(best, gluedIsEarlier
                        ? similarity(glued, extra, size, other, 0, other.size())
                        : similarity(other, 0, other.size(), glued, extra, size));
            }
        }
        return best;
    }

    /**
     * Whether text of {@code extra} words can have been glued on at word {@code index} of {@code words}: it must
     * start a sentence and be no longer than what it is glued to. After a space, a sentence of its own (closed
     * by a full stop) may be a writer's addition: it must be at most {@value #MAX_SPACED_SENTENCE} words and
     * half as long as the rest.
     */
    private static boolean isGlueStart(Words words, int index, int extra, boolean unclosed) {
        int kept = words.size() - extra;
        if (!words.has(index, Words.SENTENCE_START) || extra > kept) {
            return false;
        }
        return words.has(index, Words.UNSPACED) || unclosed || extra <= MAX_SPACED_SENTENCE && extra * 2 <= kept;
    }

    /** {@code 1 - edits / words} of the two runs if they are within the threshold, or -1. */
    private double similarity(Words a, int aFrom, int aTo, Words b, int bFrom, int bTo) {
        int longer = Math.max(aTo - aFrom, bTo - bFrom);
        int maxEdits = Math.min(MAX_EDITS, (int) Math.floor((1 - threshold) * longer + 1e-9));
        int edits = alignment.distance(a, aFrom, aTo, b, bFrom, bTo, maxEdits);
        return edits == Alignment.NO_MATCH ? -1 : 1 - (double) edits / longer;
    }
}
