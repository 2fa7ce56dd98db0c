package org.copydesk.ui.quickfix;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.TextEdit;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.copydesk.ui.StatusMessage;
import org.copydesk.ui.markers.CheckJob;
import org.copydesk.ui.markers.FileSettings;
import org.copydesk.ui.markers.TextSnapshot;
import org.copydesk.ui.project.ProjectCopies;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.CreateChangeOperation;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/**
 * Fixes in several files as one operation of the platform's refactoring support: the writer sees every change in
 * a preview before anything is written, the files change together (open editors keep their unsaved state, other
 * files are saved), and Edit › Undo takes all of it back in one step. The fixes are chosen afresh among the
 * findings of each file's current text ({@link FixTarget}), as for one file.
 */
final class FixAcrossFiles extends Refactoring {
    private final String name;
    private final List<FileFixer.Request> requests;
    private CompositeChange change;
    private int applied;
    private int files;
    private int refused;

    FixAcrossFiles(String name, List<FileFixer.Request> requests) {
        this.name = name;
        this.requests = List.copyOf(requests);
    }

    /** Shows the preview; the writer applies or cancels it. Returns true if the fixes were applied. */
    static boolean previewAndApply(String name, List<FileFixer.Request> requests) {
        FixAcrossFiles refactoring = new FixAcrossFiles(name, requests);
        RefactoringWizard wizard = new RefactoringWizard(refactoring,
                RefactoringWizard.DIALOG_BASED_USER_INTERFACE | RefactoringWizard.PREVIEW_EXPAND_FIRST_NODE) {
            @Override
            protected void addUserInputPages() {
                // nothing to ask: the preview is the page
            }
        };
        wizard.setForcePreviewReview(true);
        wizard.setDefaultPageTitle(name);
        IWorkbenchPart part = StatusMessage.activePart();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        try {
            int result = new RefactoringWizardOpenOperation(wizard).run(shell, name);
            if (result == org.eclipse.jface.dialogs.IDialogConstants.OK_ID) {
                refactoring.tell(part);
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Applies the fixes with no preview (the writer chose them in the Problems view), still as one undoable operation. */
    static FileFixer.Outcome apply(String name, List<FileFixer.Request> requests) {
        FixAcrossFiles refactoring = new FixAcrossFiles(name, requests);
        // checks, creates the change and records what it will be checked against, as the refactoring wizard does
        PerformChangeOperation perform = new PerformChangeOperation(new CreateChangeOperation(
                new CheckConditionsOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS), RefactoringStatus.FATAL));
        perform.setUndoManager(RefactoringCore.getUndoManager(), name);
        try {
            // in the UI thread, as the refactoring wizard does: the changes go into open editors' documents
            PlatformUI.getWorkbench().getProgressService().run(false, false, monitor -> {
                try {
                    ResourcesPlugin.getWorkspace().run(perform, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Log.error("Copydesk could not apply fixes", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!perform.changeExecuted()) {
            return new FileFixer.Outcome(0, 0, Math.max(1, refactoring.refused));
        }
        refactoring.enqueueCheck();
        return new FileFixer.Outcome(refactoring.applied, refactoring.files, refactoring.refused);
    }

    private void tell(IWorkbenchPart part) {
        enqueueCheck();
        FileFixer.tell(part, new FileFixer.Outcome(applied, files, refused));
    }

    private void enqueueCheck() {
        // markers of text that changed in editors catch up at once, not at the next keystroke
        CheckJob.background().enqueue(requests.stream().map(FileFixer.Request::file).toList());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
        return new RefactoringStatus();
    }

    @Override
    public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, requests.size());
        RefactoringStatus status = new RefactoringStatus();
        List<Change> changes = new ArrayList<>();
        applied = 0;
        files = 0;
        refused = 0;
        for (FileFixer.Request request : requests) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            TextFileChange fileChange = changeOf(request);
            if (fileChange != null) {
                changes.add(fileChange);
            }
            progress.worked(1);
        }
        if (changes.isEmpty()) {
            status.addFatalError(Messages.fixRefused);
        } else if (refused > 0) {
            status.addInfo(NLS.bind(Messages.fixesRefusedInfo, refused));
        }
        change = new CompositeChange(name, changes.toArray(Change[]::new));
        return status;
    }

    /** The change of one file: one edit group per fix, named as the fix, so the preview lists them. */
    private TextFileChange changeOf(FileFixer.Request request) throws CoreException {
        TextSnapshot snapshot = TextSnapshot.of(request.file());
        if (snapshot == null || !(FileSettings.of(request.file()) instanceof FileSettings.Check settings)) {
            refused += request.targets().size();
            return null;
        }
        SelectedFixes selected = SelectedFixes.select(settings.config(), request.file().getName(), snapshot.text(), request.targets(),
                ProjectCopies.copiesIn(request.file(), snapshot.text()));
        refused += selected.refused();
        if (selected.applied().isEmpty()) {
            return null;
        }
        TextFileChange fileChange = new TextFileChange(request.file().getName(), request.file());
        // an editor's text is changed in the editor, for the writer to save, as a fix in one file is; others are saved
        boolean inEditor = FileBuffers.getTextFileBufferManager().getTextFileBuffer(request.file().getFullPath(), LocationKind.IFILE) != null;
        fileChange.setSaveMode(inEditor ? TextFileChange.LEAVE_DIRTY : TextFileChange.KEEP_SAVE_STATE);
        MultiTextEdit root = new MultiTextEdit();
        fileChange.setEdit(root);
        fileChange.setTextType(request.file().getFileExtension());
        for (Fix fix : selected.applied()) {
            List<ReplaceEdit> edits = new ArrayList<>();
            for (TextEdit edit : fix.edits()) {
                ReplaceEdit replace = new ReplaceEdit(edit.offset(), edit.length(), edit.replacement());
                root.addChild(replace);
                edits.add(replace);
            }
            fileChange.addTextEditGroup(new TextEditGroup(fix.label(), edits.toArray(ReplaceEdit[]::new)));
        }
        applied += selected.applied().size();
        files++;
        return fileChange;
    }

    @Override
    public Change createChange(IProgressMonitor monitor) {
        return change;
    }
}
