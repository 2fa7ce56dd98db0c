package org.copydesk.core.document;

import java.util.List;

import org.copydesk.core.TextEdit;

/** Cuts a text into blocks with exact source ranges, in document order, without overlaps. */
public interface Segmenter {
    List<Block> segment(String text);

    /** The blocks of a text, with whatever the segmenter keeps to revise them after an edit. */
    interface Segmentation {
        List<Block> blocks();
    }

    /** Segments {@code text}, keeping what {@link #revise} needs. */
    default Segmentation segmentation(String text) {
        List<Block> blocks = segment(text);
        return () -> blocks;
    }

    /**
     * The segmentation of {@code text}, which is the previous text with {@code edit} applied: always exactly
     * {@link #segmentation(String)} of it, found by segmenting anew unless the segmenter can do less.
     */
    default Segmentation revise(Segmentation previous, String text, TextEdit edit) {
        return segmentation(text);
    }

    static Segmenter of(Format format) {
        return switch (format) {
            case PLAIN_TEXT -> new PlainTextSegmenter();
            case MARKDOWN -> new MarkdownSegmenter();
            case ASCIIDOC -> new AsciiDocSegmenter();
        };
    }
}
