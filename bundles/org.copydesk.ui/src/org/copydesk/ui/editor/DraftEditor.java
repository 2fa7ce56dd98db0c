package org.copydesk.ui.editor;

import org.copydesk.ui.markers.FileSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.AbstractTextEditor;

/**
 * What Copydesk changes in an editor showing a draft it checks, in the Generic Editor and the Text Editor alike:
 * Ctrl+1 and the hover keep working after word completion popped up ({@link WidgetTokenGuard}).
 */
public final class DraftEditor {
    private final WidgetTokenGuard tokenGuard;

    private DraftEditor(WidgetTokenGuard tokenGuard) {
        this.tokenGuard = tokenGuard;
    }

    /** Sets up {@code editor} if it shows a draft Copydesk checks; null otherwise. */
    public static DraftEditor install(AbstractTextEditor editor) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file == null || !FileSettings.hasCheckedExtension(file)
                || !(editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer)) {
            return null;
        }
        return new DraftEditor(WidgetTokenGuard.install(viewer));
    }

    public void uninstall() {
        if (tokenGuard != null) {
            tokenGuard.uninstall();
        }
    }
}
