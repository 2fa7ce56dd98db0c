package org.copydesk.ui.markers;

import java.nio.file.Path;
import java.util.Map;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Shows a {@code .copydesk.yaml} Copydesk cannot use as an error marker on that file (or on the project of the
 * file it would have applied to, when the config file is outside the workspace), at the line the core names. The
 * drafts it applies to say so too ({@link MarkerWriter}), since the Project Explorer hides dot-files.
 */
final class ConfigErrors {
    private ConfigErrors() {
    }

    static void report(ConfigProblem problem, IFile checkedFile) throws CoreException {
        IResource target = workspaceFile(problem.configFile());
        if (target == null) {
            target = checkedFile.getProject();
        }
        String message = NLS.bind(Messages.configErrorOnFile, problem.detail());
        for (IMarker marker : target.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO)) {
            if (marker.getAttribute(CopydeskMarker.CONFIG_ERROR, false) && message.equals(marker.getAttribute(IMarker.MESSAGE, ""))
                    && marker.getAttribute(IMarker.LINE_NUMBER, -1) == problem.line()) {
                return;
            }
        }
        clear(target);
        IResource resource = target;
        ResourcesPlugin.getWorkspace().run(monitor -> resource.createMarker(CopydeskMarker.TYPE, Map.of(
                IMarker.MESSAGE, message,
                IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
                IMarker.LINE_NUMBER, problem.line(),
                IMarker.SOURCE_ID, CopydeskMarker.SOURCE_ID,
                CopydeskMarker.CONFIG_ERROR, true)), null, 0, null);
    }

    /** Removes the error marker of a config file that can be used again. */
    static void resolved(Path configFile, IFile checkedFile) throws CoreException {
        IResource target = workspaceFile(configFile);
        clear(target != null ? target : checkedFile.getProject());
    }

    private static void clear(IResource target) throws CoreException {
        for (IMarker marker : target.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO)) {
            if (marker.getAttribute(CopydeskMarker.CONFIG_ERROR, false)) {
                marker.delete();
            }
        }
    }

    /** The workspace file at {@code path}, or null if it is outside the workspace. */
    static IFile workspaceFile(Path path) {
        for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri())) {
            if (file.isAccessible()) {
                return file;
            }
        }
        return null;
    }
}
