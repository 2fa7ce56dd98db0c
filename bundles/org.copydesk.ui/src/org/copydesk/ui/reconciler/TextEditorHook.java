package org.copydesk.ui.reconciler;

import org.copydesk.ui.hover.CopydeskHover;
import org.copydesk.ui.quickfix.MarkerQuickAssistProcessor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * Gives the platform's Text Editor what the Generic Editor gets from extension points: the as-you-type
 * reconciler, the Copydesk hover and Ctrl+1 on Copydesk markers. The editor class cannot be configured from
 * outside, so this works on its viewer, through public viewer API.
 */
final class TextEditorHook {
    private final CopydeskReconciler reconciler = new CopydeskReconciler();
    private QuickAssistAssistant ownAssistant;

    private TextEditorHook() {
    }

    static TextEditorHook install(AbstractTextEditor editor) {
        if (!(editor.getAdapter(ITextOperationTarget.class) instanceof ISourceViewer viewer)) {
            return null;
        }
        TextEditorHook hook = new TextEditorHook();
        hook.reconciler.install(viewer);
        if (viewer instanceof ITextViewerExtension2 hovers) {
            hovers.setTextHover(new CopydeskHover(new DefaultTextHover(viewer)), IDocument.DEFAULT_CONTENT_TYPE,
                    ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
        }
        hook.installQuickAssist(editor, viewer);
        return hook;
    }

    private void installQuickAssist(AbstractTextEditor editor, ISourceViewer viewer) {
        IQuickAssistAssistant existing = viewer instanceof ISourceViewerExtension3 extension ? extension.getQuickAssistAssistant() : null;
        if (existing instanceof QuickAssistAssistant assistant) {
            // the editor's assistant (spelling): put Copydesk's resolutions first, keep its own proposals
            assistant.setQuickAssistProcessor(new MarkerQuickAssistProcessor(assistant.getQuickAssistProcessor()));
            return;
        }
        // spelling is off, so the editor has no assistant: bring one, and route Ctrl+1 to it
        ownAssistant = new QuickAssistAssistant();
        ownAssistant.setQuickAssistProcessor(new MarkerQuickAssistProcessor(null));
        ownAssistant.install(viewer);
        Action quickFix = new Action() {
            @Override
            public void run() {
                ownAssistant.showPossibleQuickAssists();
            }
        };
        quickFix.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
        editor.setAction(ITextEditorActionConstants.QUICK_ASSIST, null);
        editor.setAction(ITextEditorActionConstants.QUICK_ASSIST, quickFix);
    }

    void uninstall() {
        reconciler.uninstall();
        if (ownAssistant != null) {
            ownAssistant.uninstall();
        }
    }
}
