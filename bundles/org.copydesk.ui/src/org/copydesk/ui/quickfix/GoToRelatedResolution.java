package org.copydesk.ui.quickfix;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Changes nothing: shows the place a finding refers to, such as the first occurrence of a duplicate. */
final class GoToRelatedResolution implements IMarkerResolution2 {
    private final String message;
    private final int line;
    private final int start;
    private final int end;

    private GoToRelatedResolution(String message, int line, int start, int end) {
        this.message = message;
        this.line = line;
        this.start = start;
        this.end = end;
    }

    static GoToRelatedResolution of(IMarker marker) {
        int start = marker.getAttribute(CopydeskMarker.RELATED_START, -1);
        if (start < 0) {
            return null;
        }
        return new GoToRelatedResolution(marker.getAttribute(CopydeskMarker.RELATED_MESSAGE, ""),
                marker.getAttribute(CopydeskMarker.RELATED_LINE, 0), start, marker.getAttribute(CopydeskMarker.RELATED_END, start));
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.goToRelated, message, line);
    }

    @Override
    public String getDescription() {
        return getLabel();
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_UP);
    }

    @Override
    public void run(IMarker marker) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || !(marker.getResource() instanceof IFile file)) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(window.getActivePage(), file);
            ITextEditor textEditor = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (textEditor != null) {
                int length = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput()).getLength();
                textEditor.selectAndReveal(Math.min(start, length), Math.max(0, Math.min(end, length) - Math.min(start, length)));
            }
        } catch (PartInitException e) {
            Log.error("Copydesk could not open " + file.getFullPath(), e);
        }
    }
}
