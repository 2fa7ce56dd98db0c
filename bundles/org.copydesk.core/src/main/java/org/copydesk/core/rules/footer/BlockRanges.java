package org.copydesk.core.rules.footer;

import java.util.List;
import java.util.Set;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * Whether a range of the text lies in a block of some kinds: the opaque parts a footer is never looked for in
 * (code, front matter, comments, tables), or the headings. Answered by a binary search of the document's blocks,
 * so asking costs nothing per check and little per line.
 */
final class BlockRanges {
    private static final Set<Block.Kind> OPAQUE = Set.of(Block.Kind.CODE, Block.Kind.FRONT_MATTER, Block.Kind.COMMENT, Block.Kind.TABLE);
    private static final Set<Block.Kind> HEADING = Set.of(Block.Kind.HEADING);

    private final List<Block> blocks;
    private final Set<Block.Kind> kinds;

    private BlockRanges(List<Block> blocks, Set<Block.Kind> kinds) {
        this.blocks = blocks;
        this.kinds = kinds;
    }

    /** Code, front matter, comments and tables: never looked at. */
    static BlockRanges opaque(Document document) {
        return new BlockRanges(document.blocks(), OPAQUE);
    }

    static BlockRanges headings(Document document) {
        return new BlockRanges(document.blocks(), HEADING);
    }

    /** True if {@code [start, end)} (or the point {@code start}, when empty) lies partly inside one of the blocks. */
    boolean overlaps(int start, int end) {
        int last = Math.max(start, end - 1);
        int low = 0;
        int high = blocks.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).start() <= last) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        // blocks are in text order and do not overlap: only those ending after start can reach into the range
        for (int i = found; i >= 0 && blocks.get(i).end() > start; i--) {
            if (kinds.contains(blocks.get(i).kind())) {
                return true;
            }
        }
        return false;
    }
}
