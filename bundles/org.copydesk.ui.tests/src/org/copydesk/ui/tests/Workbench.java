package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.markers.CheckJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the workbench tests share: projects, files, editors, and waiting by running the event loop. */
final class Workbench {
    static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
    static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";
    static final String EXAMPLE = "000_4e3a9109ce5d23f9.txt";
    private static final long TIMEOUT_MILLIS = 20_000;

    private Workbench() {
    }

    static String example() throws IOException {
        String folder = System.getProperty("copydesk.examples");
        if (folder == null) {
            fail("the copydesk.examples system property names the folder of the example articles");
        }
        return Files.readString(Path.of(folder, EXAMPLE), StandardCharsets.UTF_8);
    }

    static IProject newProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    static IFile createFile(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static ITextEditor open(IFile file, String editorId) throws CoreException {
        IEditorPart editor = IDE.openEditor(page(), file, editorId, true);
        processEvents();
        return (ITextEditor) editor;
    }

    static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static ISourceViewer viewer(ITextEditor editor) {
        return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
    }

    static void undo(ITextEditor editor) {
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        processEvents();
    }

    /** The list of the quick-fix popup that Ctrl+1 opened, once it shows. */
    static Table quickFixPopup() {
        Table[] found = new Table[1];
        waitUntil("the quick-fix popup shows", () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
                    found[0] = findTable(shell);
                    if (found[0] != null && found[0].getItemCount() > 0) {
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    private static Table findTable(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite nested) {
                Table table = findTable(nested);
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }

    static List<IMarker> markers(IResource resource) {
        try {
            IMarker[] markers = resource.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_INFINITE);
            return Arrays.stream(markers).sorted(Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.CHAR_START, -1))).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> markers(IResource resource, String ruleId) {
        return markers(resource).stream().filter(m -> ruleId.equals(CopydeskMarker.ruleId(m))).toList();
    }

    /** Runs the event loop until {@code condition} holds, or fails after a timeout. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            spin(20);
        }
    }

    /** Runs the event loop until Copydesk's jobs are done and the reconcilers have had their pause. */
    static void waitForChecks() {
        spin(700);
        waitUntil("Copydesk's checks are done", () -> Job.getJobManager().find(CheckJob.FAMILY).length == 0);
        spin(100);
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // dispatch everything pending
        }
    }

    /** Lets the UI run for {@code millis}: dispatches events, resting between rounds. */
    static void spin(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            processEvents();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
    }

    static void closeAllAndDelete(IProject... projects) throws CoreException {
        page().closeAllEditors(false);
        processEvents();
        // a check still running for a closed editor would otherwise outlive the project it read
        waitUntil("Copydesk's checks are done", () -> Job.getJobManager().find(CheckJob.FAMILY).length == 0);
        for (IProject project : projects) {
            if (project != null && project.exists()) {
                project.delete(true, true, null);
            }
        }
    }
}
