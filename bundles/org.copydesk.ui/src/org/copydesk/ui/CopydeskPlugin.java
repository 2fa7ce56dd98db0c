package org.copydesk.ui;

import org.copydesk.ui.markers.WorkspaceWatcher;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Starts watching the workspace as soon as anything of Copydesk is loaded, and stops on shutdown. */
public final class CopydeskPlugin implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        WorkspaceWatcher.start();
        org.copydesk.ui.reconciler.EditorTracker.start();
    }

    @Override
    public void stop(BundleContext context) {
        WorkspaceWatcher.stop();
    }
}
