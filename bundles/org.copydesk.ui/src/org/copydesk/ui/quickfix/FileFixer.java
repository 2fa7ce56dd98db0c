package org.copydesk.ui.quickfix;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.Checker;
import org.copydesk.core.Fix;
import org.copydesk.core.TextEdit;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.copydesk.ui.Rules;
import org.copydesk.ui.StatusMessage;
import org.copydesk.ui.markers.CheckJob;
import org.copydesk.ui.markers.FileSettings;
import org.copydesk.ui.markers.TextSnapshot;
import org.copydesk.ui.project.ProjectCopies;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Applies fixes to files through their text file buffers (shared with any open editor, so a fix lands in the
 * editor, unsaved, as one undo step; a file no editor shows is saved).
 *
 * <p>The fixes are recomputed: the current text is checked again off the UI thread and the fixes are picked among
 * the fresh findings ({@link FixTarget}); the result is applied only if the text did not change meanwhile. A stale
 * marker therefore either finds its finding again, or nothing happens: the text is never corrupted.
 */
public final class FileFixer {
    /** Fixes to apply to one file. */
    public record Request(IFile file, List<FixTarget> targets) {
    }

    /**
     * How many fixes were applied, in how many files, how many were refused because the text no longer has
     * their finding (or changed while the fixes were worked out), and how many problems are left whose fixes are
     * suggestions, for the writer to choose among.
     */
    public record Outcome(int applied, int files, int refused, int choices) {
        public Outcome(int applied, int files, int refused) {
            this(applied, files, refused, 0);
        }
    }

    private FileFixer() {
    }

    public static Outcome apply(List<Request> requests) {
        if (Display.getCurrent() == null) {
            Outcome[] outcome = new Outcome[1];
            Display.getDefault().syncExec(() -> outcome[0] = apply(requests));
            return outcome[0];
        }
        List<Work> works = new ArrayList<>();
        try {
            for (Request request : requests) {
                works.add(Work.open(request));
            }
            computeOffTheUiThread(works);
            int applied = 0;
            int files = 0;
            int refused = 0;
            int choices = 0;
            for (Work work : works) {
                int done = work.applyToDocument();
                applied += done;
                files += done > 0 ? 1 : 0;
                refused += work.refused;
                choices += work.choices;
            }
            if (refused > 0) {
                // markers that found no finding are out of date: bring them up to date with the text
                CheckJob.background().enqueue(requests.stream().map(Request::file).toList());
            }
            return new Outcome(applied, files, refused, choices);
        } catch (CoreException e) {
            Log.error("Copydesk could not apply fixes", e);
            return new Outcome(0, 0, requests.size());
        } finally {
            for (Work work : works) {
                work.close();
            }
        }
    }

    /** What the writer is told after fixes were applied from {@code part}: how many, or why none. */
    public static void tell(IWorkbenchPart part, Outcome outcome) {
        if (outcome.applied() == 0 && outcome.refused() > 0) {
            StatusMessage.showError(part, Messages.fixRefused);
        } else if (outcome.applied() == 0 && outcome.choices() > 0) {
            StatusMessage.show(part, outcome.choices() == 1 ? Messages.nothingToFixOneChoice : NLS.bind(Messages.nothingToFixChoices, outcome.choices()));
        } else if (outcome.applied() == 0) {
            StatusMessage.show(part, Messages.nothingToFix);
        } else if (outcome.files() > 1) {
            StatusMessage.show(part, NLS.bind(Messages.fixedProblemsInFiles, outcome.applied(), outcome.files()));
        } else {
            String fixed = outcome.applied() == 1 ? Messages.fixedOneProblem : NLS.bind(Messages.fixedProblems, outcome.applied());
            StatusMessage.show(part, outcome.choices() == 0 ? fixed
                    : NLS.bind(outcome.choices() == 1 ? Messages.fixedAndOneChoice : Messages.fixedAndChoices, fixed, outcome.choices()));
        }
    }

