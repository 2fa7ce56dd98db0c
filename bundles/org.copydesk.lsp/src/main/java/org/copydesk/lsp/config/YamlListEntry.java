package org.copydesk.lsp.config;

import java.util.List;
import java.util.Optional;

import org.copydesk.core.TextEdit;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds one item to a list in a YAML file the writer keeps by hand, such as {@code ignore} or
 * {@code rules.unattributed-quote.ignore} in {@code .copydesk.yaml}: one insertion that leaves every other
 * character, comment and blank line where it was. Keys that are missing are added at the end of the mapping
 * that should hold them. A shape that cannot take an item without rewriting what the writer wrote (a rule set to
 * {@code off}, a flow mapping, a single value where the list should be) gives no edit.
 */
public final class YamlListEntry {
    private static final int INDENT = 2;

    private YamlListEntry() {
    }

    /** The insertion adding {@code item} to the list at {@code keys}, or empty if the YAML's shape does not allow one. */
    public static Optional<TextEdit> add(String yaml, List<String> keys, String item) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().build()).composeString(yaml);
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (root.isEmpty()) {
            String separator = yaml.isEmpty() || yaml.endsWith("\n") ? "" : "\n";
            return Optional.of(TextEdit.insert(yaml.length(), separator + block(keys, 0, 0, item)));
        }
        if (!(root.get() instanceof MappingNode mapping) || mapping.getFlowStyle() == FlowStyle.FLOW) {
            return Optional.empty();
        }
        MappingNode current = mapping;
        for (int depth = 0; depth < keys.size(); depth++) {
            NodeTuple entry = find(current, keys.get(depth));
            if (entry == null) {
                int indent = column(current.getValue().isEmpty() ? current : current.getValue().get(0).getKeyNode());
                int at = lineEnd(yaml, end(current));
                return Optional.of(TextEdit.insert(at, "\n" + block(keys, depth, indent, item).stripTrailing()));
            }
            Node value = entry.getValueNode();
            boolean last = depth == keys.size() - 1;
            if (last && value instanceof SequenceNode list) {
                return Optional.of(append(yaml, list, column(entry.getKeyNode()), item));
            }
            if (last || !(value instanceof MappingNode next) || next.getFlowStyle() == FlowStyle.FLOW || next.getValue().isEmpty()) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.empty();
    }

    private static TextEdit append(String yaml, SequenceNode list, int keyColumn, String item) {
        if (list.getFlowStyle() == FlowStyle.FLOW) {
            int close = index(list.getEndMark()) - 1;
            while (close > 0 && yaml.charAt(close) != ']') {
                close--;
            }
            return TextEdit.insert(close, (list.getValue().isEmpty() ? "" : ", ") + quoted(item));
        }
        int dashColumn = list.getValue().isEmpty() ? keyColumn + INDENT : column(list);
        return TextEdit.insert(lineEnd(yaml, end(list)), "\n" + " ".repeat(Math.max(0, dashColumn)) + "- " + quoted(item));
    }

    /** Lines for {@code keys[from…]}, the first at {@code indent}, with the list of one item under the last. */
    private static String block(List<String> keys, int from, int indent, String item) {
        StringBuilder out = new StringBuilder();
        int column = indent;
        for (int i = from; i < keys.size(); i++) {
            out.append(" ".repeat(column)).append(keys.get(i)).append(":\n");
            column += INDENT;
        }
        return out.append(" ".repeat(column)).append("- ").append(quoted(item)).append('\n').toString();
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple;
            }
        }
        return null;
    }

    /** Where a node's own text ends: a block collection's end mark lies at the next token, maybe lines below. */
    private static int end(Node node) {
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() != FlowStyle.FLOW && !mapping.getValue().isEmpty()) {
            return end(mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode list && list.getFlowStyle() != FlowStyle.FLOW && !list.getValue().isEmpty()) {
            return end(list.getValue().get(list.getValue().size() - 1));
        }
        return index(node.getEndMark());
    }

    private static int index(Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark) {
        return mark.map(org.snakeyaml.engine.v2.exceptions.Mark::getIndex).orElse(0);
    }

    private static int column(Node node) {
        return node.getStartMark().map(org.snakeyaml.engine.v2.exceptions.Mark::getColumn).orElse(0);
    }

    private static int lineEnd(String text, int from) {
        int i = Math.min(Math.max(from, 0), text.length());
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** A YAML double-quoted scalar, which takes any text. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
