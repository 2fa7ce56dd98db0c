package org.copydesk.core.document;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.copydesk.core.TextEdit;

/**
 * Analyses of single blocks that a revised document takes over from the version before it, so that re-checking
 * after an edit costs the blocks the edit touched, not the whole document. A check stores what it worked out
 * about a block together with the range of text that analysis read; a revision keeps every entry whose range
 * the edit left alone, at the block's new index. Values must therefore depend on nothing but the text they
 * read and the options they are stored under, and must not hold offsets into the text (positions shift).
 *
 * <p>Only documents made with {@link Document#revisable} or {@link Document#revise} remember anything; for the
 * others {@link #get} always misses and {@link #put} does nothing, so a one-off check pays nothing. Entries are
 * written by the thread that checks the document; a revisable document is checked by one thread at a time.
 */
public final class BlockMemo {
    static final BlockMemo NONE = new BlockMemo(null, null);

    /** Names one kind of analysis. Keep keys in static final fields. */
    public static final class Key<T> {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final int id = COUNT.getAndIncrement();
    }

    /** One analysis of one block: the options it was made under, and the text it read, relative to the block. */
    private record Entry(Object options, Object value, int readBefore, int readAfter) {
    }

    /** Per block, entries by key id; null where nothing is remembered. */
    private final Entry[][] entries;
    /** The block index of each paragraph, or null when every block is a paragraph. */
    private final int[] paragraphBlocks;

    private BlockMemo(Entry[][] entries, int[] paragraphBlocks) {
        this.entries = entries;
        this.paragraphBlocks = paragraphBlocks;
    }

    static BlockMemo empty(int blocks, int[] paragraphBlocks) {
        return new BlockMemo(new Entry[blocks][], paragraphBlocks);
    }

    /** A memo that remembers nothing, for analyses run outside a document. */
    public static BlockMemo disabled() {
        return NONE;
    }

    public boolean isEnabled() {
        return entries != null;
    }

    /** What was stored for paragraph {@code paragraph} (an index into {@link Document#paragraphs()}) under these options, or null. */
    public <T> T paragraph(Key<T> key, int paragraph, Object options) {
        return entries == null ? null : block(key, blockOf(paragraph), options);
    }

    /** What was stored for block {@code block} (an index into {@link Document#blocks()}) under these options, or null. */
    @SuppressWarnings("unchecked")
    public <T> T block(Key<T> key, int block, Object options) {
        if (entries == null) {
            return null;
        }
        Entry[] forBlock = entries[block];
        if (forBlock == null || key.id >= forBlock.length) {
            return null;
        }
        Entry entry = forBlock[key.id];
        return entry != null && entry.options.equals(options) ? (T) entry.value : null;
    }

    /**
     * Remembers {@code value} for paragraph {@code paragraph}; {@code [readFrom, readTo)} is the text it was
     * worked out from, which must hold the paragraph. Returns the value.
     */
    public <T> T putParagraph(Key<T> key, int paragraph, Object options, T value, Block block, int readFrom, int readTo) {
        return entries == null ? value : putBlock(key, blockOf(paragraph), options, value, block, readFrom, readTo);
    }

    private int blockOf(int paragraph) {
        return paragraphBlocks == null ? paragraph : paragraphBlocks[paragraph];
    }

    /** As {@link #putParagraph}, for block {@code index} of {@link Document#blocks()}. */
    public <T> T putBlock(Key<T> key, int index, Object options, T value, Block block, int readFrom, int readTo) {
        if (entries == null) {
            return value;
        }
        if (readFrom > block.start() || readTo < block.end()) {
            throw new IllegalArgumentException("an analysis reads at least its block");
        }
        Entry[] forBlock = entries[index];
        if (forBlock == null || key.id >= forBlock.length) {
            Entry[] grown = new Entry[Math.max(key.id + 1, Key.COUNT.get())];
            if (forBlock != null) {
                System.arraycopy(forBlock, 0, grown, 0, forBlock.length);
            }
            entries[index] = grown;
            forBlock = grown;
        }
        forBlock[key.id] = new Entry(options, value, block.start() - readFrom, readTo - block.end());
        return value;
    }

    /**
     * The entries of {@code previous} that {@code edit} leaves valid, at their blocks' places in {@code blocks}.
     * A block keeps its entries if it is found again with the same range, shifted when it lies after the edit,
     * and each entry only if the text it read lies wholly before or after the edit, at least a character away.
     */
    BlockMemo carry(List<Block> previousBlocks, List<Block> blocks, int[] newParagraphBlocks, TextEdit edit) {
        BlockMemo revised = empty(blocks.size(), newParagraphBlocks);
        if (entries == null) {
            return revised;
        }
        int editStart = edit.offset();
        int editEnd = edit.end();
        int delta = edit.replacement().length() - edit.length();
        int j = 0;
        for (int i = 0; i < previousBlocks.size(); i++) {
            Entry[] forBlock = entries[i];
            if (forBlock == null) {
                continue;
            }
            Block old = previousBlocks.get(i);
            boolean before = old.end() < editStart;
            boolean after = old.start() > editEnd;
            if (!before && !after) {
                continue;
            }
            int shift = after ? delta : 0;
            int start = old.start() + shift;
            while (j < blocks.size() && blocks.get(j).start() < start) {
                j++;
            }
            if (j == blocks.size()) {
                break;
            }
            Block now = blocks.get(j);
            if (now.start() != start || now.end() != old.end() + shift || now.kind() != old.kind()) {
                continue;
            }
            Entry[] kept = null;
            for (int k = 0; k < forBlock.length; k++) {
                Entry entry = forBlock[k];
                if (entry != null && (before ? old.end() + entry.readAfter < editStart
                        : old.start() - entry.readBefore > editEnd)) {
                    if (kept == null) {
                        kept = new Entry[forBlock.length];
                    }
                    kept[k] = entry;
                }
            }
            revised.entries[j] = kept;
        }
        return revised;
    }
}
