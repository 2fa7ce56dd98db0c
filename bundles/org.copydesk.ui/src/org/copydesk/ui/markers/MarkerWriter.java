package org.copydesk.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.Severity;
import org.copydesk.core.document.LineMap;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Replaces the findings markers of a file in one workspace operation, so the editor, the overview ruler and the
 * Problems view get a single change: old annotations and new ones are swapped at once, nothing flickers.
 */
public final class MarkerWriter {
    private MarkerWriter() {
    }

    public static void replace(IFile file, CheckResult result) throws CoreException {
        replace(file, result, null);
    }

    /**
     * Replaces the file's findings; {@code configProblem}, if not null, adds a warning at the top of the draft that
     * its settings are not the config file's, with a quick fix that opens the config file at the line.
     */
    public static void replace(IFile file, CheckResult result, ConfigProblem configProblem) throws CoreException {
        LineMap lines = result.document().lines();
        List<Map<String, Object>> markers = new ArrayList<>();
        if (configProblem != null) {
            markers.add(attributes(configProblem, file));
        }
        for (Finding finding : result.findings()) {
            markers.add(attributes(finding, lines));
        }
        run(file, monitor -> {
            deleteFindings(file);
            for (Map<String, Object> attributes : markers) {
                file.createMarker(CopydeskMarker.TYPE, attributes);
            }
        });
    }

    public static void clear(IFile file) throws CoreException {
        if (file.exists() && file.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO).length > 0) {
            run(file, monitor -> deleteFindings(file));
        }
    }

    static Map<String, Object> attributes(Finding finding, LineMap lines) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CopydeskMarker.RULE_ID, finding.ruleId());
        attributes.put(IMarker.MESSAGE, finding.message());
        attributes.put(IMarker.SEVERITY, severity(finding.severity()));
        attributes.put(IMarker.CHAR_START, finding.start());
        attributes.put(IMarker.CHAR_END, finding.end());
        attributes.put(IMarker.LINE_NUMBER, lines.line(finding.start()));
        attributes.put(IMarker.SOURCE_ID, CopydeskMarker.SOURCE_ID);
        if (!finding.fixes().isEmpty()) {
            attributes.put(CopydeskMarker.FIXES, finding.fixes().stream().map(Fix::label).collect(Collectors.joining("\n")));
        }
        if (finding.automaticFix() != null) {
            attributes.put(CopydeskMarker.AUTOMATIC_FIX, finding.automaticFix().label());
        }
        if (!finding.related().isEmpty()) {
            Related related = finding.related().get(0);
            attributes.put(CopydeskMarker.RELATED_START, related.start());
            attributes.put(CopydeskMarker.RELATED_END, related.end());
            attributes.put(CopydeskMarker.RELATED_LINE, related.inOtherFile() ? related.line() : lines.line(related.start()));
            attributes.put(CopydeskMarker.RELATED_MESSAGE, related.message());
            if (related.inOtherFile()) {
                attributes.put(CopydeskMarker.RELATED_FILE, related.file());
            }
        }
        return attributes;
    }

    static Map<String, Object> attributes(ConfigProblem problem, IFile draft) {
        IFile configFile = ConfigErrors.workspaceFile(problem.configFile());
        String name = configFile != null && configFile.getProject().equals(draft.getProject())
                ? configFile.getProjectRelativePath().toString() : problem.configFile().toString();
        String message = NLS.bind(problem.lastGoodSettings() ? Messages.configNotAppliedLastGood : Messages.configNotAppliedPreferences,
                new Object[] { name, problem.line(), problem.detail() });
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, message);
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
        attributes.put(IMarker.CHAR_START, 0);
        attributes.put(IMarker.CHAR_END, 0);
        attributes.put(IMarker.LINE_NUMBER, 1);
        attributes.put(IMarker.SOURCE_ID, CopydeskMarker.SOURCE_ID);
        attributes.put(CopydeskMarker.CONFIG_FILE, problem.configFile().toString());
        attributes.put(CopydeskMarker.CONFIG_LINE, problem.line());
        return attributes;
    }

    static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    private static void deleteFindings(IFile file) throws CoreException {
        for (IMarker marker : file.findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO)) {
            if (!marker.getAttribute(CopydeskMarker.CONFIG_ERROR, false)) {
                marker.delete();
            }
        }
    }

    private static void run(IFile file, IWorkspaceRunnable action) throws CoreException {
        ResourcesPlugin.getWorkspace().run(monitor -> {
            if (file.exists()) {
                action.run(monitor);
            }
        }, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file), 0, null);
    }
}
