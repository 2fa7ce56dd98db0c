package org.copydesk.core.document;

import java.util.List;

/** Cuts a text into blocks with exact source ranges, in document order, without overlaps. */
public interface Segmenter {
    List<Block> segment(String text);

    static Segmenter of(Format format) {
        return switch (format) {
            case PLAIN_TEXT -> new PlainTextSegmenter();
            case MARKDOWN -> new MarkdownSegmenter();
            case ASCIIDOC -> new AsciiDocSegmenter();
        };
    }
}
