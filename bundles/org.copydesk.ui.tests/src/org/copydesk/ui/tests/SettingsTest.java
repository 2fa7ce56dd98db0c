package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.ui.Rules;
import org.copydesk.ui.preferences.CopydeskPreferencePage;
import org.copydesk.ui.preferences.CopydeskPropertyPage;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.copydesk.ui.preferences.PreferenceKeys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preference page and the project settings turn checks on and off; a .copydesk.yaml wins over both. */
class SettingsTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private static final String RULE = "duplicate-paragraph";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("settings");
    }

    @AfterEach
    void restore() throws Exception {
        CopydeskPreferences.workspaceNode().clear();
        CopydeskPreferences.workspaceNode().flush();
        Workbench.closeAllAndDelete(project);
        Workbench.waitForChecks();
    }

    @Test
    void turningACheckOffInThePreferencePageRemovesItsMarkers() throws Exception {
        IFile file = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n" + PARAGRAPH);
        Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file, RULE).size() == 1);

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "org.copydesk.ui.preferences", new String[] { "org.copydesk.ui.preferences" }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            CopydeskPreferencePage page = (CopydeskPreferencePage) dialog.getSelectedPage();
            assertNotNull(page.enabledButton(RULE), "a check box for every rule of the core");
            page.enabledButton(RULE).setSelection(false);
            page.performOk();
        } finally {
            dialog.close();
        }
        Workbench.waitUntil("the duplicate's marker is gone", () -> Workbench.markers(file, RULE).isEmpty());

        CopydeskPreferences.workspaceNode().remove(PreferenceKeys.enabled(RULE));
        Workbench.waitUntil("turned on again, the duplicate is flagged again", () -> Workbench.markers(file, RULE).size() == 1);
    }

    @Test
    void projectSettingsOverrideTheWorkspaceAndAConfigFileOverridesBoth() throws Exception {
        IFile file = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n" + PARAGRAPH);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file, RULE).size() == 1);

        IEclipsePreferences node = CopydeskPreferences.projectNode(project);
        node.putBoolean(PreferenceKeys.PROJECT_SPECIFIC, true);
        node.put(PreferenceKeys.severity(RULE), "error");
        node.flush();
        Workbench.waitUntil("the project's severity applies", () -> Workbench.markers(file, RULE).size() == 1
                && Workbench.markers(file, RULE).get(0).getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);

        Workbench.createFile(project, ".copydesk.yaml", "rules:\n  " + RULE + ": info\n");
        Workbench.waitUntil("the config file wins", () -> Workbench.markers(file, RULE).size() == 1
                && Workbench.markers(file, RULE).get(0).getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_INFO);
        assertEquals(1, Workbench.markers(file).size());
    }

    @Test
    void thePropertyPageSaysWhenAConfigFileWins() throws Exception {
        assertTrue(propertyPageText().stream().anyMatch(t -> t.contains("would win")), "without a config file");
        Workbench.createFile(project, ".copydesk.yaml", "rules:\n  " + RULE + ": info\n");
        List<String> texts = propertyPageText();
        assertTrue(texts.stream().anyMatch(t -> t.contains(".copydesk.yaml") && t.contains("Edit that file to change them")), texts.toString());
    }

    private List<String> propertyPageText() {
        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                project, "org.copydesk.ui.properties", new String[] { "org.copydesk.ui.properties" }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<String> texts = new ArrayList<>();
            collectLabels(dialog.getShell(), texts);
            return texts;
        } finally {
            dialog.close();
        }
    }

    @Test
    void thePropertyPageShowsTheConfigFilesValuesInEffectReadOnly() throws Exception {
        Workbench.createFile(project, ".copydesk.yaml", "rules:\n  " + RULE + ":\n    severity: error\n    similarity: 0.95\n"
                + "  unattributed-quote:\n    language: de\n");
        withPropertyPage(page -> {
            assertEquals("Error", page.severityCombo(RULE).getText());
            assertEquals("0.95", ((Text) page.optionControl(RULE, "similarity")).getText());
            assertEquals("German", ((Combo) page.optionControl("unattributed-quote", "language")).getText());
            assertFalse(page.severityCombo(RULE).isEnabled(), "the config file's values cannot be edited here");
            assertFalse(page.optionControl(RULE, "similarity").isEnabled());
            assertFalse(page.enabledButton(RULE).isEnabled());
            assertFalse(page.projectSpecificButton().isEnabled(), "project settings would not apply");
        });
    }

    @Test
    void withoutAConfigFileThePropertyPageShowsTheWorkspaceValuesUntilTheProjectGetsItsOwn() throws Exception {
        CopydeskPreferences.workspaceNode().put(PreferenceKeys.severity(RULE), "info");
        withPropertyPage(page -> {
            assertEquals("Info", page.severityCombo(RULE).getText(), "the value in effect");
            assertFalse(page.severityCombo(RULE).isEnabled(), "not editable while the workspace's settings apply");
            page.projectSpecificButton().setSelection(true);
            page.projectSpecificButton().notifyListeners(SWT.Selection, new Event());
            assertTrue(page.severityCombo(RULE).isEnabled());
        });
    }

    @Test
    void thePreferencePageSpeaksInWordsAndOffersTheLanguagesAsAList() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "org.copydesk.ui.preferences", new String[] { "org.copydesk.ui.preferences" }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<String> texts = new ArrayList<>();
            collectLabels(dialog.getShell(), texts);
            for (String raw : List.of("similarity:", "min-words:", "scare-quote-words:", "language:", "signatures:")) {
                assertFalse(texts.contains(raw), "a raw config key as a label: " + raw);
            }
            assertTrue(texts.contains("How alike near copies must be (0.5 to 1.0):"), texts.toString());
            CopydeskPreferencePage page = (CopydeskPreferencePage) dialog.getSelectedPage();
            Combo language = (Combo) page.optionControl("unattributed-quote", "language");
            assertEquals(List.of("Detect it in each draft", "English", "German", "French"), List.of(language.getItems()));
            language.select(language.indexOf("French"));
            page.performOk();
        } finally {
            dialog.close();
        }
        assertEquals("fr", CopydeskPreferences.workspaceNode().get(PreferenceKeys.option("unattributed-quote",
                Rules.all().stream().filter(r -> r.info().id().equals("unattributed-quote")).findFirst().orElseThrow().options().stream()
                        .filter(o -> o.key().equals("language")).findFirst().orElseThrow()), ""));
    }

    private void withPropertyPage(java.util.function.Consumer<CopydeskPropertyPage> check) {
        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                project, "org.copydesk.ui.properties", new String[] { "org.copydesk.ui.properties" }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            check.accept((CopydeskPropertyPage) dialog.getSelectedPage());
        } finally {
            dialog.close();
        }
    }

    private static void collectLabels(Composite composite, List<String> texts) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite nested) {
                collectLabels(nested, texts);
            }
        }
    }

    @Test
    void extraFileExtensionsAreChecked() throws Exception {
        IFile file = Workbench.createFile(project, "draft.rst", PARAGRAPH + "\n" + PARAGRAPH);
        Workbench.waitForChecks();
        assertEquals(0, Workbench.markers(file).size());
        CopydeskPreferences.workspaceNode().put(PreferenceKeys.EXTRA_EXTENSIONS, "rst");
        Workbench.waitUntil("the .rst file is checked", () -> Workbench.markers(file, RULE).size() == 1);
    }
}
