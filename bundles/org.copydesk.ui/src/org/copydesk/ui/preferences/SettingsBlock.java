package org.copydesk.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.Severity;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleOption;
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
 * {@link RuleOption}s so a new rule or option needs no UI code.
 */
final class SettingsBlock {
    private record RuleControls(Rule rule, Button enabled, Combo severity, Map<RuleOption<?>, Control> options) {
    }

    /** The page the block sits on, told whether the values typed are valid after every change. */
    private final PreferencePage page;
    private final List<RuleControls> rules = new ArrayList<>();
    private final List<Control> all = new ArrayList<>();
    private Text extensions;
    private Text ignore;

    SettingsBlock(PreferencePage page) {
        this.page = page;
    }

    Composite create(Composite parent) {
        Composite block = new Composite(parent, SWT.NONE);
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
        group.setText(rule.info().id());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        Button enabled = new Button(group, SWT.CHECK);
        enabled.setText(rule.info().summary());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
        enabled.addListener(SWT.Selection, e -> changed());
        all.add(enabled);
        label(group, Messages.prefsSeverity, null);
        Combo severity = new Combo(group, SWT.READ_ONLY);
        severity.add(NLS.bind(Messages.prefsSeverityDefault, rule.info().defaultSeverity().id()));
        for (Severity each : Severity.values()) {
            severity.add(each.id());
        }
        severity.addListener(SWT.Selection, e -> changed());
        all.add(severity);
        Map<RuleOption<?>, Control> options = new LinkedHashMap<>();
        for (RuleOption<?> option : rule.options()) {
            options.put(option, createOption(group, option));
        }
        return new RuleControls(rule, enabled, severity, options);
    }

    private Control createOption(Composite parent, RuleOption<?> option) {
        if (option.kind() == RuleOption.Kind.BOOLEAN) {
            Button check = new Button(parent, SWT.CHECK);
            check.setText(option.key());
            check.setToolTipText(option.description());
            GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
            check.addListener(SWT.Selection, e -> changed());
            all.add(check);
            return check;
        }
        label(parent, option.key() + ':', option.description());
        boolean list = option.kind() == RuleOption.Kind.STRING_LIST;
        Text text = text(parent, SWT.BORDER | (list ? SWT.MULTI | SWT.V_SCROLL : SWT.SINGLE), option.description());
        if (list) {
            GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(text);
        }
        return text;
    }

    void load(IEclipsePreferences node) {
        extensions.setText(node.get(PreferenceKeys.EXTRA_EXTENSIONS, ""));
        ignore.setText(node.get(PreferenceKeys.IGNORE, ""));
        for (RuleControls controls : rules) {
            String id = controls.rule.info().id();
            controls.enabled.setSelection(node.getBoolean(PreferenceKeys.enabled(id), true));
            String severity = node.get(PreferenceKeys.severity(id), "");
            int index = severity.isEmpty() ? 0 : controls.severity.indexOf(severity);
            controls.severity.select(Math.max(0, index));
            controls.options.forEach((option, control) -> show(control, option, node.get(PreferenceKeys.option(id, option), "")));
        }
    }

    void loadDefaults() {
        extensions.setText("");
        ignore.setText("");
        for (RuleControls controls : rules) {
            controls.enabled.setSelection(true);
            controls.severity.select(0);
            controls.options.forEach((option, control) -> show(control, option, ""));
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
                        return controls.rule.info().id() + '.' + entry.getKey().key() + ": " + e.getMessage();
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
            put(node, PreferenceKeys.severity(id), severity <= 0 ? "" : controls.severity.getItem(severity));
            controls.options.forEach((option, control) -> put(node, PreferenceKeys.option(id, option), valueOf(control, option)));
        }
    }

    void setEnabled(boolean enabled) {
        all.forEach(control -> control.setEnabled(enabled));
    }

    /** The check box that turns a rule on and off. */
    Button enabledButton(String ruleId) {
        return rules.stream().filter(r -> r.rule.info().id().equals(ruleId)).map(RuleControls::enabled).findFirst().orElse(null);
    }

    private static void show(Control control, RuleOption<?> option, String stored) {
        Object value = option.defaultValue();
        if (!stored.isBlank()) {
            try {
                value = option.convert(stored);
            } catch (IllegalArgumentException e) {
                value = stored;
            }
        }
        if (control instanceof Button check) {
            check.setSelection(Boolean.TRUE.equals(value));
        } else if (control instanceof Text text) {
            text.setText(value instanceof List<?> items ? String.join("\n", items.stream().map(String::valueOf).toList()) : String.valueOf(value));
        }
    }

    /** The stored form of a control's value: empty when it equals the default, so defaults can change with the core. */
    private static String valueOf(Control control, RuleOption<?> option) {
        if (control instanceof Button check) {
            return check.getSelection() == Boolean.TRUE.equals(option.defaultValue()) ? "" : String.valueOf(check.getSelection());
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

    private void label(Composite parent, String text, String tip) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setToolTipText(tip);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private Text text(Composite parent, int style, String tip) {
        Text text = new Text(parent, style);
        text.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.Modify, e -> changed());
        all.add(text);
        return text;
    }
}
