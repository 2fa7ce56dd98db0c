package org.copydesk.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IWidgetTokenKeeper;
import org.eclipse.jface.text.IWidgetTokenOwner;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ContentAssistantFacade;
import org.eclipse.jface.text.source.ISourceViewerExtension4;
import org.eclipse.swt.custom.StyledText;

/**
 * Gives the text viewer's widget token back when the editor's content assistant forgets to.
 *
 * <p>A viewer lets one popup at a time own it: the content assistant, the quick assist (Ctrl+1) and the hover each
 * ask for the token, and the quick assist and the hover are refused while the content assistant holds it. The
 * Generic Editor completes words as the writer types; when its popup closes by itself (the word typed out), its
 * asynchronous content assistant keeps the token, so Ctrl+1 and the hover do nothing for the life of the editor.
 * Pasted text never opens the popup, which is why only typed text caused it. Once a completion session has ended
 * and no other has begun, nothing of the assistant is showing, and the token is released for it.
 */
final class WidgetTokenGuard implements ICompletionListener {
    private final ITextViewer viewer;
    private final ContentAssistantFacade assistant;
    private boolean sessionOpen;

    private WidgetTokenGuard(ITextViewer viewer, ContentAssistantFacade assistant) {
        this.viewer = viewer;
        this.assistant = assistant;
    }

    /** Watches the content assistant of {@code viewer}; null if the viewer has none. */
    static WidgetTokenGuard install(ITextViewer viewer) {
        if (!(viewer instanceof ISourceViewerExtension4 extension) || !(viewer instanceof IWidgetTokenOwner)) {
            return null;
        }
        ContentAssistantFacade facade = extension.getContentAssistantFacade();
        if (facade == null) {
            return null;
        }
        WidgetTokenGuard guard = new WidgetTokenGuard(viewer, facade);
        facade.addCompletionListener(guard);
        return guard;
    }

    void uninstall() {
        assistant.removeCompletionListener(this);
    }

    @Override
    public void assistSessionStarted(ContentAssistEvent event) {
        sessionOpen = true;
    }

    @Override
    public void assistSessionEnded(ContentAssistEvent event) {
        sessionOpen = false;
        StyledText widget = viewer.getTextWidget();
        if (!(event.assistant instanceof IWidgetTokenKeeper keeper) || widget == null || widget.isDisposed()) {
            return;
        }
        // after the assistant has finished closing its popup, unless a new session began meanwhile
        widget.getDisplay().asyncExec(() -> {
            if (!sessionOpen && !widget.isDisposed()) {
                ((IWidgetTokenOwner) viewer).releaseWidgetToken(keeper);
            }
        });
    }

    @Override
    public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
        // only sessions matter
    }
}
