package org.copydesk.ui.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.copydesk.ui.StatusMessage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.Position;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

/**
 * One fix the core offers for a finding, such as "Remove duplicate paragraph". From the Problems view it also
 * applies to the other findings of the same rule with the same fix, across files.
 */
final class ApplyFixResolution extends WorkbenchMarkerResolution {
    private final IMarker marker;
    private final String ruleId;
    private final String fixLabel;

    ApplyFixResolution(IMarker marker, String fixLabel) {
        this.marker = marker;
        this.ruleId = CopydeskMarker.ruleId(marker);
        this.fixLabel = fixLabel;
    }

    @Override
    public String getLabel() {
        return fixLabel;
    }

    @Override
    public String getDescription() {
        return NLS.bind(Messages.fixDescription, fixLabel, marker.getAttribute(IMarker.MESSAGE, ruleId));
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_FORWARD);
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        List<IMarker> others = new ArrayList<>();
        for (IMarker other : markers) {
            if (!other.equals(marker) && CopydeskMarker.isCopydesk(other) && ruleId.equals(CopydeskMarker.ruleId(other))
                    && CopydeskMarker.fixLabels(other).contains(fixLabel)) {
                others.add(other);
            }
        }
        return others.toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker target) {
        run(new IMarker[] { target }, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        Map<IFile, List<FixTarget>> byFile = new LinkedHashMap<>();
        for (IMarker each : markers) {
            Position position = MarkerPositions.current(each);
            if (position != null && each.getResource() instanceof IFile file) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(FixTarget.finding(CopydeskMarker.ruleId(each),
                        position.getOffset(), position.getOffset() + position.getLength(), fixLabel));
            }
        }
        List<FileFixer.Request> requests = byFile.entrySet().stream().map(e -> new FileFixer.Request(e.getKey(), e.getValue())).toList();
        // across files, one operation that Edit > Undo takes back whole; the Problems view showed what is fixed
        FileFixer.Outcome outcome = requests.size() > 1 ? FixAcrossFiles.apply(NLS.bind(Messages.fixInFiles, fixLabel, requests.size()), requests)
                : FileFixer.apply(requests);
        if (outcome.applied() != 1) {
            // one fix shows in the text; anything else is said
            FileFixer.tell(StatusMessage.activePart(), outcome);
        }
    }
}
