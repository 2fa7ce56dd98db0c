package org.copydesk.ui.quickfix;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.copydesk.ui.StatusMessage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Applies one automatic fix to every finding of the same rule in every file that has one: in one file as one undo
 * step, across files as one operation the writer previews first and can undo whole ({@link FixAcrossFiles}).
 */
final class FixAllOfKindResolution implements IMarkerResolution2 {
    private final String ruleId;
    private final String fixLabel;
    private final List<IFile> files;
    private final int count;

    private FixAllOfKindResolution(String ruleId, String fixLabel, List<IFile> files, int count) {
        this.ruleId = ruleId;
        this.fixLabel = fixLabel;
        this.files = files;
        this.count = count;
    }

    /** The resolution for {@code marker}'s rule and fix, or null when there is nothing else of its kind to fix. */
    static FixAllOfKindResolution of(IMarker marker, String fixLabel) {
        String ruleId = CopydeskMarker.ruleId(marker);
        Set<IFile> files = new LinkedHashSet<>();
        int count = 0;
        try {
            for (IMarker other : ResourcesPlugin.getWorkspace().getRoot().findMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_INFINITE)) {
                if (ruleId.equals(CopydeskMarker.ruleId(other)) && fixLabel.equals(other.getAttribute(CopydeskMarker.AUTOMATIC_FIX, (String) null))
                        && other.getResource() instanceof IFile file) {
                    files.add(file);
                    count++;
                }
            }
        } catch (CoreException e) {
            return null;
        }
        return count < 2 ? null : new FixAllOfKindResolution(ruleId, fixLabel, List.copyOf(files), count);
    }

    @Override
    public String getLabel() {
        return files.size() == 1 ? NLS.bind(Messages.fixAllOfKindInFile, fixLabel, count)
                : NLS.bind(Messages.fixAllOfKindInFiles, new Object[] { fixLabel, count, files.size() });
    }

    @Override
    public String getDescription() {
        return NLS.bind(Messages.fixAllOfKindDescription, fixLabel, ruleId);
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_FORWARD);
    }

    @Override
    public void run(IMarker marker) {
        List<FileFixer.Request> requests = files.stream().map(file -> new FileFixer.Request(file, List.of(FixTarget.allOfKind(ruleId, fixLabel))))
                .toList();
        if (requests.size() > 1) {
            FixAcrossFiles.previewAndApply(getLabel(), requests);
        } else {
            FileFixer.tell(StatusMessage.activePart(), FileFixer.apply(requests));
        }
    }
}
