package org.copydesk.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.progress.UIJob;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens drafts given on the command line, for the demo IDE ({@code releng/run-ide.sh}):
 * {@code -Dcopydesk.open=FILE[:LINE];…}. Each file's folder becomes a project (the workspace needs one for
 * markers), each file opens in its default editor with the caret on LINE, and the Problems view shows. Part of
 * the demo IDE only: the installed feature never carries it.
 */
public final class OpenOnStartup implements IStartup {
    static final String PROPERTY = "copydesk.open";
    private static final Pattern WITH_LINE = Pattern.compile("(.*):(\\d+)");

    private record Request(Path path, int line) {
    }

    @Override
    public void earlyStartup() {
        String spec = System.getProperty(PROPERTY, "").strip();
        if (spec.isEmpty()) {
            return;
        }
        List<Request> requests = new ArrayList<>();
        for (String entry : spec.split(";")) {
            Matcher withLine = WITH_LINE.matcher(entry.strip());
            if (withLine.matches()) {
                requests.add(new Request(Path.of(withLine.group(1)).toAbsolutePath().normalize(), Integer.parseInt(withLine.group(2))));
            } else if (!entry.isBlank()) {
                requests.add(new Request(Path.of(entry.strip()).toAbsolutePath().normalize(), 0));
            }
        }
        new WorkspaceJob("Copydesk: opening " + requests.size() + " file(s)") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<IFile> files = new ArrayList<>();
                for (Request request : requests) {
                    files.add(Files.isRegularFile(request.path()) ? fileFor(request.path()) : null);
                }
                open(requests, files);
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    private static IFile fileFor(Path path) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        for (IFile file : workspace.getRoot().findFilesForLocationURI(path.toUri())) {
            if (file.isAccessible()) {
                return file;
            }
        }
        Path folder = path.getParent();
        Path workspaceFolder = workspace.getRoot().getLocation().toFile().toPath();
        IProject project = workspace.getRoot().getProject(folder.getFileName().toString());
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(project.getName());
            if (!folder.getParent().equals(workspaceFolder)) {
                description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(folder.toString()));
            }
            project.create(description, null);
            project.open(null);
            // drafts pasted from the web are UTF-8; saying so also spares the "no explicit encoding" warning
            project.setDefaultCharset("UTF-8", null);
        }
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile(path.getFileName().toString());
    }

    private static void open(List<Request> requests, List<IFile> files) {
        new UIJob("Copydesk: opening files") {
            @Override
            public IStatus runInUIThread(IProgressMonitor monitor) {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                    window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                }
                if (window == null) {
                    schedule(500);
                    return Status.OK_STATUS;
                }
                IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
                if (intro != null) {
                    PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
                }
                IWorkbenchPage page = window.getActivePage();
                try {
                    page.showView(IPageLayout.ID_PROBLEM_VIEW);
                } catch (PartInitException e) {
                    logError("Copydesk could not show the Problems view", e);
                }
                for (int i = 0; i < files.size(); i++) {
                    if (files.get(i) != null) {
                        openAt(page, files.get(i), requests.get(i).line());
                    }
                }
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    private static void openAt(IWorkbenchPage page, IFile file, int line) {
        try {
            ITextEditor editor = IDE.openEditor(page, file).getAdapter(ITextEditor.class);
            if (editor != null && line > 0) {
                IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                int offset = document.getLineOffset(Math.min(line, document.getNumberOfLines()) - 1);
                editor.selectAndReveal(offset, 0);
            }
        } catch (PartInitException | BadLocationException e) {
            logError("Copydesk could not open " + file.getFullPath(), e);
        }
    }

    private static void logError(String message, Exception e) {
        ILog.of(OpenOnStartup.class).error(message, e);
    }
}
