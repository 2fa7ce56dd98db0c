package org.copydesk.ui.markers;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.copydesk.ui.project.ProjectCopies;
import org.copydesk.ui.preferences.PreferenceKeys;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

/**
 * Keeps markers current with no set-up: files added, saved or changed on disk are checked, a project opened is
 * checked whole, a changed {@code .copydesk.yaml} or preference re-checks what it applies to, and when an editor
 * is closed without saving, the file is checked again as it is on disk.
 */
public final class WorkspaceWatcher implements IResourceChangeListener, IFileBufferListener {
    private static final int CONTENT_FLAGS = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING;
    private static WorkspaceWatcher instance;

    private final IPreferenceChangeListener preferences = event -> {
        if (!PreferenceKeys.WRAP_DRAFTS.equals(event.getKey())) {
            CheckJob.background().checkWorkspace();
        }
    };

    private WorkspaceWatcher() {
    }

    public static synchronized void start() {
        if (instance == null) {
            instance = new WorkspaceWatcher();
            ResourcesPlugin.getWorkspace().addResourceChangeListener(instance,
                    IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_DELETE | IResourceChangeEvent.PRE_CLOSE);
            FileBuffers.getTextFileBufferManager().addFileBufferListener(instance);
            CopydeskPreferences.workspaceNode().addPreferenceChangeListener(instance.preferences);
        }
    }

    public static synchronized void stop() {
        if (instance != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance);
            FileBuffers.getTextFileBufferManager().removeFileBufferListener(instance);
            CopydeskPreferences.workspaceNode().removePreferenceChangeListener(instance.preferences);
            instance = null;
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
            // a project about to be deleted or closed: its config files go with it
            FileSettings.forgetConfigFiles(event.getResource() == null ? null : event.getResource().getLocation());
            if (event.getResource() instanceof IProject project) {
                ProjectCopies.forget(project);
            }
            return;
        }
        IResourceDelta root = event.getDelta();
        if (root == null) {
            return;
        }
        List<IResource> toCheck = new ArrayList<>();
        try {
            root.accept(delta -> visit(delta, toCheck));
        } catch (CoreException e) {
            return;
        }
        CheckJob.background().enqueue(toCheck);
    }

    private static boolean visit(IResourceDelta delta, List<IResource> toCheck) {
        IResource resource = delta.getResource();
        if (resource instanceof IProject project) {
            if ((delta.getFlags() & IResourceDelta.OPEN) != 0 || delta.getKind() == IResourceDelta.ADDED) {
                if (project.isOpen()) {
                    toCheck.add(project);
                }
                return false;
            }
            return project.isOpen();
        }
        if (!(resource instanceof IFile file)) {
            return true;
        }
        if (delta.getKind() == IResourceDelta.REMOVED && Config.FILE_NAME.equals(file.getName())) {
            // the drafts it applied to now take the next config file up, or the preferences
            FileSettings.forgetConfigFiles(file.getLocation());
            toCheck.add(file.getParent());
            return false;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            // deleted or moved away (a move also adds the file where it went): its copies leave the project
            if (FileSettings.hasCheckedExtension(file)) {
                ProjectCopies.removed(file);
            }
            return false;
        }
        boolean changed = delta.getKind() == IResourceDelta.ADDED
                || delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & CONTENT_FLAGS) != 0;
        if (!changed) {
            return false;
        }
        if (delta.getKind() == IResourceDelta.ADDED && Config.FILE_NAME.equals(file.getName())) {
            // a new config file has no last good settings, even where one of the same path was checked before
            FileSettings.forgetConfigFiles(file.getLocation());
        }
        if (Config.FILE_NAME.equals(file.getName()) || isProjectPreferences(file)) {
            toCheck.add(Config.FILE_NAME.equals(file.getName()) ? file.getParent() : file.getProject());
        } else if (FileSettings.hasCheckedExtension(file)) {
            toCheck.add(file);
        }
        return false;
    }

    private static boolean isProjectPreferences(IFile file) {
        IPath path = file.getProjectRelativePath();
        return path.segmentCount() == 2 && ".settings".equals(path.segment(0)) && "org.copydesk.ui.prefs".equals(path.segment(1));
    }

    @Override
    public void bufferDisposed(IFileBuffer buffer) {
        // an editor closed without saving leaves markers for text that was never saved
        IPath location = buffer.getLocation();
        if (location != null && location.segmentCount() >= 2) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
            if (file.exists()) {
                CheckJob.background().enqueue(List.of(file));
            }
        }
    }

    @Override
    public void bufferCreated(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentReplaced(IFileBuffer buffer) {
    }

    @Override
    public void stateChanging(IFileBuffer buffer) {
    }

    @Override
    public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
    }

    @Override
    public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
    }

    @Override
    public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
    }

    @Override
    public void underlyingFileDeleted(IFileBuffer buffer) {
    }

    @Override
    public void stateChangeFailed(IFileBuffer buffer) {
    }
}
