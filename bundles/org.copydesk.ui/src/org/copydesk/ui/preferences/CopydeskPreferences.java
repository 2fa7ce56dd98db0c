package org.copydesk.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copydesk.core.Severity;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.rule.RuleSettings;
import org.copydesk.ui.Log;
import org.copydesk.ui.Rules;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Reads the settings the preference and property pages write, as the core's {@link Config}. */
public final class CopydeskPreferences {
    private CopydeskPreferences() {
    }

    public static IEclipsePreferences workspaceNode() {
        return InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
    }

    public static IEclipsePreferences projectNode(IProject project) {
        return new ProjectScope(project).getNode(PreferenceKeys.QUALIFIER);
    }

    /** True if drafts open with soft wrap, as prose reads best (the default). */
    public static boolean wrapDrafts() {
        return workspaceNode().getBoolean(PreferenceKeys.WRAP_DRAFTS, true);
    }

    /** The node that applies to {@code project}: its own if it overrides the workspace, else the workspace's. */
    public static IEclipsePreferences effectiveNode(IProject project) {
        if (project != null) {
            IEclipsePreferences node = projectNode(project);
            if (node.getBoolean(PreferenceKeys.PROJECT_SPECIFIC, false)) {
                return node;
            }
        }
        return workspaceNode();
    }

    /** The settings of the preference pages for files of {@code project} (null: the workspace's). */
    public static Config config(IProject project) {
        IEclipsePreferences node = effectiveNode(project);
        Map<String, RuleSettings> rules = new HashMap<>();
        for (Rule rule : Rules.all()) {
            String id = rule.info().id();
            rules.put(id, new RuleSettings(node.getBoolean(PreferenceKeys.enabled(id), true), severity(node, id), options(node, rule)));
        }
        List<String> ignore = node.get(PreferenceKeys.IGNORE, "").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        IPath location = project == null ? null : project.getLocation();
        Path baseDir = location == null ? null : location.toFile().toPath();
        return new Config(rules, ignore, baseDir, null);
    }

    /** Every extension checked in {@code project}, lower case, without the dot. */
    public static Set<String> extensions(IProject project) {
        Set<String> extensions = new LinkedHashSet<>(Format.allExtensions());
        extensions.addAll(parseExtensions(effectiveNode(project).get(PreferenceKeys.EXTRA_EXTENSIONS, "")));
        return extensions;
    }

    public static List<String> parseExtensions(String text) {
        List<String> extensions = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            String extension = part.strip().toLowerCase(Locale.ROOT);
            while (extension.startsWith("*") || extension.startsWith(".")) {
                extension = extension.substring(1);
            }
            if (!extension.isEmpty()) {
                extensions.add(extension);
            }
        }
        return extensions;
    }

    private static Severity severity(IEclipsePreferences node, String ruleId) {
        String value = node.get(PreferenceKeys.severity(ruleId), "");
        if (value.isBlank()) {
            return null;
        }
        try {
            return Severity.fromId(value);
        } catch (IllegalArgumentException e) {
            Log.warning("Copydesk preference " + PreferenceKeys.severity(ruleId) + ": " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> options(IEclipsePreferences node, Rule rule) {
        Map<String, Object> values = new HashMap<>();
        for (RuleOption<?> option : rule.options()) {
            String key = PreferenceKeys.option(rule.info().id(), option);
            String raw = node.get(key, "");
            if (raw.isBlank()) {
                continue;
            }
            try {
                values.put(option.key(), option.convert(raw));
            } catch (IllegalArgumentException e) {
                Log.warning("Copydesk preference " + key + ": " + e.getMessage());
            }
        }
        return values;
    }
}
