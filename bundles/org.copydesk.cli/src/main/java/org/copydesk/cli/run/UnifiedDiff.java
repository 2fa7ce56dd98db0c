package org.copydesk.cli.run;

import java.util.List;

import org.copydesk.core.text.TextLines;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A unified diff of two versions of a file, as {@code git apply} and {@code patch -p1} take it. Lines keep their
 * own line breaks (a CRLF file gives CRLF lines), and a last line without one is marked
 * {@code \ No newline at end of file}, so the diff says exactly what {@code fix} would write.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff, or the empty string if the texts are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            while (j + 1 < deltas.size() && gap(deltas.get(j), deltas.get(j + 1)) <= 2 * CONTEXT) {
                j++;
            }
            hunk(out, a, b, deltas.subList(i, j + 1));
            i = j + 1;
        }
        return out.toString();
    }

    private static int gap(AbstractDelta<String> first, AbstractDelta<String> next) {
        return next.getSource().getPosition() - (first.getSource().getPosition() + first.getSource().size());
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<AbstractDelta<String>> deltas) {
        AbstractDelta<String> first = deltas.get(0);
        AbstractDelta<String> last = deltas.get(deltas.size() - 1);
        int oldStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
        int oldEnd = Math.min(a.size(), last.getSource().getPosition() + last.getSource().size() + CONTEXT);
        int newStart = first.getTarget().getPosition() - (first.getSource().getPosition() - oldStart);
        int newEnd = last.getTarget().getPosition() + last.getTarget().size() + (oldEnd - last.getSource().getPosition() - last.getSource().size());
        out.append("@@ -").append(range(oldStart, oldEnd - oldStart)).append(" +").append(range(newStart, newEnd - newStart)).append(" @@\n");
        int position = oldStart;
        for (AbstractDelta<String> delta : deltas) {
            for (; position < delta.getSource().getPosition(); position++) {
                line(out, ' ', a.get(position));
            }
            for (String removed : delta.getSource().getLines()) {
                line(out, '-', removed);
            }
            for (String added : delta.getTarget().getLines()) {
                line(out, '+', added);
            }
            position += delta.getSource().size();
        }
        for (; position < oldEnd; position++) {
            line(out, ' ', a.get(position));
        }
    }

    /** {@code start,length} with a 1-based start; an empty range names the line before it, as diff does. */
    private static String range(int start, int length) {
        return (length == 0 ? start : start + 1) + "," + length;
    }

    private static void line(StringBuilder out, char prefix, String line) {
        out.append(prefix).append(line);
        if (!line.endsWith("\n") && !line.endsWith("\r")) {
            out.append("\n\\ No newline at end of file\n");
        } else if (line.endsWith("\r")) {
            // a CR-only line break: diff tools need a line feed to end the line
            out.append('\n');
        }
    }

    /** The lines of {@code text}, each with its own line break ({@code \n}, {@code \r\n} or {@code \r}). */
    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : TextLines.of(text).stream().map(line -> text.substring(line.start(), line.next())).toList();
    }
}
