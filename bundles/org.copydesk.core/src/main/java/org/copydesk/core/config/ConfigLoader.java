package org.copydesk.core.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.copydesk.core.Severity;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.rule.RuleSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code .copydesk.yaml}, validating every key against the rules and their options so that a typo is an
 * error naming the file, line and key rather than a silently ignored setting:
 *
 * <pre>
 * rules:
 *   duplicate-paragraph:
 *     severity: error
 *     similarity: 0.85
 *   unattributed-quote: off      # or on, error, warning, info
 * ignore:
 *   - drafts/archive/**
 * </pre>
 */
public final class ConfigLoader {
    /** The largest config file read: far more than any real one, so that a huge file is an error, not a stall. */
    public static final long MAX_CONFIG_BYTES = 1 << 20;
    /** What the top-level mapping is called in messages. */
    private static final String TOP_LEVEL = "the config file";
    /** The most values one option may hold once its aliases are expanded: far more than any config needs. */
    private static final int MAX_VALUES = 100_000;

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public ConfigLoader(List<Rule> rules) {
        rules.forEach(rule -> this.rules.put(rule.info().id(), rule));
    }

    /** The nearest {@code .copydesk.yaml} in {@code folder} or one of its parents. */
    public static Optional<Path> find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Config.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The config that applies to {@code document}: the nearest config file's, or the defaults. */
    public Config forDocument(Path document) throws ConfigException {
        Path folder = document.toAbsolutePath().getParent();
        Optional<Path> file = folder == null ? Optional.empty() : find(folder);
        return file.isPresent() ? load(file.get()) : Config.defaults();
    }

    public Config load(Path file) throws ConfigException {
        String yaml;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw new ConfigException(file + ": config file is larger than 1 MB");
            }
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigException(file + ": config file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        Path absolute = file.toAbsolutePath().normalize();
        return parse(yaml, absolute.toString(), absolute.getParent(), absolute);
    }

    /** Parses config text; {@code sourceName} names it in messages, {@code baseDir} anchors the ignore globs. */
    public Config parse(String yaml, String sourceName, Path baseDir) throws ConfigException {
        Path source = null;
        if (baseDir != null) {
            try {
                source = Path.of(sourceName);
            } catch (InvalidPathException e) {
                // a name the platform's encoding cannot spell: the config still applies, it just cannot be named as a path
            }
        }
        return parse(yaml, sourceName, baseDir, source);
    }

