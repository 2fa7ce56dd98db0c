package org.copydesk.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

/**
 * Where a marker's text is now. In an open editor the marker's annotation follows the edits made since the
 * marker was written; its attributes only catch up on save.
 */
final class MarkerPositions {
    private MarkerPositions() {
    }

    /** The current range of the marker's text, or null if that text was deleted. */
    static Position current(IMarker marker) {
        if (marker.getResource() instanceof IFile file) {
            ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            if (buffer != null && buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel model) {
                Position tracked = model.getMarkerPosition(marker);
                if (tracked != null) {
                    return tracked.isDeleted() ? null : new Position(tracked.getOffset(), tracked.getLength());
                }
            }
        }
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        return start < 0 || end < start ? null : new Position(start, end - start);
    }
}
