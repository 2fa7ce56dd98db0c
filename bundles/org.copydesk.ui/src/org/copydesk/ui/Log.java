package org.copydesk.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Copydesk's entries in the Error Log. A class of its own, apart from the activator, so that the preferences,
 * the watcher and the fixes can log without depending on what starts them.
 */
public final class Log {
    public static final String ID = "org.copydesk.ui";

    private Log() {
    }

    public static ILog platform() {
        return ILog.of(Log.class);
    }

    public static void error(String message, Throwable error) {
        platform().log(new Status(IStatus.ERROR, ID, message, error));
    }

    public static void warning(String message) {
        platform().log(new Status(IStatus.WARNING, ID, message));
    }
}
