package org.copydesk.ui.preferences;

import org.copydesk.core.rule.RuleOption;

/**
 * The names under which Copydesk keeps its settings, in the workspace ({@code InstanceScope}) or, when a project
 * overrides them, in the project ({@code ProjectScope}, {@code .settings/org.copydesk.ui.prefs}).
 */
public final class PreferenceKeys {
    public static final String QUALIFIER = "org.copydesk.ui";

    /** Project only: true if the project's own settings replace the workspace's. */
    public static final String PROJECT_SPECIFIC = "projectSpecific";
    /** Extensions checked besides the core's (txt, md, adoc…), separated by commas or spaces. */
    public static final String EXTRA_EXTENSIONS = "extraExtensions";
    /** Globs of paths not to check, one per line, relative to the project. */
    public static final String IGNORE = "ignore";
    /** Workspace only: false if drafts should open as the editor opens other files, without soft wrap. */
    public static final String WRAP_DRAFTS = "wrapDrafts";

    private PreferenceKeys() {
    }

    public static String enabled(String ruleId) {
        return "rule." + ruleId + ".enabled";
    }

    /** Empty, or a severity id ({@code error}, {@code warning}, {@code info}) replacing the rule's default. */
    public static String severity(String ruleId) {
        return "rule." + ruleId + ".severity";
    }

    /** Empty for the option's default, or its value as text (a list: one item per line). */
    public static String option(String ruleId, RuleOption<?> option) {
        return "rule." + ruleId + ".option." + option.key();
    }
}
