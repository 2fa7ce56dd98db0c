package org.copydesk.ui.markers;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.RuleFailure;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.osgi.util.NLS;

/**
 * Writes rules that crashed to the Error Log, with their stack trace. The other rules' findings are shown as
 * usual. A failure is logged once per session, not on every keystroke that repeats it.
 */
public final class FailureLog {
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private FailureLog() {
    }

    public static void report(IFile file, List<RuleFailure> failures) {
        for (RuleFailure failure : failures) {
            String key = failure.ruleId() + '\n' + failure.error();
            if (LOGGED.add(key)) {
                Log.error(NLS.bind(Messages.ruleFailed, failure.ruleId(), file.getFullPath()), failure.error());
            }
        }
    }
}
