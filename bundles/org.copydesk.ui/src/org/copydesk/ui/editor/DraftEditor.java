package org.copydesk.ui.editor;

import org.copydesk.ui.markers.FileSettings;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.AbstractTextEditor;

/**
 * What Copydesk changes in an editor showing a draft it checks, in the Generic Editor and the Text Editor alike:
 * prose opens wrapped (unless the writer turned that off, or the draft is larger than {@link #WRAP_LIMIT}), in a
 * font meant for reading ({@link DraftFont}), and Ctrl+1 and the hover keep working after word completion popped up
 * ({@link WidgetTokenGuard}).
 */
public final class DraftEditor {
    /**
     * The largest draft, in characters, that opens wrapped. A wrapped text widget lays out the wrapped lines above
     * the one in sight again whenever the underlines change, after every check: in a draft of a megabyte with
     * hundreds of findings, three times the UI thread's time unwrapped. Larger drafts open unwrapped, and
     * Alt+Shift+Y (Toggle Word Wrap) wraps them all the same.
     */
    public static final int WRAP_LIMIT = 256 * 1024;

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
        IDocument document = viewer.getDocument();
        if (CopydeskPreferences.wrapDrafts() && !editor.isWordWrapEnabled() && document != null && document.getLength() <= WRAP_LIMIT) {
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
