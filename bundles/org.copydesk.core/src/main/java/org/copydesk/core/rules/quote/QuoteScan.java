package org.copydesk.core.rules.quote;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

import org.copydesk.core.Checker;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * Every quotation and every unbalanced quotation mark in a document's prose, found in one pass by
 * {@link QuoteScanner}. Both quotation rules read it through {@link #KEY}, so the scan runs once per document.
 *
 * <p>A document keeps its scan as long as it is kept, and a text of nothing but quotation marks holds one
 * quotation every few characters: so the scan is kept in int arrays (twelve bytes a quotation), and
 * {@link Quotation} and {@link Quotation.Part} values are made when asked for. They are values: compare them with
 * {@code equals}. Where quotations are as sparse as in prose (one in {@value #SPARSE_CHARS} characters or fewer),
 * each is kept once made, as the rules ask for each several times. Of the marks without a partner only the first
 * {@link #KEPT_UNBALANCED} are kept, with their count.
 */
final class QuoteScan {
    static final Document.Key<QuoteScan> KEY = new Document.Key<>(QuoteScanner::scan);

    /** Unbalanced marks kept with their place: one more than the engine reports one by one, to place the rest. */
    static final int KEPT_UNBALANCED = Checker.REPORTED_PER_RULE + 1;
    /** Quotations made are kept where there is at most one in this many characters: a few bytes a character. */
    static final int SPARSE_CHARS = 32;

    private final List<Block> paragraphs;
    private final BitSet notFollowedDirectly;
    /** Per quotation, in the order they close: the offset of its (last part's) opening and closing mark. */
    private final int[] opens;
    private final int[] closes;
    /** Per quotation: its depth, mark and the lengths of its marks, see {@link Marks}. */
    private final int[] marks;
    private final Earlier earlier;
    private final int[] loneOffsets;
    private final int[] loneMarks;
    private final int unbalancedCount;
    private final BitSet troubled;
    /** The quotations made so far, where they are sparse; else null. */
    private final Quotation[] made;

    /** What the scanner found: quotations and lone marks in its arrays, parts before the last in {@code earlier}. */
    QuoteScan(int textLength, List<Block> paragraphs, BitSet notFollowedDirectly, int[] opens, int[] closes, int[] marks,
            Earlier earlier, int[] loneOffsets, int[] loneMarks, int unbalancedCount, BitSet troubled) {
        this.paragraphs = paragraphs;
        this.notFollowedDirectly = notFollowedDirectly;
        this.opens = opens;
        this.closes = closes;
        this.marks = marks;
        this.earlier = earlier;
        this.loneOffsets = loneOffsets;
        this.loneMarks = loneMarks;
        this.unbalancedCount = unbalancedCount;
        this.troubled = troubled;
        this.made = closes.length <= textLength / SPARSE_CHARS ? new Quotation[closes.length] : null;
    }

    /**
     * How a quotation's or a lone mark's depth, mark, mark lengths and direction are packed into one int: the
     * mark's ordinal in the low four bits, then the opening mark's length less one, the closing mark's length less
     * one, whether a lone mark opens, and the depth above.
     */
    static final class Marks {
        private static final Mark[] MARKS = Mark.values();

        private Marks() {
        }

        static int pack(Mark mark, int depth, int openLength, int closeLength, boolean opening) {
            return mark.ordinal() | (openLength - 1) << 4 | (closeLength - 1) << 5 | (opening ? 1 : 0) << 6 | depth << 7;
        }

        static Mark mark(int packed) {
            return MARKS[packed & 0xF];
        }

        static int openLength(int packed) {
            return (packed >>> 4 & 1) + 1;
        }

        static int closeLength(int packed) {
            return (packed >>> 5 & 1) + 1;
        }

        static boolean opening(int packed) {
            return (packed >>> 6 & 1) != 0;
        }

        static int depth(int packed) {
            return packed >>> 7;
        }
    }

    /**
     * The parts before the last of quotations that run over several paragraphs, in the order of their quotations
     * and so of their paragraphs: each opens with a mark and runs to its paragraph's end, and at most one such part
     * ends a paragraph (only a paragraph with one quotation left open goes on into the next).
     */
    record Earlier(int[] quotation, int[] paragraph, int[] open, int[] openLength, int[] end) {
        static final Earlier NONE = new Earlier(new int[0], new int[0], new int[0], new int[0], new int[0]);

        int size() {
            return quotation.length;
        }

        /** The first entry of quotation {@code q}, or -1. */
        int first(int q) {
            int i = Arrays.binarySearch(quotation, q);
            if (i < 0) {
                return -1;
            }
            while (i > 0 && quotation[i - 1] == q) {
                i--;
            }
            return i;
        }
    }

    /** The prose paragraphs, as {@link Document#paragraphs()}; parts and marks refer to them by index. */
    List<Block> paragraphs() {
        return paragraphs;
    }

    /** True if paragraph {@code i} is followed by paragraph {@code i + 1} with nothing but comments between. */
    boolean followedDirectly(int i) {
        return i + 1 < paragraphs.size() && !notFollowedDirectly.get(i);
    }

    /** Every quotation, nested ones included, in the order they close. */
    List<Quotation> quotations() {
        return new Quotations();
    }

    /** The marks without a partner, in text order: at most {@link #KEPT_UNBALANCED}, see {@link #unbalancedCount()}. */
    List<UnbalancedMark> unbalanced() {
        return new UnbalancedMarks();
    }

    /** How many marks have no partner, kept or not. */
    int unbalancedCount() {
        return unbalancedCount;
    }

    /** True if paragraph {@code i} holds an unbalanced mark: its quotations cannot be trusted. */
    boolean isTroubled(int i) {
        return troubled.get(i);
    }

    /** The parts of top-level quotations in paragraph {@code i}, in text order. */
    List<Quotation.Part> topLevelParts(int i) {
        Block paragraph = paragraphs.get(i);
        List<Quotation.Part> parts = null;
        // quotations close in text order: those closed in the paragraph are one stretch of the arrays
        for (int q = firstClosingFrom(paragraph.start()); q < closes.length && closes[q] < paragraph.end(); q++) {
            if (Marks.depth(marks[q]) == 0) {
                parts = add(parts, made != null ? quotation(q).last() : part(q, i));
            }
        }
        // a quotation going on in the next paragraph opens last in this one
        int e = earlierPartIn(i);
        if (e >= 0) {
            int q = earlier.quotation()[e];
            Quotation quotation = quotation(q);
            parts = add(parts, quotation.parts().get(e - earlier.first(q)));
        }
        return parts == null ? List.of() : parts;
    }

    private static List<Quotation.Part> add(List<Quotation.Part> parts, Quotation.Part part) {
        List<Quotation.Part> list = parts == null ? new ArrayList<>(2) : parts;
        list.add(part);
        return list;
    }

    private int firstClosingFrom(int offset) {
        int i = Arrays.binarySearch(closes, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The part going on after paragraph {@code paragraph}, or -1: such parts come in paragraph order. */
    private int earlierPartIn(int paragraph) {
        int e = earlier.size() == 0 ? -1 : Arrays.binarySearch(earlier.paragraph(), paragraph);
        return e >= 0 && Marks.depth(marks[earlier.quotation()[e]]) == 0 ? e : -1;
    }

    /** The last part of quotation {@code q}, which lies in paragraph {@code paragraph}. */
    private Quotation.Part part(int q, int paragraph) {
        return new Quotation.Part(q, paragraph, opens[q], opens[q] + Marks.openLength(marks[q]), closes[q],
                closes[q] + Marks.closeLength(marks[q]));
    }

    Quotation quotation(int q) {
        Quotation quotation = made == null ? null : made[q];
        if (quotation == null) {
            quotation = make(q);
            if (made != null) {
                made[q] = quotation; // a value: a racing thread makes an equal one
            }
        }
        return quotation;
    }

    private Quotation make(int q) {
        int packed = marks[q];
        Quotation.Part last = part(q, paragraphAt(closes[q]));
        int e = earlier.size() == 0 ? -1 : earlier.first(q);
        if (e < 0) {
            return new Quotation(q, Marks.depth(packed), Marks.mark(packed), List.of(last));
        }
        List<Quotation.Part> parts = new ArrayList<>();
        for (; e < earlier.size() && earlier.quotation()[e] == q; e++) {
            parts.add(new Quotation.Part(q, earlier.paragraph()[e], earlier.open()[e],
                    earlier.open()[e] + earlier.openLength()[e], earlier.end()[e], earlier.end()[e]));
        }
        parts.add(last);
        return new Quotation(q, Marks.depth(packed), Marks.mark(packed), parts);
    }

    /** The index of the paragraph holding {@code offset}. */
    private int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The quotations, made when asked for. */
    private final class Quotations extends AbstractList<Quotation> implements RandomAccess {
        @Override
        public Quotation get(int index) {
            return quotation(index);
        }

        @Override
        public int size() {
            return closes.length;
        }
    }

    /** The kept unbalanced marks, made when asked for. */
    private final class UnbalancedMarks extends AbstractList<UnbalancedMark> implements RandomAccess {
        @Override
        public UnbalancedMark get(int index) {
            int packed = loneMarks[index];
            int offset = loneOffsets[index];
            return new UnbalancedMark(offset, Marks.openLength(packed), Marks.mark(packed), Marks.opening(packed),
                    paragraphAt(offset));
        }

        @Override
        public int size() {
            return loneOffsets.length;
        }
    }
}
