package org.copydesk.core.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.copydesk.core.TextEdit;

/**
 * A text to check, segmented into blocks. Immutable, apart from a memo of analyses that several rules share
 * (see {@link Key}), so the expensive ones run once per document, and, for a document that is edited and
 * checked again (see {@link #revise}), a {@link BlockMemo} of per-block analyses the next version takes over.
 */
public final class Document {
    private final String name;
    private final String text;
    private final Format format;
    private final List<Block> blocks;
    private final List<Block> paragraphs;
    /** The block index of each paragraph, or null when every block is a paragraph. */
    private final int[] paragraphBlocks;
    private final Map<Key<?>, Object> memo = new ConcurrentHashMap<>();
    private final BlockMemo blockMemo;
    /** Analyses of the version before, with the edit that made this one, for keys that can revise them. */
    private final Map<Key<?>, Object> previous;
    private final TextEdit edit;
    private final Segmenter.Segmentation segmentation;
    private volatile LineMap lines;

    private Document(String name, String text, Format format, Segmenter.Segmentation segmentation, Document before,
            TextEdit edit, boolean revisable) {
        this.name = name;
        this.text = text;
        this.format = format;
        this.segmentation = revisable ? segmentation : null;
        BlockList all = BlockList.copyOf(segmentation.blocks());
        this.blocks = all;
        if (all.allProse()) {
            // plain text: every block is a paragraph, and a paragraph's index is its block's
            this.paragraphs = all;
            this.paragraphBlocks = null;
        } else {
            int[] indexes = new int[all.size()];
            int count = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isProse()) {
                    indexes[count++] = i;
                }
            }
            this.paragraphBlocks = java.util.Arrays.copyOf(indexes, count);
            this.paragraphs = all.select(paragraphBlocks);
        }
        this.edit = edit;
        if (before == null) {
            this.blockMemo = revisable ? BlockMemo.empty(this.blocks.size(), paragraphBlocks) : BlockMemo.NONE;
            this.previous = Map.of();
        } else {
            this.blockMemo = before.blockMemo.carry(before.blocks, this.blocks, paragraphBlocks, edit);
            this.previous = before.revisableAnalyses();
            LineMap beforeLines = before.lines;
            if (beforeLines != null) {
                this.lines = beforeLines.revise(text, edit);
            }
        }
    }

    /** Segments {@code text} as {@code format}; {@code name} (a path, or null) is only used in messages. */
    public static Document parse(String name, String text, Format format) {
        List<Block> blocks = Segmenter.of(format).segment(text);
        return new Document(name, text, format, () -> blocks, null, null, false);
    }

    public static Document parse(String text, Format format) {
        return parse(null, text, format);
    }

    /** As {@link #parse}, for a document that will be edited and checked again: see {@link #revise}. */
    public static Document revisable(String name, String text, Format format) {
        return new Document(name, text, format, Segmenter.of(format).segmentation(text), null, null, true);
    }

    /**
     * The next version of this document, after {@code edit}: the same as {@link #parse} of the edited text, but
     * taking over what the edit leaves valid of this version's per-block analyses ({@link #blockMemo}), of the
     * shared analyses that know how to revise themselves ({@link Key#Key(Function, BiFunction)}) and of its
     * line map, so that checking it costs little more than the edited blocks.
     */
    public Document revise(TextEdit edit) {
        if (edit.end() > text.length()) {
            throw new IllegalArgumentException("edit [" + edit.offset() + ", " + edit.end() + ") outside a text of " + text.length());
        }
        String revised = new StringBuilder(text.length() + edit.replacement().length() - edit.length())
                .append(text, 0, edit.offset()).append(edit.replacement()).append(text, edit.end(), text.length())
                .toString();
        return revise(revised, edit);
    }

    /** As {@link #revise(TextEdit)}, given the edited text too (which must be this text with {@code edit} applied). */
    public Document revise(String revisedText, TextEdit edit) {
        Segmenter segmenter = Segmenter.of(format);
        Segmenter.Segmentation revised = segmentation == null ? segmenter.segmentation(revisedText)
                : segmenter.revise(segmentation, revisedText, edit);
        return new Document(name, revisedText, format, revised, this, edit, true);
    }

    private Map<Key<?>, Object> revisableAnalyses() {
        Map<Key<?>, Object> revisable = new java.util.HashMap<>();
        memo.forEach((key, value) -> {
            if (key.revise != null) {
                revisable.put(key, value);
            }
        });
        return revisable;
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

    /** The index in {@link #blocks()} of paragraph {@code paragraph}. */
    public int blockIndex(int paragraph) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            throw new IndexOutOfBoundsException(paragraph + " of " + paragraphs.size());
        }
        return paragraphBlocks == null ? paragraph : paragraphBlocks[paragraph];
    }

    /** Per-block analyses carried from version to version; remembers nothing unless the document is revisable. */
    public BlockMemo blockMemo() {
        return blockMemo;
    }

    /** The edit that made this version from the one before, or null if it was parsed. */
    public TextEdit edit() {
        return edit;
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
        Object known = memo.get(key);
        if (known != null) {
            return (T) known;
        }
        Object before = previous.get(key);
        T value = before != null ? ((BiFunction<T, Document, T>) key.revise).apply((T) before, this) : key.compute.apply(this);
        Object raced = memo.putIfAbsent(key, value);
        return raced != null ? (T) raced : value;
    }

    /** Names an analysis of a document that several rules use. Keep keys in static final fields. */
    public static final class Key<T> {
        private final Function<Document, T> compute;
        private final BiFunction<T, Document, T> revise;

        public Key(Function<Document, T> compute) {
            this(compute, null);
        }

        /**
         * A key whose analysis a revised document works out from the previous version's: {@code revise} is given
         * that analysis and the new document (whose {@link Document#edit()} says what changed).
         */
        public Key(Function<Document, T> compute, BiFunction<T, Document, T> revise) {
            this.compute = compute;
            this.revise = revise;
        }
    }
}
