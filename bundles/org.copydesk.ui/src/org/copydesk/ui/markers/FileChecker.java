package org.copydesk.ui.markers;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.ui.Log;
import org.copydesk.ui.Rules;
import org.copydesk.ui.project.ProjectCopies;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/**
 * Checks one file's current text with the core and replaces its markers. Never called on the UI thread.
 *
 * <p>Checks of one file are serialised, and results are written only if the text they were computed from is
 * still the current one: a slow check can never overwrite the markers of a newer text.
 */
public final class FileChecker {
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private FileChecker() {
    }

    /** Checks the file's current text: the unsaved buffer of an open editor, or the file on disk. */
    public static void check(IFile file) {
        check(file, null, null);
    }

    /**
     * Checks the text of {@code document}, the buffer of an editor open on {@code file}, with the editor's
     * incremental checker if it has one ({@code checks}, or null).
     */
    public static void check(IFile file, IDocument document, IncrementalChecks checks) {
        synchronized (LOCKS[Math.floorMod(file.getFullPath().hashCode(), LOCKS.length)]) {
            try {
                checkLocked(file, document, checks);
            } catch (CoreException | RuntimeException e) {
                if (file.isAccessible()) {
                    Log.error("Copydesk could not check " + file.getFullPath(), e);
                }
            }
        }
    }

    private static void checkLocked(IFile file, IDocument document, IncrementalChecks checks) throws CoreException {
        if (!(FileSettings.of(file) instanceof FileSettings.Check settings)) {
            MarkerWriter.clear(file);
            return;
        }
        if (settings.problem() != null) {
            ConfigErrors.report(settings.problem(), file);
        } else if (settings.configFile() != null) {
            ConfigErrors.resolved(settings.configFile(), file);
        }
        TextSnapshot snapshot = document != null ? TextSnapshot.of(document) : TextSnapshot.of(file);
        if (snapshot == null) {
            MarkerWriter.clear(file);
            return;
        }
        List<CrossFileCopy> copies = ProjectCopies.update(file, settings.config(), snapshot.text());
        // a file with copies of other files is checked whole: the incremental checker knows one file only
        CheckResult result = !copies.isEmpty() ? new Checker(settings.config(), Rules.all()).check(file.getName(), snapshot.text(), copies)
                : checks != null ? checks.check(file.getName(), settings.config(), Rules.all(), snapshot.text())
                : new Checker(settings.config(), Rules.all()).check(file.getName(), snapshot.text());
        FailureLog.report(file, result.failures());
        if (snapshot.isCurrent(file)) {
            MarkerWriter.replace(file, result, settings.problem());
        }
    }
}
