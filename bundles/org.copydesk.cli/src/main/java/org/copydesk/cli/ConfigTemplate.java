package org.copydesk.cli;

import java.util.List;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleOption;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * A commented {@code .copydesk.yaml} for the rules Copydesk has, each turned on with its settings commented
 * out at their defaults, so the file changes nothing until edited and shows everything that can be set.
 */
final class ConfigTemplate {
    private ConfigTemplate() {
    }

    static String render(List<Rule> rules) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Copydesk settings for the files in this folder and below; the nearest .copydesk.yaml wins.\n");
        yaml.append("# `copydesk rules` lists the rules; `copydesk explain RULE` says what one finds and why.\n");
        yaml.append("# Each rule can be turned off with `RULE: off`, or set to a severity: `RULE: error`.\n");
        yaml.append("rules:\n");
        for (Rule rule : rules) {
            yaml.append(rule(rule, "  "));
        }
        yaml.append("\n# Paths not to check, relative to this file's folder, as in .gitignore, e.g.\n");
        yaml.append("#   - drafts/archive/**\n");
        yaml.append("#   - \"*.generated.md\"\n");
        yaml.append("ignore: []\n");
        return yaml.toString();
    }

    /** The block of one rule, indented by {@code indent}. */
    static String rule(Rule rule, String indent) {
        RuleInfo info = rule.info();
        StringBuilder yaml = new StringBuilder();
        yaml.append(indent).append("# ").append(firstLine(info.summary())).append('\n');
        yaml.append(indent).append(info.id()).append(":\n");
        String inner = indent + "  ";
        yaml.append(inner).append("enabled: true\n");
        yaml.append(setting(inner, "severity: " + info.defaultSeverity().id(), "error, warning or info"));
        for (RuleOption<?> option : rule.options()) {
            yaml.append(setting(inner, option.key() + ": " + value(option.defaultValue()), firstLine(option.description())));
        }
        return yaml.toString();
    }

    private static String setting(String indent, String setting, String comment) {
        String line = indent + "# " + setting;
        if (comment.isEmpty()) {
            return line + "\n";
        }
        return line + " ".repeat(Math.max(1, 40 - line.length())) + "# " + comment + "\n";
    }

    /** A default value as YAML flow: numbers and booleans as they are, strings quoted, lists in brackets. */
    private static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConfigTemplate::value).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value))) + "\"";
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
