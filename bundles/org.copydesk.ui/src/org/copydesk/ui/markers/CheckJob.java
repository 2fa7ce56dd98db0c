package org.copydesk.ui.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.copydesk.ui.StatusMessage;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Checks files and folders in the background, with progress and cancel. One shared instance serves the
 * workspace watcher (requests pile up while it runs and are taken in the next round); the "Check with Copydesk"
 * command runs its own, visible to the user, which says on the status line what it checked and found.
 */
public final class CheckJob extends Job {
    /** Marks Copydesk's jobs, so tests and the progress view can find them. */
    public static final Object FAMILY = CheckJob.class;

    private static final CheckJob BACKGROUND = new CheckJob(Messages.checkJobBackground, false);

    private final Set<IResource> pending = new LinkedHashSet<>();
    /** For a job the user started: told, on the status line, what was checked and found. */
    private final boolean report;

    private CheckJob(String name, boolean user) {
        super(name);
        this.report = user;
        setUser(user);
        setSystem(!user);
        setPriority(user ? LONG : DECORATE);
    }

    /** The shared job that keeps markers up to date as files change. */
    public static CheckJob background() {
        return BACKGROUND;
    }

    /** A job the user started on a selection; cancelling it stops at the next file. */
    public static CheckJob forUser(List<? extends IResource> resources) {
        CheckJob job = new CheckJob(Messages.checkJobUser, true);
        job.pending.addAll(resources);
        return job;
    }

    public void checkWorkspace() {
        enqueue(List.of(ResourcesPlugin.getWorkspace().getRoot()));
    }

    /** Adds files or containers (checked with everything inside) and starts the job if it is idle. */
    public void enqueue(List<? extends IResource> resources) {
        if (resources.isEmpty()) {
            return;
        }
        synchronized (pending) {
            pending.addAll(resources);
        }
        schedule(100);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<IResource> roots;
        synchronized (pending) {
            roots = new ArrayList<>(pending);
            pending.clear();
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        List<IFile> files = collect(roots, progress.split(1));
        SubMonitor checking = progress.split(9).setWorkRemaining(files.size());
        for (IFile file : files) {
            if (checking.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            checking.subTask(NLS.bind(Messages.checkJobFile, file.getFullPath()));
            FileChecker.check(file);
            checking.worked(1);
        }
        if (report) {
            String summary = summary(files);
            Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
            if (display != null && !display.isDisposed()) {
                display.asyncExec(() -> StatusMessage.show(StatusMessage.activePart(), summary));
            }
            return new Status(IStatus.OK, Log.ID, summary);
        }
        return Status.OK_STATUS;
    }

    /** "Checked 12 files: 9 problems": the files and the findings on them now. */
    private static String summary(List<IFile> files) {
        int problems = 0;
        for (IFile file : files) {
            try {
                for (IMarker marker : file.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO)) {
                    problems += CopydeskMarker.ruleId(marker).isEmpty() ? 0 : 1;
                }
            } catch (CoreException e) {
                // gone meanwhile: no problems there
            }
        }
        if (files.isEmpty()) {
            return Messages.checkedNothing;
        }
        String checked = files.size() == 1 ? Messages.checkedOneFile : NLS.bind(Messages.checkedFiles, files.size());
        String found = problems == 0 ? Messages.foundNoProblems : problems == 1 ? Messages.foundOneProblem : NLS.bind(Messages.foundProblems, problems);
        return NLS.bind(Messages.checkSummary, checked, found);
    }

    private static List<IFile> collect(List<IResource> roots, IProgressMonitor monitor) {
        Set<IFile> files = new LinkedHashSet<>();
        List<IResource> expanded = new ArrayList<>();
        for (IResource root : roots) {
            // the workspace root stands for its open projects: a closed one must not stop the walk
            expanded.addAll(root instanceof IWorkspaceRoot workspace ? List.of(workspace.getProjects()) : List.of(root));
        }
        for (IResource root : expanded) {
            if (monitor.isCanceled()) {
                break;
            }
            if (root instanceof IFile file) {
                files.add(file);
            } else if (root instanceof IContainer container && container.isAccessible()) {
                files.addAll(FileSettings.checkedFilesUnder(container));
            }
        }
        return new ArrayList<>(files);
    }
}
