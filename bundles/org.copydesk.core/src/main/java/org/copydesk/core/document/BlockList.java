package org.copydesk.core.document;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.copydesk.core.text.IntList;

/**
 * An immutable list of blocks kept as two ints and a byte each; a {@link Block} is made when asked for. A
 * document keeps its blocks as long as it is kept, and a text of one-word lines has a block every few characters.
 */
final class BlockList extends AbstractList<Block> implements RandomAccess {
    private static final Block.Kind[] KINDS = Block.Kind.values();
    static final BlockList EMPTY = new BlockList(new int[0], new int[0], null);

    private final int[] starts;
    private final int[] ends;
    /** The kind of each block, or null when every block is a paragraph. */
    private final byte[] kinds;

    private BlockList(int[] starts, int[] ends, byte[] kinds) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
    }

    static BlockList copyOf(List<Block> blocks) {
        if (blocks instanceof BlockList list) {
            return list;
        }
        Builder builder = new Builder();
        for (Block block : blocks) {
            builder.add(block.kind(), block.start(), block.end());
        }
        return builder.build();
    }

    @Override
    public Block get(int index) {
        return new Block(kinds == null ? Block.Kind.PARAGRAPH : KINDS[kinds[index]], starts[index], ends[index]);
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Whether every block is prose. */
    boolean allProse() {
        if (kinds == null) {
            return true;
        }
        for (byte kind : kinds) {
            if (kind != Block.Kind.PARAGRAPH.ordinal()) {
                return false;
            }
        }
        return true;
    }

    /** The blocks at {@code indexes}, in their order. */
    BlockList select(int[] indexes) {
        int[] selectedStarts = new int[indexes.length];
        int[] selectedEnds = new int[indexes.length];
        byte[] selectedKinds = kinds == null ? null : new byte[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            selectedStarts[i] = starts[indexes[i]];
            selectedEnds[i] = ends[indexes[i]];
            if (selectedKinds != null) {
                selectedKinds[i] = kinds[indexes[i]];
            }
        }
        return new BlockList(selectedStarts, selectedEnds, selectedKinds);
    }

    /** Collects blocks in document order. */
    static final class Builder {
        private final IntList starts = new IntList();
        private final IntList ends = new IntList();
        private byte[] kinds;

        void add(Block.Kind kind, int start, int end) {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
            }
            int index = starts.size();
            if (kind != Block.Kind.PARAGRAPH && kinds == null) {
                kinds = new byte[Math.max(16, index * 2)];
            }
            if (kinds != null) {
                if (index == kinds.length) {
                    kinds = java.util.Arrays.copyOf(kinds, index + (index >> 1) + 16);
                }
                kinds[index] = (byte) kind.ordinal();
            }
            starts.add(start);
            ends.add(end);
        }

        void add(Block block) {
            add(block.kind(), block.start(), block.end());
        }

        int size() {
            return starts.size();
        }

        BlockList build() {
            int size = starts.size();
            return new BlockList(starts.toArray(), ends.toArray(), kinds == null ? null : java.util.Arrays.copyOf(kinds, size));
        }
    }
}
