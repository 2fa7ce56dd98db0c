package org.copydesk.ui.quickfix;

import java.nio.file.Path;

import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Log;
import org.copydesk.ui.Messages;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Changes nothing: opens the {@code .copydesk.yaml} a draft's settings come from, at the line of its error. */
final class OpenConfigFileResolution implements IMarkerResolution2 {
    private final Path configFile;
    private final int line;

    private OpenConfigFileResolution(Path configFile, int line) {
        this.configFile = configFile;
        this.line = line;
    }

    /** The resolution of a marker that says a draft's config file cannot be used, or null for other markers. */
    static OpenConfigFileResolution of(IMarker marker) {
        String path = marker.getAttribute(CopydeskMarker.CONFIG_FILE, (String) null);
        return path == null ? null : new OpenConfigFileResolution(Path.of(path), marker.getAttribute(CopydeskMarker.CONFIG_LINE, 1));
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.openConfigFile, configFile.getFileName(), line);
    }

    @Override
    public String getDescription() {
        return configFile + ":" + line;
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
    }

    @Override
    public void run(IMarker marker) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            IEditorPart editor = null;
            for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(configFile.toUri())) {
                if (file.isAccessible()) {
                    editor = IDE.openEditor(page, file);
                    break;
                }
            }
            if (editor == null) {
                editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(configFile.toUri()));
            }
            ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (text != null) {
                IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                int index = Math.max(0, Math.min(line, document.getNumberOfLines()) - 1);
                text.selectAndReveal(document.getLineOffset(index), document.getLineLength(index));
            }
        } catch (PartInitException | BadLocationException e) {
            Log.error("Copydesk could not open " + configFile, e);
        }
    }
}
