package org.copydesk.ui.markers;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.config.ConfigException;
import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Shows a {@code .copydesk.yaml} Copydesk cannot use as an error marker on that file (or on the project of the
 * file it would have applied to, when the config file is outside the workspace), at the line the core names.
 */
final class ConfigErrors {
    private static final Pattern LINE = Pattern.compile(":(\\d+):\\d+: ");

    private ConfigErrors() {
    }

    static void report(Path configFile, ConfigException error, IFile checkedFile) throws CoreException {
        IResource target = workspaceFile(configFile);
        if (target == null) {
            target = checkedFile.getProject();
        }
        String message = error.getMessage();
        for (IMarker marker : target.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO)) {
            if (marker.getAttribute(CopydeskMarker.CONFIG_ERROR, false) && message.equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
                return;
            }
        }
        clear(target);
        Matcher line = LINE.matcher(message);
        IResource resource = target;
        ResourcesPlugin.getWorkspace().run(monitor -> resource.createMarker(CopydeskMarker.TYPE, Map.of(
                IMarker.MESSAGE, message,
                IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
                IMarker.LINE_NUMBER, line.find() ? Integer.parseInt(line.group(1)) : 1,
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

    private static IFile workspaceFile(Path configFile) {
        for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(configFile.toUri())) {
            if (file.isAccessible()) {
                return file;
            }
        }
        return null;
    }
}
