package org.copydesk.core.document;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.copydesk.core.text.IntList;
import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * The non-blank lines of a plain text, in runs between blank lines, kept as two ints a line: blank lines are not
 * kept at all, and a run is looked at through a view made when asked for.
 */
final class LineRuns {
    private final int[] starts;
    private final int[] ends;
    /** The index of each run's first line, and the number of lines after the last. */
    private final int[] runStarts;

    private LineRuns(int[] starts, int[] ends, int[] runStarts) {
        this.starts = starts;
        this.ends = ends;
        this.runStarts = runStarts;
    }

    static LineRuns of(CharSequence text) {
        IntList starts = new IntList();
        IntList ends = new IntList();
        IntList runStarts = new IntList();
        boolean inRun = false;
        for (TextLines.Cursor line = new TextLines.Cursor(text, 0, text.length()); line.advance();) {
            if (line.isBlank()) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                runStarts.add(starts.size());
                inRun = true;
            }
            starts.add(line.start());
            ends.add(line.end());
        }
        runStarts.add(starts.size());
        return new LineRuns(starts.toArray(), ends.toArray(), runStarts.toArray());
    }

    /** The number of runs. */
    int size() {
        return runStarts.length - 1;
    }

    /** The lines of run {@code r}. */
    List<Line> run(int r) {
        return new Run(runStarts[r], runStarts[r + 1]);
    }

    private final class Run extends AbstractList<Line> implements RandomAccess {
        private final int from;
        private final int to;

        Run(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Line get(int index) {
            int i = from + index;
            if (i >= to) {
                throw new IndexOutOfBoundsException(index + " of " + size());
            }
            return new Line(starts[i], ends[i], i + 1 < to ? starts[i + 1] : ends[i]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
