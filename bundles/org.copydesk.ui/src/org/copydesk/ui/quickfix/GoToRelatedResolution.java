package org.copydesk.ui.quickfix;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
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

/**
 * Changes nothing: shows the place a finding refers to, such as the first occurrence of a duplicate, in the same
 * file or, for a copy of another file of the project, in that file ("Go to the other copy"), at its line.
 */
final class GoToRelatedResolution implements IMarkerResolution2 {
    private final String message;
    private final String otherFile;
    private final int line;
    private final int start;
    private final int end;

    private GoToRelatedResolution(String message, String otherFile, int line, int start, int end) {
        this.message = message;
        this.otherFile = otherFile;
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
                marker.getAttribute(CopydeskMarker.RELATED_FILE, (String) null), marker.getAttribute(CopydeskMarker.RELATED_LINE, 0),
                start, marker.getAttribute(CopydeskMarker.RELATED_END, start));
    }

    @Override
    public String getLabel() {
        return otherFile != null ? NLS.bind(Messages.goToOtherCopy, otherFile, line) : NLS.bind(Messages.goToRelated, message, line);
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
        if (window == null || !(marker.getResource() instanceof IFile markerFile)) {
            return;
        }
        IFile file = otherFile == null ? markerFile : markerFile.getProject().getFile(otherFile);
        if (!file.exists()) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(window.getActivePage(), file);
            ITextEditor textEditor = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (textEditor != null) {
                IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
                reveal(textEditor, document);
            }
        } catch (PartInitException e) {
            Log.error("Copydesk could not open " + file.getFullPath(), e);
        }
    }

    /**
     * Selects the related paragraph; in another file, whose text may have changed since the marker was made, its
     * range only if it still starts on the line named, else the start of that line.
     */
    private void reveal(ITextEditor editor, IDocument document) {
        int length = document.getLength();
        int from = Math.min(start, length);
        int to = Math.max(from, Math.min(end, length));
        if (otherFile != null && line > 0) {
            try {
                if (document.getLineOfOffset(from) != line - 1) {
                    from = document.getLineOffset(Math.min(line - 1, document.getNumberOfLines() - 1));
                    to = from;
                }
            } catch (BadLocationException e) {
                to = from;
            }
        }
        editor.selectAndReveal(from, to - from);
    }
}
