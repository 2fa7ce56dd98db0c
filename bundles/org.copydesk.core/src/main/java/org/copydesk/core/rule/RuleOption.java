package org.copydesk.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A typed option of a rule, with its default. Values come from config files (YAML scalars and lists) or
 * preference pages (strings); {@link #convert} turns either into the option's type or explains why not.
 */
public final class RuleOption<T> {

    /** The kind of value, so a preference page can pick a control. */
    public enum Kind { INTEGER, NUMBER, BOOLEAN, STRING, STRING_LIST }

    private final String key;
    private final Kind kind;
    private final T defaultValue;
    private final String description;
    private final Function<Object, T> converter;
    private final List<String> choices;

    private RuleOption(String key, Kind kind, T defaultValue, String description, Function<Object, T> converter) {
        this(key, kind, defaultValue, description, converter, List.of());
    }

    private RuleOption(String key, Kind kind, T defaultValue, String description, Function<Object, T> converter, List<String> choices) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
        this.converter = converter;
        this.choices = choices;
    }

    public static RuleOption<Integer> integer(String key, int defaultValue, int min, int max, String description) {
        return new RuleOption<>(key, Kind.INTEGER, defaultValue, description, raw -> {
            long value = raw instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue() : parseLong(raw);
            if (value < min || value > max) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", got " + raw);
            }
            return (int) value;
        });
    }

    public static RuleOption<Double> number(String key, double defaultValue, double min, double max, String description) {
        return new RuleOption<>(key, Kind.NUMBER, defaultValue, description, raw -> {
            double value = raw instanceof Number n ? n.doubleValue() : parseDouble(raw);
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException("expected a number from " + min + " to " + max + ", got " + raw);
            }
            return value;
        });
    }

    public static RuleOption<Boolean> flag(String key, boolean defaultValue, String description) {
        return new RuleOption<>(key, Kind.BOOLEAN, defaultValue, description, raw -> {
            if (raw instanceof Boolean b) {
                return b;
            }
            String text = String.valueOf(raw).trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
            throw new IllegalArgumentException("expected true or false, got " + raw);
        });
    }

    public static RuleOption<String> string(String key, String defaultValue, String description) {
        return new RuleOption<>(key, Kind.STRING, defaultValue, description, raw -> {
            if (raw instanceof List || raw instanceof java.util.Map) {
                throw new IllegalArgumentException("expected a single value, got a " + (raw instanceof List ? "list" : "map"));
            }
            return String.valueOf(raw);
        });
    }

    /** One of a fixed set of words, matched without regard to case; a preference page may offer them as a list. */
    public static RuleOption<String> choice(String key, String defaultValue, List<String> choices, String description) {
        List<String> allowed = List.copyOf(choices);
        return new RuleOption<>(key, Kind.STRING, defaultValue, description, raw -> {
            String value = String.valueOf(raw).trim();
            return allowed.stream().filter(choice -> choice.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("expected one of " + String.join(", ", allowed) + ", got " + raw));
        }, allowed);
    }

    /** A list of strings; in a preference page, one per line. */
    public static RuleOption<List<String>> strings(String key, List<String> defaultValue, String description) {
        return new RuleOption<>(key, Kind.STRING_LIST, List.copyOf(defaultValue), description, raw -> {
            List<String> values = new ArrayList<>();
            if (raw instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof List || item instanceof java.util.Map) {
                        throw new IllegalArgumentException("expected a list of plain values");
                    }
                    values.add(String.valueOf(item));
                }
            } else {
                String.valueOf(raw).lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
            }
            return List.copyOf(values);
        });
    }

    /**
     * This option with a further check of every converted value (a pattern that must compile, an id that must
     * exist); {@code check} throws an {@link IllegalArgumentException} saying what is wrong.
     */
    public RuleOption<T> withCheck(java.util.function.Consumer<? super T> check) {
        return new RuleOption<>(key, kind, defaultValue, description, raw -> {
            T value = converter.apply(raw);
            check.accept(value);
            return value;
        }, choices);
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The words a {@link #choice} option takes, in order; empty for every other option. */
    public List<String> choices() {
        return choices;
    }

    /** The value as this option's type; an {@link IllegalArgumentException} says what was expected. */
    public T convert(Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("expected a value");
        }
        return converter.apply(raw);
    }

    private static long parseLong(Object raw) {
        try {
            return Long.parseLong(String.valueOf(raw).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got " + raw);
        }
    }

    private static double parseDouble(Object raw) {
        try {
            return Double.parseDouble(String.valueOf(raw).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, got " + raw);
        }
    }
}
