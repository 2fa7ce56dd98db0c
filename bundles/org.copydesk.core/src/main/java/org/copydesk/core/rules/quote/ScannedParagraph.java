package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.document.BlockMemo;

/**
 * What {@link QuoteScanner} finds in a paragraph that continues no quotation, with offsets relative to the
 * paragraph: the quotations closed inside it, the marks without a partner, and the marks still open at its end
 * (whether those continue into the next paragraph depends on that paragraph, and is decided anew each time).
 * Depends on the paragraph's text and the document's format alone (AsciiDoc writes curved quotes with backticks),
 * so an edited document takes it over: it is remembered under the format.
 */
record ScannedParagraph(List<Closed> quotations, List<Lone> unbalanced, List<Lone> open) {
    static final BlockMemo.Key<ScannedParagraph> KEY = new BlockMemo.Key<>();

    /** A quotation opened and closed inside the paragraph; {@code index} counts from the paragraph's first. */
    record Closed(int index, int depth, Mark mark, int open, int openEnd, int close, int closeEnd) {
    }

    /** A mark alone: unbalanced, or open at the paragraph's end. */
    record Lone(int offset, int length, Mark mark, boolean opening) {
    }

    /** Keeps the scan of the paragraph at {@code start}, whose first quotation had index {@code firstIndex}. */
    static ScannedParagraph of(int start, int firstIndex, List<Quotation> quotations, List<UnbalancedMark> unbalanced,
            List<Lone> open) {
        List<Closed> closed = new ArrayList<>(quotations.size());
        for (Quotation quotation : quotations) {
            Quotation.Part part = quotation.first();
            closed.add(new Closed(quotation.index() - firstIndex, quotation.depth(), quotation.mark(), part.open() - start,
                    part.openEnd() - start, part.close() - start, part.closeEnd() - start));
        }
        List<Lone> lone = new ArrayList<>(unbalanced.size());
        for (UnbalancedMark mark : unbalanced) {
            lone.add(new Lone(mark.offset() - start, mark.length(), mark.mark(), mark.opening()));
        }
        return new ScannedParagraph(List.copyOf(closed), List.copyOf(lone), List.copyOf(open));
    }
}
