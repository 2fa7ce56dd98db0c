package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;

/** The parts of a document a footer is never looked for in: code, front matter, comments, tables. */
final class Opaque {
    private final int[] starts;
    private final int[] ends;

    private Opaque(List<Block> blocks) {
        starts = blocks.stream().mapToInt(Block::start).toArray();
        ends = blocks.stream().mapToInt(Block::end).toArray();
    }

    static Opaque of(Document document) {
        List<Block> opaque = new ArrayList<>();
        for (Block block : document.blocks()) {
            switch (block.kind()) {
                case CODE, FRONT_MATTER, COMMENT, TABLE -> opaque.add(block);
                default -> { }
            }
        }
        return new Opaque(opaque);
    }

    /** True if {@code [start, end)} (or the point {@code start}, when empty) lies partly inside an opaque block. */
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
