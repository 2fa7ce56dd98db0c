package org.copydesk.ui.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.copydesk.ui.CopydeskPlugin;
import org.copydesk.ui.Messages;
import org.copydesk.ui.markers.CheckJob;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/** Project › Properties › Copydesk: settings that replace the workspace's for one project. */
public final class CopydeskPropertyPage extends PropertyPage {
    private final SettingsBlock block = new SettingsBlock(this);
    private Button projectSpecific;

    private IProject project() {
        return Adapters.adapt(getElement(), IProject.class);
    }

    @Override
    protected Control createContents(Composite parent) {
        IProject project = project();
        Composite contents = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(contents);
        Optional<Path> configFile = CopydeskPreferencePage.configFileOf(project);
        Label notice = new Label(contents, SWT.WRAP);
        notice.setText(configFile.map(file -> NLS.bind(Messages.propsConfigFileWins, file)).orElse(Messages.propsNoConfigFile));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(notice);
        projectSpecific = new Button(contents, SWT.CHECK);
        projectSpecific.setText(Messages.propsProjectSpecific);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(block.create(contents));
        IEclipsePreferences node = CopydeskPreferences.projectNode(project);
        boolean specific = node.getBoolean(PreferenceKeys.PROJECT_SPECIFIC, false);
        projectSpecific.setSelection(specific);
        block.load(specific ? node : CopydeskPreferences.workspaceNode());
        block.setEnabled(specific);
        projectSpecific.addListener(SWT.Selection, e -> block.setEnabled(projectSpecific.getSelection()));
        return contents;
    }

    @Override
    protected void performDefaults() {
        block.loadDefaults();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IProject project = project();
        IEclipsePreferences node = CopydeskPreferences.projectNode(project);
        if (projectSpecific.getSelection()) {
            node.putBoolean(PreferenceKeys.PROJECT_SPECIFIC, true);
            block.store(node);
        } else {
            try {
                node.clear();
            } catch (BackingStoreException e) {
                CopydeskPlugin.logError("Copydesk could not reset the settings of " + project.getName(), e);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            CopydeskPlugin.logError("Copydesk could not save the settings of " + project.getName(), e);
        }
        CheckJob.background().enqueue(List.of(project));
        return true;
    }
}
