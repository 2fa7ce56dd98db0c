package org.copydesk.core.rules.quote;

import org.copydesk.core.document.BlockMemo;

/**
 * What {@link QuoteScanner} finds in a paragraph that continues no quotation, with offsets relative to the
 * paragraph: the quotations closed inside it (opening offset, closing offset and packed marks, three ints each, in
 * the order they close), the first marks without a partner (offset and packed mark, two ints each) and how many
 * there are, and the marks still open at its end (whether those continue into the next paragraph depends on that
 * paragraph, and is decided anew each time). Depends on the paragraph's text and the document's format alone
 * (AsciiDoc writes curved quotes with backticks), so an edited document takes it over: it is remembered under
 * the format. Marks are packed as {@link QuoteScan.Marks} says.
 */
record ScannedParagraph(int[] quotations, int[] unbalanced, int unbalancedCount, int[] open) {
    static final BlockMemo.Key<ScannedParagraph> KEY = new BlockMemo.Key<>();
}
