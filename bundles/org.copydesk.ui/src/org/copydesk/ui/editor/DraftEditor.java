package org.copydesk.ui.editor;

import org.copydesk.ui.markers.FileSettings;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.AbstractTextEditor;

/**
 * What Copydesk changes in an editor showing a draft it checks, in the Generic Editor and the Text Editor alike:
 * prose opens wrapped (unless the writer turned that off), in a font meant for reading ({@link DraftFont}), and
 * Ctrl+1 and the hover keep working after word completion popped up ({@link WidgetTokenGuard}).
 */
public final class DraftEditor {
    private final WidgetTokenGuard tokenGuard;
    private final DraftFont font;

    private DraftEditor(WidgetTokenGuard tokenGuard, DraftFont font) {
        this.tokenGuard = tokenGuard;
        this.font = font;
    }

    /** Sets up {@code editor} if it shows a draft Copydesk checks; null otherwise. */
    public static DraftEditor install(AbstractTextEditor editor) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file == null || !FileSettings.hasCheckedExtension(file)
                || !(editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer)) {
            return null;
        }
        if (CopydeskPreferences.wrapDrafts() && !editor.isWordWrapEnabled()) {
            editor.setWordWrap(true);
        }
        return new DraftEditor(WidgetTokenGuard.install(viewer), DraftFont.install(viewer));
    }

    public void uninstall() {
        font.uninstall();
        if (tokenGuard != null) {
            tokenGuard.uninstall();
        }
    }
}
