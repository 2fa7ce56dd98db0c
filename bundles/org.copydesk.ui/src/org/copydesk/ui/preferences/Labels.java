package org.copydesk.ui.preferences;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleOption;

/**
 * The words the preference pages show for the core's rules, options and choices ({@code labels.properties});
 * the config keys stay in the tooltips, for writers who also edit a {@code .copydesk.yaml}. A rule or option
 * without a label (a new one) shows its key in plain words.
 */
final class Labels {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.copydesk.ui.preferences.labels", Locale.getDefault(),
            Labels.class.getClassLoader());

    private Labels() {
    }

    static String rule(Rule rule) {
        return get(rule.info().id(), rule.info().id());
    }

    static String option(Rule rule, RuleOption<?> option) {
        return get(rule.info().id() + '.' + option.key(), option.key());
    }

    static String choice(Rule rule, RuleOption<?> option, String choice) {
        return get(rule.info().id() + '.' + option.key() + '.' + choice, choice);
    }

    private static String get(String key, String fallback) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            String words = fallback.replace('-', ' ');
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
