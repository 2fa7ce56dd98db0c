package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * Every quotation and every unbalanced quotation mark in a document's prose, found in one pass by
 * {@link QuoteScanner}. Both quotation rules read it through {@link #KEY}, so the scan runs once per document.
 */
final class QuoteScan {
    static final Document.Key<QuoteScan> KEY = new Document.Key<>(QuoteScanner::scan);

    private final List<Block> paragraphs;
    private final boolean[] followedDirectly;
    private final List<Quotation> quotations;
    private final List<UnbalancedMark> unbalanced;
    private final BitSet troubled;
    private final List<List<Quotation.Part>> topLevelParts;

    QuoteScan(List<Block> paragraphs, boolean[] followedDirectly, List<Quotation> quotations,
            List<UnbalancedMark> unbalanced, BitSet troubled) {
        this.paragraphs = paragraphs;
        this.followedDirectly = followedDirectly;
        this.quotations = List.copyOf(quotations);
        this.unbalanced = List.copyOf(unbalanced);
        this.troubled = troubled;
        List<List<Quotation.Part>> parts = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            parts.add(null);
        }
        for (Quotation quotation : this.quotations) {
            if (quotation.depth() == 0) {
                for (Quotation.Part part : quotation.parts()) {
                    if (parts.get(part.paragraph()) == null) {
                        parts.set(part.paragraph(), new ArrayList<>());
                    }
                    parts.get(part.paragraph()).add(part);
                }
            }
        }
        for (List<Quotation.Part> list : parts) {
            if (list != null) {
                list.sort(Comparator.comparingInt(Quotation.Part::open));
            }
        }
        this.topLevelParts = parts;
    }

    /** The prose paragraphs, as {@link Document#paragraphs()}; parts and marks refer to them by index. */
    List<Block> paragraphs() {
        return paragraphs;
    }

    /** True if paragraph {@code i} is followed by paragraph {@code i + 1} with nothing but comments between. */
    boolean followedDirectly(int i) {
        return followedDirectly[i];
    }

    /** Every quotation, nested ones included, in the order they close. */
    List<Quotation> quotations() {
        return quotations;
    }

    List<UnbalancedMark> unbalanced() {
        return unbalanced;
    }

    /** True if paragraph {@code i} holds an unbalanced mark: its quotations cannot be trusted. */
    boolean isTroubled(int i) {
        return troubled.get(i);
    }

    /** The parts of top-level quotations in paragraph {@code i}, in text order. */
    List<Quotation.Part> topLevelParts(int i) {
        List<Quotation.Part> parts = topLevelParts.get(i);
        return parts == null ? List.of() : parts;
    }
}
