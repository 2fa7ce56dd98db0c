package org.copydesk.ui.preferences;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.copydesk.ui.markers.CheckJob;
import org.copydesk.ui.markers.FileSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PropertyPage;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Project › Properties › Copydesk: the settings in effect for the project. With a {@code .copydesk.yaml}, they are
 * that file's, shown read-only; without one, the project's own settings (editable) or the workspace's (read-only
 * until the project gets its own).
 */
public final class CopydeskPropertyPage extends PropertyPage {
    private final SettingsBlock block = new SettingsBlock(this);
    private Button projectSpecific;
    private Label notice;
    private FileSettings.Check inEffect;

    private IProject project() {
        return Adapters.adapt(getElement(), IProject.class);
    }

    @Override
    protected Control createContents(Composite parent) {
        IProject project = project();
        inEffect = FileSettings.inEffect(project);
        Composite contents = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(contents);
        notice = new Label(contents, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(notice);
        if (inEffect.configFile() != null) {
            Link open = new Link(contents, SWT.NONE);
            open.setText(NLS.bind(Messages.propsOpenConfigFile, inEffect.configFile().getFileName()));
            open.addListener(SWT.Selection, e -> openConfigFile(inEffect.configFile()));
        }
        projectSpecific = new Button(contents, SWT.CHECK);
        projectSpecific.setText(Messages.propsProjectSpecific);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(block.create(contents));
        IEclipsePreferences node = CopydeskPreferences.projectNode(project);
        projectSpecific.setSelection(node.getBoolean(PreferenceKeys.PROJECT_SPECIFIC, false));
        projectSpecific.addListener(SWT.Selection, e -> showSettings());
        showSettings();
        return contents;
    }

    /** Shows the settings in effect, and makes them editable only where editing them has an effect. */
    private void showSettings() {
        IProject project = project();
        String extensions = CopydeskPreferences.effectiveNode(project).get(PreferenceKeys.EXTRA_EXTENSIONS, "");
        if (inEffect.configFile() != null) {
            String name = displayName(inEffect.configFile());
            notice.setText(inEffect.problem() == null ? NLS.bind(Messages.propsConfigFileWins, name)
                    : NLS.bind(Messages.propsConfigFileBroken, new Object[] { name, inEffect.problem().line(), inEffect.problem().detail() }));
            block.load(inEffect.config(), extensions);
            block.setEnabled(false);
            projectSpecific.setEnabled(false);
        } else {
            boolean specific = projectSpecific.getSelection();
            notice.setText(specific ? Messages.propsNoConfigFile : Messages.propsWorkspaceSettings);
            block.load(specific ? CopydeskPreferences.projectNode(project) : CopydeskPreferences.workspaceNode());
            block.setEnabled(specific);
        }
        notice.getParent().layout(true, true);
    }

    /** The config file as the writer finds it: relative to the project if inside it. */
    private String displayName(Path configFile) {
        for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(configFile.toUri())) {
            if (file.getProject().equals(project())) {
                return file.getProjectRelativePath().toString();
            }
        }
        return configFile.toString();
    }

    private void openConfigFile(Path configFile) {
        try {
            for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(configFile.toUri())) {
                if (file.isAccessible()) {
                    getShell().close();
                    IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
                    return;
                }
            }
        } catch (PartInitException e) {
            Log.error("Copydesk could not open " + configFile, e);
        }
    }

    @Override
    protected void performDefaults() {
        if (inEffect.configFile() == null && projectSpecific.getSelection()) {
            block.loadDefaults();
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (inEffect.configFile() != null) {
            return true;
        }
        IProject project = project();
        IEclipsePreferences node = CopydeskPreferences.projectNode(project);
        if (projectSpecific.getSelection()) {
            node.putBoolean(PreferenceKeys.PROJECT_SPECIFIC, true);
            block.store(node);
        } else {
            try {
                node.clear();
            } catch (BackingStoreException e) {
                Log.error("Copydesk could not reset the settings of " + project.getName(), e);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            Log.error("Copydesk could not save the settings of " + project.getName(), e);
        }
        CheckJob.background().enqueue(List.of(project));
        return true;
    }

    /** For tests that read the page: the check box of a rule, its severity list, an option's control. */
    public Button enabledButton(String ruleId) {
        return block.enabledButton(ruleId);
    }

    public Combo severityCombo(String ruleId) {
        return block.severityCombo(ruleId);
    }

    public Control optionControl(String ruleId, String optionKey) {
        return block.optionControl(ruleId, optionKey);
    }

    public Button projectSpecificButton() {
        return projectSpecific;
    }
}
