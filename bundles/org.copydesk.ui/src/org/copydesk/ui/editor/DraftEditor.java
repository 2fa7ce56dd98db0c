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
 * prose opens wrapped (unless the writer turned that off), and Ctrl+1 and the hover keep working after word
 * completion popped up ({@link WidgetTokenGuard}).
 *
 * <p>The font stays the editor's: the platform lets an editor, not a content type, choose its font (the
 * {@code symbolicFontName} of the editor's declaration), and a font set on the widget behind the editor's back is
 * undone by the editor whenever its own font changes.
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
        if (CopydeskPreferences.wrapDrafts() && !editor.isWordWrapEnabled()) {
            editor.setWordWrap(true);
        }
        return new DraftEditor(WidgetTokenGuard.install(viewer));
    }

    public void uninstall() {
        if (tokenGuard != null) {
            tokenGuard.uninstall();
        }
    }
}
