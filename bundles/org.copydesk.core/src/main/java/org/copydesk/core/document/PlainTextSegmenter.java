package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * Plain text: paragraphs are separated by blank lines, or each sit on a line of their own (CMS exports),
 * or are hard-wrapped over several lines; {@link LineParagraphs} tells the last two apart.
 */
final class PlainTextSegmenter implements Segmenter {
    @Override
    public List<Block> segment(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line line : TextLines.of(text)) {
            if (line.isBlank(text)) {
                flush(text, run, blocks);
            } else {
                run.add(line);
            }
        }
        flush(text, run, blocks);
        return blocks;
    }

    private static void flush(String text, List<Line> run, List<Block> blocks) {
        if (!run.isEmpty()) {
            blocks.addAll(LineParagraphs.of(text, run, true));
            run.clear();
        }
    }
}
