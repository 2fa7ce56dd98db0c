package org.copydesk.ui.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Checks files and folders in the background, with progress and cancel. One shared instance serves the
 * workspace watcher (requests pile up while it runs and are taken in the next round); the "Check with Copydesk"
 * command runs its own, visible to the user.
 */
public final class CheckJob extends Job {
    /** Marks Copydesk's jobs, so tests and the progress view can find them. */
    public static final Object FAMILY = CheckJob.class;

    private static final CheckJob BACKGROUND = new CheckJob(Messages.checkJobBackground, false);

    private final Set<IResource> pending = new LinkedHashSet<>();

    private CheckJob(String name, boolean user) {
        super(name);
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
        return Status.OK_STATUS;
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
                try {
                    container.accept((IResourceProxy proxy) -> {
                        if (proxy.isDerived() || proxy.isTeamPrivateMember()) {
                            return false;
                        }
                        if (proxy.getType() == IResource.FILE) {
                            IFile file = (IFile) proxy.requestResource();
                            if (FileSettings.hasCheckedExtension(file)) {
                                files.add(file);
                            }
                        }
                        return true;
                    }, IResource.NONE);
                } catch (CoreException e) {
                    // a project closed or deleted meanwhile: nothing left to check there
                }
            }
        }
        return new ArrayList<>(files);
    }
}
