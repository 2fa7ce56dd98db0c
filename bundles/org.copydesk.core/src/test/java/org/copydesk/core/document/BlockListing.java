package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Blocks written out one a line as {@code KIND "text of the range"}, so a test can state a document's exact
 * segmentation as a text block. Line breaks, tabs and invisible characters in a range are shown escaped.
 */
final class BlockListing {
    private BlockListing() {
    }

    static String of(String text, List<Block> blocks) {
        return blocks.stream().map(block -> block.kind() + " \"" + escape(block.text(text)) + "\"")
                .collect(Collectors.joining("\n"));
    }

    static void assertBlocks(Format format, String text, String expected) {
        List<Block> blocks = Segmenter.of(format).segment(text);
        assertOrdered(text, blocks);
        assertEquals(expected.strip(), of(text, blocks));
    }

    /** Blocks come in document order, inside the text, and never overlap. */
    static void assertOrdered(String text, List<Block> blocks) {
        int previousEnd = 0;
        for (Block block : blocks) {
            if (block.start() < previousEnd || block.end() > text.length()) {
                throw new AssertionError("block " + block + " overlaps the one before or leaves the text (length "
                        + text.length() + "): " + blocks);
            }
            previousEnd = block.end();
        }
    }

    static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String resource(String path) {
        try (InputStream in = BlockListing.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
