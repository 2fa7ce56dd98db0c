package org.copydesk.core.document;

import java.util.List;

/**
 * Plain text: paragraphs are separated by blank lines, or each sit on a line of their own (CMS exports), or are
 * hard-wrapped over several lines; {@link WrapWidth} and {@link LineParagraphs} tell the last two apart.
 */
final class PlainTextSegmenter implements Segmenter {
    @Override
    public List<Block> segment(String text) {
        LineRuns runs = LineRuns.of(text);
        WrapWidth wrapWidth = WrapWidth.of(text, runs);
        BlockList.Builder blocks = new BlockList.Builder();
        for (int r = 0; r < runs.size(); r++) {
            List<org.copydesk.core.text.TextLines.Line> run = runs.run(r);
            LineParagraphs.of(text, run, wrapWidth.forRun(text, run), blocks);
        }
        return blocks.build();
    }
}
