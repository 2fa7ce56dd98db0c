package org.copydesk.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copydesk.core.Severity;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.rule.RuleSettings;
import org.copydesk.ui.Messages;
import org.copydesk.ui.Rules;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The controls shared by the preference page and the project property page: file types, ignored paths, and for
 * each rule of the core, on/off, severity and one control per option, generated from the rule's
 * {@link RuleOption}s so a new rule or option needs no UI code. Labels are words ({@link Labels}); the config
 * keys are in the tooltips.
 */
final class SettingsBlock {
    private record RuleControls(Rule rule, Button enabled, Combo severity, Map<RuleOption<?>, Control> options) {
    }

    /** The page the block sits on, told whether the values typed are valid after every change. */
    private final PreferencePage page;
    private final List<RuleControls> rules = new ArrayList<>();
    private Composite block;
    private Text extensions;
    private Text ignore;

    SettingsBlock(PreferencePage page) {
        this.page = page;
    }

    Composite create(Composite parent) {
        block = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(block);
        label(block, NLS.bind(Messages.prefsExtensions, String.join(", ", Format.allExtensions())), Messages.prefsExtensionsTip);
        extensions = text(block, SWT.BORDER | SWT.SINGLE, Messages.prefsExtensionsTip);
        label(block, Messages.prefsIgnore, Messages.prefsIgnoreTip);
        ignore = text(block, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL, Messages.prefsIgnoreTip);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 48).applyTo(ignore);
        for (Rule rule : Rules.all()) {
            rules.add(createRule(block, rule));
        }
        return block;
    }

    private RuleControls createRule(Composite parent, Rule rule) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(NLS.bind(Messages.prefsRuleTitle, Labels.rule(rule), rule.info().id()));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        Button enabled = new Button(group, SWT.CHECK);
        enabled.setText(NLS.bind(Messages.prefsRuleEnabled, lowerFirst(rule.info().summary())));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
        enabled.addListener(SWT.Selection, e -> changed());
        label(group, Messages.prefsSeverity, null);
        Combo severity = new Combo(group, SWT.READ_ONLY);
        severity.add(NLS.bind(Messages.prefsSeverityDefault, severityLabel(rule.info().defaultSeverity())));
        for (Severity each : Severity.values()) {
            severity.add(severityLabel(each));
        }
        severity.addListener(SWT.Selection, e -> changed());
        Map<RuleOption<?>, Control> options = new LinkedHashMap<>();
        for (RuleOption<?> option : rule.options()) {
            options.put(option, createOption(group, rule, option));
        }
        return new RuleControls(rule, enabled, severity, options);
    }

    private Control createOption(Composite parent, Rule rule, RuleOption<?> option) {
        String tip = NLS.bind(Messages.prefsOptionTip, option.description(), option.key());
        if (option.kind() == RuleOption.Kind.BOOLEAN) {
            Button check = new Button(parent, SWT.CHECK);
            check.setText(Labels.option(rule, option));
            check.setToolTipText(tip);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
            check.addListener(SWT.Selection, e -> changed());
            return check;
        }
        label(parent, Labels.option(rule, option) + ':', tip);
        if (!option.choices().isEmpty()) {
            Combo choices = new Combo(parent, SWT.READ_ONLY);
            for (String choice : option.choices()) {
                choices.add(Labels.choice(rule, option, choice));
            }
            choices.setToolTipText(tip);
            choices.addListener(SWT.Selection, e -> changed());
            return choices;
        }
        boolean list = option.kind() == RuleOption.Kind.STRING_LIST;
        Text text = text(parent, SWT.BORDER | (list ? SWT.MULTI | SWT.V_SCROLL : SWT.SINGLE), tip);
        if (list) {
            GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(text);
        }
        return text;
    }

    /** Shows the settings stored in a preference node. */
    void load(IEclipsePreferences node) {
        extensions.setText(node.get(PreferenceKeys.EXTRA_EXTENSIONS, ""));
        ignore.setText(node.get(PreferenceKeys.IGNORE, ""));
        for (RuleControls controls : rules) {
            String id = controls.rule.info().id();
            controls.enabled.setSelection(node.getBoolean(PreferenceKeys.enabled(id), true));
            String severity = node.get(PreferenceKeys.severity(id), "");
            controls.severity.select(severity.isEmpty() ? 0 : severityIndex(severity));
            controls.options.forEach((option, control) -> show(control, option, stored(option, node.get(PreferenceKeys.option(id, option), ""))));
        }
    }

    /** Shows the settings of a config file, as they are in effect; {@code extraExtensions} come from the preferences. */
    void load(Config config, String extraExtensions) {
        extensions.setText(extraExtensions);
        ignore.setText(String.join("\n", config.ignore()));
        for (RuleControls controls : rules) {
            RuleSettings settings = config.rule(controls.rule.info().id());
            controls.enabled.setSelection(settings.enabled());
            controls.severity.select(settings.severity() == null ? 0 : severityIndex(settings.severity().id()));
            controls.options.forEach((option, control) -> show(control, option, settings.options().getOrDefault(option.key(), option.defaultValue())));
        }
    }

    void loadDefaults() {
        extensions.setText("");
        ignore.setText("");
        for (RuleControls controls : rules) {
            controls.enabled.setSelection(true);
            controls.severity.select(0);
            controls.options.forEach((option, control) -> show(control, option, option.defaultValue()));
        }
    }

    private void changed() {
        String problem = validate();
        page.setErrorMessage(problem);
        page.setValid(problem == null);
    }

    /** What is wrong with the values typed, or null. */
    private String validate() {
        for (RuleControls controls : rules) {
            for (Map.Entry<RuleOption<?>, Control> entry : controls.options.entrySet()) {
                if (entry.getValue() instanceof Text text && !text.getText().isBlank()) {
                    try {
                        entry.getKey().convert(text.getText());
                    } catch (IllegalArgumentException e) {
                        return Labels.option(controls.rule, entry.getKey()) + ": " + e.getMessage();
                    }
                }
            }
        }
        return null;
    }

    void store(IEclipsePreferences node) {
        put(node, PreferenceKeys.EXTRA_EXTENSIONS, String.join(", ", CopydeskPreferences.parseExtensions(extensions.getText())));
        put(node, PreferenceKeys.IGNORE, ignore.getText().strip());
        for (RuleControls controls : rules) {
            String id = controls.rule.info().id();
            if (controls.enabled.getSelection()) {
                node.remove(PreferenceKeys.enabled(id));
            } else {
                node.putBoolean(PreferenceKeys.enabled(id), false);
            }
            int severity = controls.severity.getSelectionIndex();
            put(node, PreferenceKeys.severity(id), severity <= 0 ? "" : Severity.values()[severity - 1].id());
            controls.options.forEach((option, control) -> put(node, PreferenceKeys.option(id, option), valueOf(control, option)));
        }
    }

    /** Enables or disables every control of the block, labels included, so a read-only block looks it. */
    void setEnabled(boolean enabled) {
        setEnabled(block, enabled);
    }

    private static void setEnabled(Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                setEnabled(child, enabled);
            }
        }
    }

    /** The check box that turns a rule on and off. */
    Button enabledButton(String ruleId) {
        return controls(ruleId).enabled;
    }

    /** The severity list of a rule. */
    Combo severityCombo(String ruleId) {
        return controls(ruleId).severity;
    }

    /** The control of one option of a rule. */
    Control optionControl(String ruleId, String optionKey) {
        return controls(ruleId).options.entrySet().stream().filter(e -> e.getKey().key().equals(optionKey)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private RuleControls controls(String ruleId) {
        return rules.stream().filter(r -> r.rule.info().id().equals(ruleId)).findFirst().orElseThrow();
    }

    /** "A paragraph…" as it reads after a verb; a leading abbreviation ("CMS") stays as it is. */
    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isLowerCase(text.charAt(1)) ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String severityLabel(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.severityError;
            case WARNING -> Messages.severityWarning;
            case INFO -> Messages.severityInfo;
        };
    }

    /** The index of a severity id in a severity list, whose first item is the rule's default. */
    private static int severityIndex(String id) {
        Severity[] all = Severity.values();
        for (int i = 0; i < all.length; i++) {
            if (all[i].id().equalsIgnoreCase(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value a preference stores, converted, or the stored text itself if it is not valid (to be corrected). */
    private static Object stored(RuleOption<?> option, String stored) {
        if (stored.isBlank()) {
            return option.defaultValue();
        }
        try {
            return option.convert(stored);
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private static void show(Control control, RuleOption<?> option, Object value) {
        if (control instanceof Button check) {
            check.setSelection(Boolean.TRUE.equals(value));
        } else if (control instanceof Combo choices) {
            int index = option.choices().indexOf(String.valueOf(value).toLowerCase(Locale.ROOT));
            choices.select(Math.max(0, index >= 0 ? index : option.choices().indexOf(String.valueOf(option.defaultValue()))));
        } else if (control instanceof Text text) {
            text.setText(value instanceof List<?> items ? String.join("\n", items.stream().map(String::valueOf).toList()) : String.valueOf(value));
        }
    }

    /** The stored form of a control's value: empty when it equals the default, so defaults can change with the core. */
    private static String valueOf(Control control, RuleOption<?> option) {
        if (control instanceof Button check) {
            return check.getSelection() == Boolean.TRUE.equals(option.defaultValue()) ? "" : String.valueOf(check.getSelection());
        }
        if (control instanceof Combo choices) {
            String choice = option.choices().get(Math.max(0, choices.getSelectionIndex()));
            return choice.equals(option.defaultValue()) ? "" : choice;
        }
        String text = ((Text) control).getText().strip();
        try {
            return text.isEmpty() || option.convert(text).equals(option.defaultValue()) ? "" : text;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void put(IEclipsePreferences node, String key, String value) {
        if (value.isEmpty()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private static void label(Composite parent, String text, String tip) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setToolTipText(tip);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private Text text(Composite parent, int style, String tip) {
        Text text = new Text(parent, style);
        text.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.Modify, e -> changed());
        return text;
    }
}
