package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/**
 * The blocks of some kinds in a document, for quick "is this line inside one" questions: the opaque parts a
 * footer is never looked for in (code, front matter, comments, tables), or the headings.
 */
final class BlockRanges {
    private static final Set<Block.Kind> OPAQUE = Set.of(Block.Kind.CODE, Block.Kind.FRONT_MATTER, Block.Kind.COMMENT, Block.Kind.TABLE);

    private final int[] starts;
    private final int[] ends;

    private BlockRanges(List<Block> blocks) {
        starts = blocks.stream().mapToInt(Block::start).toArray();
        ends = blocks.stream().mapToInt(Block::end).toArray();
    }

    /** Code, front matter, comments and tables: never looked at. */
    static BlockRanges opaque(Document document) {
        return of(document, OPAQUE);
    }

    static BlockRanges headings(Document document) {
        return of(document, Set.of(Block.Kind.HEADING));
    }

    private static BlockRanges of(Document document, Set<Block.Kind> kinds) {
        List<Block> chosen = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (kinds.contains(block.kind())) {
                chosen.add(block);
            }
        }
        return new BlockRanges(chosen);
    }

    /** True if {@code [start, end)} (or the point {@code start}, when empty) lies partly inside one of the blocks. */
    boolean overlaps(int start, int end) {
        int last = Math.max(start, end - 1);
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= last) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && ends[found] > start;
    }
}
