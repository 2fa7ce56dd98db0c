package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges where the writer has switched rules off with comments in the document:
 * {@code <!-- copydesk-disable RULE… -->} … {@code <!-- copydesk-enable -->} and
 * {@code <!-- copydesk-disable-next-line RULE… -->} in Markdown, the same words after {@code //} in AsciiDoc.
 * No rule named means every rule.
 */
public final class Suppressions {
    public static final Document.Key<Suppressions> KEY = new Document.Key<>(Suppressions::of);

    private static final String ALL = "*";
    private static final Pattern DIRECTIVE =
            Pattern.compile("copydesk-(disable-next-line|disable|enable)((?:[ \\t,]+[a-z][a-z0-9-]*)*)");

    private record Range(String ruleId, int start, int end) {
    }

    private final List<Range> ranges;

    private Suppressions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** True if a finding of {@code ruleId} starting at {@code offset} has been switched off. */
    public boolean suppresses(String ruleId, int offset) {
        for (Range range : ranges) {
            if ((range.ruleId.equals(ALL) || range.ruleId.equals(ruleId)) && range.start <= offset && offset < range.end) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    static Suppressions of(Document document) {
        String text = document.text();
        List<Range> ranges = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        for (Block block : document.blocks()) {
            if (block.kind() != Block.Kind.COMMENT) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text).region(block.start(), block.end());
            while (m.find()) {
                Set<String> rules = ruleIds(m.group(2));
                switch (m.group(1)) {
                    case "disable-next-line" -> {
                        int lineStart = nextLineStart(text, block.end());
                        int lineEnd = lineEnd(text, lineStart);
                        rules.forEach(rule -> ranges.add(new Range(rule, lineStart, lineEnd)));
                    }
                    case "disable" -> rules.forEach(rule -> open.putIfAbsent(rule, block.end()));
                    default -> close(open, rules, block.start(), ranges);
                }
            }
        }
        close(open, Set.copyOf(open.keySet()), text.length() + 1, ranges);
        return new Suppressions(ranges);
    }

    private static void close(Map<String, Integer> open, Set<String> rules, int end, List<Range> ranges) {
        Set<String> closing = rules.contains(ALL) ? Set.copyOf(open.keySet()) : rules;
        for (String rule : closing) {
            Integer start = open.remove(rule);
            if (start != null) {
                ranges.add(new Range(rule, start, end));
            }
        }
    }

    private static Set<String> ruleIds(String list) {
        String[] ids = list.trim().split("[ \\t,]+");
        return ids.length == 1 && ids[0].isEmpty() ? Set.of(ALL) : new HashSet<>(Arrays.asList(ids));
    }

    private static int nextLineStart(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    private static int lineEnd(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i + 1;
    }
}
