package org.copydesk.ui.project;

import org.copydesk.ui.Messages;
import org.copydesk.ui.markers.CheckJob;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** The background work on a project's index, in Copydesk's job family (what tests and the progress view wait for). */
final class IndexJob extends Job {
    interface Work {
        IStatus run(IProgressMonitor monitor);
    }

    private final Work work;

    private IndexJob(IProject project, Work work) {
        super(NLS.bind(Messages.indexJob, project.getName()));
        this.work = work;
        setSystem(true);
        setPriority(DECORATE);
    }

    static Job create(IProject project, Work work) {
        return new IndexJob(project, work);
    }

    /** Runs {@code action} in a job of its own, now. */
    static void run(IProject project, Runnable action) {
        new IndexJob(project, monitor -> {
            action.run();
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        return work.run(monitor);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == CheckJob.FAMILY;
    }
}
