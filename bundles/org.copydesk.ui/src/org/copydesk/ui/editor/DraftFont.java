package org.copydesk.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;

/**
 * Shows a draft in Copydesk's own font for reading, {@value #DEFINITION} (a theme font definition, under
 * Preferences &gt; General &gt; Appearance &gt; Colors and Fonts &gt; Copydesk; it defaults to the dialog font, the
 * desktop's proportional font).
 *
 * <p>The Generic Editor and the Text Editor are the platform's classes and take their font from the platform's text
 * font; neither lets a content type choose another. So the font is set on the editor's text widget, and set again
 * whenever the draft font changes or the editor puts its own font back (when the text font changes: the editor's
 * listener on the font registry runs before this one, which was added after it).
 */
final class DraftFont implements IPropertyChangeListener {
    /** The theme font definition drafts are shown in. */
    static final String DEFINITION = "org.copydesk.ui.draftFont";

    private final ITextViewer viewer;

    private DraftFont(ITextViewer viewer) {
        this.viewer = viewer;
    }

    static DraftFont install(ITextViewer viewer) {
        DraftFont draftFont = new DraftFont(viewer);
        draftFont.apply();
        JFaceResources.getFontRegistry().addListener(draftFont);
        return draftFont;
    }

    void uninstall() {
        JFaceResources.getFontRegistry().removeListener(this);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (DEFINITION.equals(event.getProperty()) || JFaceResources.TEXT_FONT.equals(event.getProperty())) {
            apply();
        }
    }

    private void apply() {
        StyledText widget = viewer.getTextWidget();
        Font font = JFaceResources.getFont(DEFINITION);
        if (widget == null || widget.isDisposed() || font.equals(widget.getFont())) {
            return;
        }
        // as the editor changes its font: the same text in sight, the same selection
        int top = viewer.getTopIndex();
        Point selection = viewer.getSelectedRange();
        widget.setFont(font);
        viewer.setSelectedRange(selection.x, selection.y);
        viewer.setTopIndex(top);
    }
}
