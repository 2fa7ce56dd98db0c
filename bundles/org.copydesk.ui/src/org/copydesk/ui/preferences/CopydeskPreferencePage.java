package org.copydesk.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/** Window › Preferences › Copydesk: the workspace's settings. Saving them re-checks every file. */
public final class CopydeskPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private final SettingsBlock block = new SettingsBlock(this);
    private Button wrapDrafts;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.prefsDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite contents = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(contents);
        Label notice = new Label(contents, SWT.WRAP);
        notice.setText(configFileNotice());
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(notice);
        wrapDrafts = new Button(contents, SWT.CHECK);
        wrapDrafts.setText(Messages.prefsWrapDrafts);
        wrapDrafts.setToolTipText(Messages.prefsWrapDraftsTip);
        wrapDrafts.setSelection(CopydeskPreferences.wrapDrafts());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(block.create(contents));
        block.load(CopydeskPreferences.workspaceNode());
        return contents;
    }

    /** Says that a {@code .copydesk.yaml} wins over these settings, and which projects have one. */
    static String configFileNotice() {
        List<String> projects = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && project.getLocation() != null
                    && project.getLocation().toFile().toPath().resolve(Config.FILE_NAME).toFile().isFile()) {
                projects.add(project.getName());
            }
        }
        return projects.isEmpty() ? NLS.bind(Messages.prefsConfigFileWins, Config.FILE_NAME)
                : NLS.bind(Messages.prefsConfigFileWinsIn, Config.FILE_NAME, String.join(", ", projects));
    }

    @Override
    protected void performDefaults() {
        wrapDrafts.setSelection(true);
        block.loadDefaults();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        block.store(CopydeskPreferences.workspaceNode());
        if (wrapDrafts.getSelection()) {
            CopydeskPreferences.workspaceNode().remove(PreferenceKeys.WRAP_DRAFTS);
        } else {
            CopydeskPreferences.workspaceNode().putBoolean(PreferenceKeys.WRAP_DRAFTS, false);
        }
        try {
            CopydeskPreferences.workspaceNode().flush();
        } catch (BackingStoreException e) {
            Log.error("Copydesk could not save its preferences", e);
        }
        return true;
    }

    /** The check box that opens drafts wrapped (for tests that drive the page). */
    public Button wrapDraftsButton() {
        return wrapDrafts;
    }

    /** The control of one option of a rule (for tests that drive the page). */
    public Control optionControl(String ruleId, String optionKey) {
        return block.optionControl(ruleId, optionKey);
    }

    /** The check box that turns a rule on and off (for tests that drive the page). */
    public Button enabledButton(String ruleId) {
        return block.enabledButton(ruleId);
    }
}