    private static void computeOffTheUiThread(List<Work> works) {
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> works.forEach(Work::compute));
        } catch (InvocationTargetException e) {
            Log.error("Copydesk could not compute fixes", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file: its buffer, the text the fixes are computed for, and the new text. */
    private static final class Work {
        private final Request request;
        private final ITextFileBuffer buffer;
        private final boolean openElsewhere;
        private final TextSnapshot snapshot;
        /** The new text, or null when there is nothing to apply. */
        private String fixedText;
        private int applied;
        /** The fixes applied, when they were applied in one round to the snapshot's text: their placeholders can be found. */
        private List<Fix> placeable = List.of();
        private int refused;
        /** Problems left after the automatic fixes whose fixes are all suggestions. */
        private int choices;

        private Work(Request request, ITextFileBuffer buffer, boolean openElsewhere) {
            this.request = request;
            this.buffer = buffer;
            this.openElsewhere = openElsewhere;
            this.snapshot = TextSnapshot.of(buffer.getDocument());
        }

        static Work open(Request request) throws CoreException {
            ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
            boolean openElsewhere = manager.getTextFileBuffer(request.file().getFullPath(), LocationKind.IFILE) != null;
            manager.connect(request.file().getFullPath(), LocationKind.IFILE, null);
            return new Work(request, manager.getTextFileBuffer(request.file().getFullPath(), LocationKind.IFILE), openElsewhere);
        }

        private boolean allAutomatic() {
            return request.targets().equals(List.of(FixTarget.ALL_AUTOMATIC));
        }

        void compute() {
            if (snapshot == null || !(FileSettings.of(request.file()) instanceof FileSettings.Check settings)) {
                // not a file Copydesk checks (any more): nothing to fix, and no finding for a targeted fix
                refused = allAutomatic() ? 0 : request.targets().size();
                return;
            }
            String name = request.file().getName();
            if (allAutomatic()) {
                // round after round, as copydesk fix does, so the editor and the build give the same text
                AutomaticFixer.Result fixed = AutomaticFixer.fix(new Checker(settings.config(), Rules.all()), name, snapshot.text(),
                        fix -> fix, ProjectCopies.copiesIn(request.file(), snapshot.text()));
                fixedText = fixed.fixed() == 0 ? null : fixed.text();
                applied = fixed.fixed();
                choices = (int) fixed.after().findings().stream().filter(f -> !f.fixes().isEmpty() && f.automaticFix() == null).count();
                return;
            }
            SelectedFixes selected = SelectedFixes.select(settings.config(), name, snapshot.text(), request.targets(),
                    ProjectCopies.copiesIn(request.file(), snapshot.text()));
            refused = selected.refused();
            if (!selected.applied().isEmpty()) {
                fixedText = selected.fixedText();
                applied = selected.applied().size();
                placeable = selected.applied();
            }
        }

        /**
         * Applies the new text if the document still holds the text it was computed from; returns the fixes applied.
         * A text that changed meanwhile refuses them all.
         */
        int applyToDocument() throws CoreException {
            if (fixedText == null || applied == 0) {
                return 0;
            }
            if (!snapshot.isCurrent(request.file())) {
                refused += applied;
                return 0;
            }
            try {
                DocumentEdit.replace(buffer.getDocument(), snapshot.text(), fixedText);
            } catch (BadLocationException e) {
                return 0;
            }
            if (!openElsewhere) {
                buffer.commit(null, false);
            } else {
                selectPlaceholder();
            }
            return applied;
        }

        /** Selects the first placeholder a fix inserted (the {@code [SOURCE]} of "Add attribution"), ready to overtype. */
        private void selectPlaceholder() {
            Map<TextEdit, Fix.Placeholder> placeholders = new IdentityHashMap<>();
            List<TextEdit> edits = new ArrayList<>();
            for (Fix fix : placeable) {
                edits.addAll(fix.edits());
                if (fix.placeholder() != null) {
                    placeholders.put(fix.edits().get(fix.placeholder().edit()), fix.placeholder());
                }
            }
            edits.sort(Comparator.comparingInt(TextEdit::offset));
            int shift = 0;
            for (TextEdit edit : edits) {
                Fix.Placeholder placeholder = placeholders.get(edit);
                if (placeholder != null) {
                    ITextEditor editor = openEditor(request.file());
                    if (editor != null) {
                        editor.selectAndReveal(edit.offset() + shift + placeholder.start(), placeholder.end() - placeholder.start());
                    }
                    return;
                }
                shift += edit.replacement().length() - edit.length();
            }
        }

        void close() {
            try {
                FileBuffers.getTextFileBufferManager().disconnect(request.file().getFullPath(), LocationKind.IFILE, null);
            } catch (CoreException e) {
                Log.error("Copydesk could not release " + request.file().getFullPath(), e);
            }
        }
    }

    static ITextEditor openEditor(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.findEditor(new FileEditorInput(file));
        return editor == null ? null : editor.getAdapter(ITextEditor.class);
    }
}
