package org.copydesk.core.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A text to check, segmented into blocks. Immutable, apart from a memo of analyses that several rules share
 * (see {@link Key}), so the expensive ones run once per document.
 */
public final class Document {
    private final String name;
    private final String text;
    private final Format format;
    private final List<Block> blocks;
    private final List<Block> paragraphs;
    private final Map<Key<?>, Object> memo = new ConcurrentHashMap<>();
    private volatile LineMap lines;

    private Document(String name, String text, Format format, List<Block> blocks) {
        this.name = name;
        this.text = text;
        this.format = format;
        this.blocks = List.copyOf(blocks);
        this.paragraphs = this.blocks.stream().filter(Block::isProse).toList();
    }

    /** Segments {@code text} as {@code format}; {@code name} (a path, or null) is only used in messages. */
    public static Document parse(String name, String text, Format format) {
        return new Document(name, text, format, Segmenter.of(format).segment(text));
    }

    public static Document parse(String text, Format format) {
        return parse(null, text, format);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public Format format() {
        return format;
    }

    /** Every block, prose or not, in document order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The prose blocks: what the checks read. */
    public List<Block> paragraphs() {
        return paragraphs;
    }

    public LineMap lines() {
        LineMap result = lines;
        if (result == null) {
            result = new LineMap(text);
            lines = result;
        }
        return result;
    }

    /** The analysis {@code key} stands for, computed on first use and then shared. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        return (T) memo.computeIfAbsent(key, k -> k.compute.apply(this));
    }

    /** Names an analysis of a document that several rules use. Keep keys in static final fields. */
    public static final class Key<T> {
        private final Function<Document, T> compute;

        public Key(Function<Document, T> compute) {
            this.compute = compute;
        }
    }
}
