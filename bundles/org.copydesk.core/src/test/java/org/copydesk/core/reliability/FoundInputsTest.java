package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;

/** Inputs the property runs and the fuzzer found that broke the engine, each with what it must give now. */
class FoundInputsTest {

    /**
     * commonmark-java's front matter parser throws on a value that is a lone quote mark (found by the long
     * property run, shrunk to these 7 characters); Document.parse threw, so the whole check of the file failed.
     */
    @Test
    void frontMatterValueThatIsALoneQuote() {
        assertBlocks("---\ne:'", List.of(new Block(Block.Kind.FRONT_MATTER, 0, 7)));
        String closed = "---\ntitle: \"\n---\n\nThe council approved the budget.\n";
        assertBlocks(closed, List.of(new Block(Block.Kind.FRONT_MATTER, 0, 16), new Block(Block.Kind.PARAGRAPH, 18, 50)));
        Invariants.assertAll(Format.MARKDOWN, closed);
        Invariants.assertAll(Format.MARKDOWN, "\uFEFF---\r\nkey: '\r\n...\r\n# Title\r\n\r\nText.");
    }

    /** Block quotes ten thousand deep: the tree walk recursed once per level and overflowed the stack. */
    @Test
    void markdownContainersTenThousandDeep() {
        String quotes = "> ".repeat(10_000) + "The council approved the budget.\n";
        assertBlocks(quotes, List.of(new Block(Block.Kind.PARAGRAPH, 20_000, 20_032)));
        String lists = "- ".repeat(10_000) + "Item.\n\nAfter the list.\n";
        assertBlocks(lists, List.of(new Block(Block.Kind.PARAGRAPH, 20_000, 20_005), new Block(Block.Kind.PARAGRAPH, 20_007, 20_022)));
    }

    private static void assertBlocks(String text, List<Block> expected) {
        assertEquals(expected, Document.parse(text, Format.MARKDOWN).blocks());
        Invariants.assertAll(Format.MARKDOWN, text);
    }
}
