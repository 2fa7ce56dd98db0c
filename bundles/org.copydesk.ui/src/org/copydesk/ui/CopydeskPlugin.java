package org.copydesk.ui;

import org.copydesk.ui.markers.WorkspaceWatcher;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Starts watching the workspace as soon as anything of Copydesk is loaded, and stops on shutdown. */
public final class CopydeskPlugin implements BundleActivator {
    public static final String ID = "org.copydesk.ui";

    @Override
    public void start(BundleContext context) {
        WorkspaceWatcher.start();
        org.copydesk.ui.reconciler.EditorTracker.start();
    }

    @Override
    public void stop(BundleContext context) {
        WorkspaceWatcher.stop();
    }

    public static ILog log() {
        return ILog.of(CopydeskPlugin.class);
    }

    public static void logError(String message, Throwable error) {
        log().log(new Status(IStatus.ERROR, ID, message, error));
    }

    public static void logWarning(String message) {
        log().log(new Status(IStatus.WARNING, ID, message));
    }
}
