package org.copydesk.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The quick fixes of a Copydesk marker, for Ctrl+1 in the editors and for the Problems view: every fix the core
 * offers (its labels are stored on the marker), "fix all of this kind" when there are several, and a way to the
 * related location, or to the config file a draft's settings could not be read from.
 */
public final class CopydeskResolutionGenerator implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return !CopydeskMarker.fixLabels(marker).isEmpty() || marker.getAttribute(CopydeskMarker.RELATED_START, -1) >= 0
                || marker.getAttribute(CopydeskMarker.CONFIG_FILE, (String) null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> resolutions = new ArrayList<>();
        OpenConfigFileResolution openConfig = OpenConfigFileResolution.of(marker);
        if (openConfig != null) {
            resolutions.add(openConfig);
        }
        for (String label : CopydeskMarker.fixLabels(marker)) {
            resolutions.add(new ApplyFixResolution(marker, label));
        }
        String automatic = marker.getAttribute(CopydeskMarker.AUTOMATIC_FIX, (String) null);
        FixAllOfKindResolution all = automatic == null ? null : FixAllOfKindResolution.of(marker, automatic);
        if (all != null) {
            resolutions.add(all);
        }
        GoToRelatedResolution related = GoToRelatedResolution.of(marker);
        if (related != null) {
            resolutions.add(related);
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }
}
