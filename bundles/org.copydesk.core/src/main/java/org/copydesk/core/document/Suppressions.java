package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.text.Removal;

/**
 * Where the writer has switched rules off with comments in the document: {@code <!-- copydesk-disable RULE… -->}
 * … {@code <!-- copydesk-enable RULE… -->} and {@code <!-- copydesk-disable-next-line RULE… -->} in Markdown,
 * the same words after {@code //} (or in a {@code ////} block) in AsciiDoc. No rule named means every rule, and
 * the directives nest as a writer expects: after {@code disable}, {@code enable duplicate-paragraph} turns that
 * one rule back on. {@code disable-next-line} covers the block that starts on the line right after the comment —
 * the whole paragraph, however many lines it is wrapped over — for every rule alike. Plain text has no comments:
 * the configuration's ignore lists serve it. {@link SuppressionComment} writes the comments this class reads.
 */
public final class Suppressions {
    public static final Document.Key<Suppressions> KEY = new Document.Key<>(Suppressions::of);

    /** Names are read loosely (capitals, underscores) so that a misspelt one is reported, never taken for "all rules". */
    private static final Pattern DIRECTIVE =
            Pattern.compile("copydesk-(disable-next-line|disable|enable)((?:[ \\t,]+[A-Za-z0-9_][A-Za-z0-9_-]*)*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    /** A rule a directive names, and where: the engine reports names that are no rule's. */
    public record RuleName(String id, int start, int end) {
    }

    /** From {@code from} on, the rules that are off: every rule but {@code rules} if {@code all}, else {@code rules}. */
    private record State(int from, boolean all, Set<String> rules) {
        static final State NONE_OFF = new State(0, false, Set.of());

        boolean isOff(String ruleId) {
            return all != rules.contains(ruleId);
        }

        State with(int offset, boolean disable, Set<String> named) {
            if (named.isEmpty()) {
                return new State(offset, disable, Set.of());
            }
            Set<String> next = new HashSet<>(rules);
            // while all are off, the rules listed are the ones back on
            if (disable != all) {
                next.addAll(named);
            } else {
                next.removeAll(named);
            }
            return new State(offset, all, Set.copyOf(next));
        }
    }

    /** One line switched off by {@code disable-next-line}; an empty set means every rule. */
    private record NextLine(int end, Set<String> rules) {
        boolean covers(String ruleId, int offset) {
            return offset < end && (rules.isEmpty() || rules.contains(ruleId));
        }
    }

    private final int[] stateStarts;
    private final State[] states;
    private final TreeMap<Integer, NextLine> nextLines;
    private final List<RuleName> names;

    private Suppressions(List<State> states, TreeMap<Integer, NextLine> nextLines, List<RuleName> names) {
        this.states = states.toArray(State[]::new);
        this.stateStarts = states.stream().mapToInt(State::from).toArray();
        this.nextLines = nextLines;
        this.names = List.copyOf(names);
    }

    /** Every rule name the directives give, in document order. */
    public List<RuleName> ruleNames() {
        return names;
    }

    /** True if a finding of {@code ruleId} starting at {@code offset} has been switched off. */
    public boolean suppresses(String ruleId, int offset) {
        int index = Arrays.binarySearch(stateStarts, offset);
        int state = index >= 0 ? index : -index - 2;
        if (state >= 0 && states[state].isOff(ruleId)) {
            return true;
        }
        Map.Entry<Integer, NextLine> line = nextLines.floorEntry(offset);
        return line != null && line.getValue().covers(ruleId, offset);
    }

    public boolean isEmpty() {
        return states.length == 1 && nextLines.isEmpty();
    }

    static Suppressions of(Document document) {
        String text = document.text();
        List<State> states = new ArrayList<>(List.of(State.NONE_OFF));
        TreeMap<Integer, NextLine> nextLines = new TreeMap<>();
        List<RuleName> names = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block.kind() != Block.Kind.COMMENT) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text).region(block.start(), block.end());
            while (m.find()) {
                Set<String> rules = ruleIds(m.group(2));
                for (Matcher name = NAME.matcher(text).region(m.start(2), m.end(2)); name.find(); ) {
                    names.add(new RuleName(name.group(), name.start(), name.end()));
                }
                switch (m.group(1)) {
                    case "disable-next-line" -> addNextLine(document, block.end(), rules, nextLines);
                    case "disable" -> add(states, states.get(states.size() - 1).with(block.end(), true, rules));
                    default -> add(states, states.get(states.size() - 1).with(block.end(), false, rules));
                }
            }
        }
        return new Suppressions(states, nextLines, names);
    }

    private static void add(List<State> states, State state) {
        if (states.get(states.size() - 1).from() == state.from()) {
            states.set(states.size() - 1, state);
        } else {
            states.add(state);
        }
    }

    private static void addNextLine(Document document, int commentEnd, Set<String> rules, TreeMap<Integer, NextLine> nextLines) {
        String text = document.text();
        int lineEnd = Removal.lineEnd(text, commentEnd);
        if (lineEnd == text.length()) {
            return;
        }
        int start = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        int end = Math.max(Removal.lineEnd(text, start) + 1, blockEnd(document, start));
        nextLines.merge(start, new NextLine(end, rules), (a, b) -> a.rules.isEmpty() || b.rules.isEmpty()
                ? new NextLine(Math.max(a.end, b.end), Set.of())
                : new NextLine(Math.max(a.end, b.end), union(a.rules, b.rules)));
    }

    /** The end of the block that starts on the line at {@code lineStart} (after any quote markers), or 0. */
    private static int blockEnd(Document document, int lineStart) {
        String text = document.text();
        int lineEnd = Removal.lineEnd(text, lineStart);
        List<Block> blocks = document.blocks();
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {  // the first block ending after the line's start
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).end() <= lineStart) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (low == blocks.size()) {
            return 0;
        }
        Block block = blocks.get(low);
        return block.start() >= lineStart && block.start() <= lineEnd ? block.end() : 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    private static Set<String> ruleIds(String list) {
        String trimmed = list.strip();
        return trimmed.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(trimmed.split("[ \\t,]+")));
    }
}
