package org.copydesk.ui;

import org.copydesk.ui.markers.CheckJob;
import org.copydesk.ui.reconciler.EditorTracker;
import org.eclipse.ui.IStartup;

/**
 * Loaded when the workbench starts, so Copydesk needs no set-up: the activator starts watching the workspace,
 * the Text Editor gets as-you-type checking, and files changed while Eclipse was closed are checked.
 */
public final class Startup implements IStartup {
    @Override
    public void earlyStartup() {
        EditorTracker.start();
        CheckJob.background().checkWorkspace();
    }
}
