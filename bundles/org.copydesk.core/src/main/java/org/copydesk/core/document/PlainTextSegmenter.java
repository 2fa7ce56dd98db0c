package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * Plain text: paragraphs are separated by blank lines, or each sit on a line of their own (CMS exports), or are
 * hard-wrapped over several lines; {@link WrapWidth} and {@link LineParagraphs} tell the last two apart.
 */
final class PlainTextSegmenter implements Segmenter {
    @Override
    public List<Block> segment(String text) {
        List<List<Line>> runs = runsOfNonBlankLines(text);
        WrapWidth wrapWidth = WrapWidth.of(text, runs);
        List<Block> blocks = new ArrayList<>();
        for (List<Line> run : runs) {
            blocks.addAll(LineParagraphs.of(text, run, wrapWidth.forRun(text, run)));
        }
        return blocks;
    }

    private static List<List<Line>> runsOfNonBlankLines(String text) {
        List<List<Line>> runs = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line line : TextLines.of(text)) {
            if (!line.isBlank(text)) {
                run.add(line);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
