package org.copydesk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.Severity;

/**
 * A sample document with its expected findings written beside the lines they concern, in the spirit of
 * Error Prone's {@code // BUG: Diagnostic contains:}. A marker line
 *
 * <pre>
 * ^^^ rule-id: fragment
 * ^^^ rule-id[info]: fragment
 * </pre>
 *
 * expects a finding of {@code rule-id} (at that severity, if given) starting on the nearest line above that is
 * not a marker, whose message or flagged text contains {@code fragment} (optional). Marker lines are removed
 * before the check, so line numbers in messages refer to the document without them.
 */
public final class AnnotatedSample {
    private static final Pattern MARKER = Pattern.compile("\\^\\^\\^ ([a-z0-9-]+)(?:\\[([a-z]+)\\])?(?::\\s*(.*))?");

    /** One expected finding: 1-based line in the stripped text. */
    public record Expected(int line, String ruleId, Severity severity, String fragment) {
        @Override
        public String toString() {
            return "line " + line + ": " + ruleId + (severity == null ? "" : "[" + severity.id() + "]")
                    + (fragment.isEmpty() ? "" : " \"" + fragment + "\"");
        }
    }

    private final String text;
    private final List<Expected> expected;

    private AnnotatedSample(String text, List<Expected> expected) {
        this.text = text;
        this.expected = List.copyOf(expected);
    }

    public static AnnotatedSample parse(String annotated) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start < annotated.length()) {
            int newline = annotated.indexOf('\n', start);
            int end = newline < 0 ? annotated.length() : newline + 1;
            String content = annotated.substring(start, end).stripTrailing();
            Matcher marker = MARKER.matcher(content);
            if (marker.matches()) {
                if (line == 0) {
                    throw new IllegalArgumentException("a marker needs a line above it: " + content);
                }
                Severity severity = marker.group(2) == null ? null : Severity.fromId(marker.group(2));
                String fragment = marker.group(3) == null ? "" : marker.group(3).strip();
                expected.add(new Expected(line, marker.group(1), severity, fragment));
            } else {
                text.append(annotated, start, end);
                line++;
            }
            start = end;
        }
        return new AnnotatedSample(text.toString(), expected);
    }

    /** The document without its marker lines. */
    public String text() {
        return text;
    }

    public List<Expected> expected() {
        return expected;
    }
}