    /** As {@link #parse(String, String, Path)}, with the config file's path as it is. */
    public Config parse(String yaml, String sourceName, Path baseDir, Path source) throws ConfigException {
        Node root;
        try {
            Optional<Node> composed = YamlLimits.compose(LoadSettings.builder().setLabel(sourceName).build(), yaml, sourceName);
            if (composed.isEmpty()) {
                return new Config(Map.of(), List.of(), baseDir, source);
            }
            root = composed.get();
        } catch (YamlLimits.TooDeep e) {
            throw new ConfigException(e.getMessage());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new ConfigException(where(sourceName, mark) + "not valid YAML: " + printable(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ConfigException(sourceName + ": not valid YAML: " + printable(e.getMessage()));
        } catch (RuntimeException e) {
            // snakeyaml-engine throws IllegalArgumentException on some malformed tags (" !**%d")
            throw new ConfigException(sourceName + ": not valid YAML: " + printable(String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError e) {
            // YamlLimits keeps nesting far below what overflows; this is the last line of defence
            throw new ConfigException(sourceName + ": not a config Copydesk can read: nested too deeply");
        }
        Reader reader = new Reader(sourceName);
        Map<String, RuleSettings> ruleSettings = new HashMap<>();
        List<String> ignore = new ArrayList<>();
        for (NodeTuple entry : reader.mapping(root, TOP_LEVEL).getValue()) {
            String key = reader.key(entry);
            switch (key) {
                case "rules" -> readRules(reader, entry.getValueNode(), ruleSettings);
                case "ignore" -> ignore.addAll(reader.globs(entry.getValueNode()));
                default -> throw reader.error(entry.getKeyNode(), key, "unknown key; expected 'rules' or 'ignore'");
            }
        }
        return new Config(ruleSettings, ignore, baseDir, source);
    }

    private void readRules(Reader reader, Node node, Map<String, RuleSettings> into) throws ConfigException {
        for (NodeTuple entry : reader.mapping(node, "rules").getValue()) {
            String id = reader.key(entry);
            Rule rule = rules.get(id);
            if (rule == null) {
                throw reader.error(entry.getKeyNode(), "rules." + id, "unknown rule; known rules: " + String.join(", ", rules.keySet()));
            }
            into.put(id, readRule(reader, rule, id, entry.getValueNode()));
        }
    }

    private static RuleSettings readRule(Reader reader, Rule rule, String id, Node node) throws ConfigException {
        String path = "rules." + id;
        if (node instanceof ScalarNode scalar) {
            return shorthand(reader, scalar, path);
        }
        boolean enabled = true;
        Severity severity = null;
        Map<String, Object> options = new HashMap<>();
        for (NodeTuple entry : reader.mapping(node, path).getValue()) {
            String key = reader.key(entry);
            Node value = entry.getValueNode();
            String keyPath = path + "." + key;
            if (key.equals("enabled")) {
                enabled = reader.convert(RuleOption.flag(key, true, ""), value, keyPath);
            } else if (key.equals("severity")) {
                severity = severity(reader, value, keyPath);
            } else {
                RuleOption<?> option = rule.options().stream().filter(o -> o.key().equals(key)).findFirst()
                        .orElseThrow(() -> reader.error(entry.getKeyNode(), keyPath, "unknown option; "
                                + rule.options().stream().map(RuleOption::key)
                                        .collect(Collectors.joining(", ", "known: enabled, severity, ", ""))));
                options.put(key, reader.convert(option, value, keyPath));
            }
        }
        return new RuleSettings(enabled, severity, options);
    }

    /** {@code rule: off}, {@code on}, or a severity. */
    private static RuleSettings shorthand(Reader reader, ScalarNode scalar, String path) throws ConfigException {
        String value = scalar.getValue().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "off", "false" -> new RuleSettings(false, null, Map.of());
            case "on", "true" -> RuleSettings.DEFAULT;
            default -> new RuleSettings(true, severity(reader, scalar, path), Map.of());
        };
    }

    private static Severity severity(Reader reader, Node node, String path) throws ConfigException {
        String value = reader.scalar(node, path);
        try {
            return Severity.fromId(value);
        } catch (IllegalArgumentException e) {
            throw reader.error(node, path, "expected off, on, error, warning or info, got '" + value + "'");
        }
    }

    /** Text on one line: the parser quotes the character it stumbled on, which may be a line break, and messages quote values. */
    private static String printable(String problem) {
        StringBuilder out = new StringBuilder(problem.length());
        problem.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String where(String sourceName, Mark mark) {
        return mark == null ? sourceName + ": " : sourceName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }

    /** Walks the YAML node tree, turning shape errors into messages with a position and a key path. */
    private record Reader(String sourceName) {
        /** The key and the problem (which may quote a value or a key over several lines) on one printable line. */
        ConfigException error(Node node, String key, String problem) {
            return new ConfigException(where(sourceName, node.getStartMark().orElse(null)) + printable(key) + ": " + printable(problem));
        }

        /** A mapping whose keys are all different: YAML lets a key repeat, and one of its values would be dropped. */
        MappingNode mapping(Node node, String key) throws ConfigException {
            if (!(node instanceof MappingNode mapping)) {
                throw error(node, key, "expected a mapping of keys to values");
            }
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple entry : mapping.getValue()) {
                if (!(entry.getKeyNode() instanceof ScalarNode scalar)) {
                    continue;
                }
                Node first = seen.putIfAbsent(scalar.getValue(), scalar);
                if (first != null) {
                    String path = key.equals(TOP_LEVEL) ? scalar.getValue() : key + "." + scalar.getValue();
                    throw error(scalar, path, "duplicate key, first given on line " + line(first) + "; give it once");
                }
            }
            return mapping;
        }

        private static String line(Node node) {
            return node.getStartMark().map(mark -> String.valueOf(mark.getLine() + 1)).orElse("?");
        }

        String key(NodeTuple entry) throws ConfigException {
            return scalar(entry.getKeyNode(), "key");
        }

        String scalar(Node node, String key) throws ConfigException {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            throw error(node, key, "expected a single value");
        }

        /** The ignore globs, each checked now: a bad one would otherwise throw at every file checked. */
        List<String> globs(Node node) throws ConfigException {
            if (node instanceof MappingNode) {
                throw error(node, "ignore", "expected a list");
            }
            List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
            List<String> globs = new ArrayList<>();
            for (Node item : items) {
                String glob = scalar(item, "ignore");
                if (glob.isBlank() || item.getTag().equals(Tag.NULL)) {
                    throw error(item, "ignore", "expected a glob such as drafts/**, got nothing");
                }
                try {
                    FileSystems.getDefault().getPathMatcher("glob:" + glob);
                    FileSystems.getDefault().getPathMatcher("glob:**/" + glob);
                } catch (PatternSyntaxException e) {
                    throw error(item, "ignore", "'" + glob + "' is not a valid glob: " + e.getDescription() + " at index " + e.getIndex());
                }
                globs.add(glob);
            }
            return globs;
        }

        <T> T convert(RuleOption<T> option, Node node, String key) throws ConfigException {
            try {
                return option.convert(toJava(node, key, Collections.newSetFromMap(new IdentityHashMap<>()), new int[1]));
            } catch (IllegalArgumentException e) {
                throw error(node, key, e.getMessage());
            }
        }

        /**
         * {@code open}: the lists being converted, so that a list an alias makes hold itself is an error, not a stack
         * overflow; {@code count}: the values made so far, so that aliases of aliases cannot expand into millions.
         */
        private Object toJava(Node node, String key, Set<Node> open, int[] count) throws ConfigException {
            if (++count[0] > MAX_VALUES) {
                throw error(node, key, "more than " + MAX_VALUES + " values (aliases expand to too many)");
            }
            if (node instanceof SequenceNode sequence) {
                if (!open.add(sequence)) {
                    throw error(node, key, "a list that contains itself (through an alias)");
                }
                List<Object> values = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    values.add(toJava(item, key, open, count));
                }
                open.remove(sequence);
                return values;
            }
            if (node instanceof MappingNode) {
                throw error(node, key, "expected a value or a list, got a mapping");
            }
            ScalarNode scalar = (ScalarNode) node;
            Tag tag = scalar.getTag();
            String value = scalar.getValue();
            try {
                if (tag.equals(Tag.INT)) {
                    return Long.parseLong(value.replace("_", ""));
                }
                if (tag.equals(Tag.FLOAT)) {
                    return Double.parseDouble(value);
                }
            } catch (NumberFormatException e) {
                return value;
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.parseBoolean(value);
            }
            return tag.equals(Tag.NULL) ? null : value;
        }
    }
}
