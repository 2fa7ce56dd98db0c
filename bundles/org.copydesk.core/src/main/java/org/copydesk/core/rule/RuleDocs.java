package org.copydesk.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule's documentation page as every front end shows it ({@code copydesk explain}, the hovers, SARIF help):
 * the hand-written page with its {@code ## Options} section opened by a table generated from the rule's
 * {@link RuleOption}s, so the page can never name an option the rule does not read, or miss one it does. What
 * the writer put under the heading (examples, notes) follows the table.
 */
public final class RuleDocs {
    static final String OPTIONS_HEADING = "## Options";

    private RuleDocs() {
    }

    public static String page(Rule rule) {
        return page(rule, optionsTable(rule));
    }

    /** The page as a narrow view shows it (an editor's hover): the options as a list, as a table would not fit. */
    public static String narrowPage(Rule rule) {
        return page(rule, optionsList(rule));
    }

    private static String page(Rule rule, String table) {
        String docs = rule.info().docs();
        int heading = headingAt(docs);
        if (heading < 0) {
            return docs.stripTrailing() + "\n\n" + OPTIONS_HEADING + "\n\n" + table;
        }
        int lineEnd = docs.indexOf('\n', heading);
        if (lineEnd < 0) {
            return docs + "\n\n" + table;
        }
        String rest = docs.substring(lineEnd + 1).stripLeading();
        return docs.substring(0, lineEnd + 1) + "\n" + table + (rest.isEmpty() ? "" : "\n" + rest);
    }

    /** Every setting of the rule in {@code .copydesk.yaml}: the two every rule has, then its own options. */
    public static String optionsTable(Rule rule) {
        StringBuilder table = new StringBuilder("| option | default | meaning |\n|---|---|---|\n");
        for (Setting setting : settings(rule)) {
            table.append("| `").append(setting.key).append("` | `").append(setting.defaultValue).append("` | ")
                    .append(setting.meaning.replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    /** The settings of {@link #optionsTable} as a Markdown list. */
    static String optionsList(Rule rule) {
        StringBuilder list = new StringBuilder();
        for (Setting setting : settings(rule)) {
            list.append("- `").append(setting.key).append("` (default `").append(setting.defaultValue).append("`): ")
                    .append(setting.meaning).append('\n');
        }
        return list.toString();
    }

    private record Setting(String key, String defaultValue, String meaning) {
    }

    private static List<Setting> settings(Rule rule) {
        RuleInfo info = rule.info();
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting("enabled", "true", "`false` (or `" + info.id() + ": off`) switches the rule off."));
        settings.add(new Setting("severity", info.defaultSeverity().id(), "`error`, `warning` or `info`."));
        for (RuleOption<?> option : rule.options()) {
            settings.add(new Setting(option.key(), value(option.defaultValue()), option.description().strip().replace("\n", " ")));
        }
        return settings;
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** Where the {@code ## Options} heading starts, outside fenced code, or -1. */
    private static int headingAt(String docs) {
        boolean fenced = false;
        int start = 0;
        while (start < docs.length()) {
            int end = docs.indexOf('\n', start);
            String line = docs.substring(start, end < 0 ? docs.length() : end);
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.stripTrailing().equals(OPTIONS_HEADING)) {
                return start;
            }
            start = end < 0 ? docs.length() : end + 1;
        }
        return -1;
    }
}
