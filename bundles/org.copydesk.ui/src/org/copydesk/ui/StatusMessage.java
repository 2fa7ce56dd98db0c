package org.copydesk.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * What Copydesk just did, said on the status line of the part the writer is in ("Fixed 9 problems"), and gone
 * with the next command, the next edit of that editor's text or a switch to another part: editors of one kind
 * share their status line, so a message left there would seem to speak of the next file. UI thread only.
 */
public final class StatusMessage {
    private static Shown shown;

    private StatusMessage() {
    }

    /** Shows {@code message} for {@code part}, replacing Copydesk's previous message. */
    public static void show(IWorkbenchPart part, String message) {
        show(part, message, false);
    }

    /** Shows {@code message} as an error: something the writer asked for was not done. */
    public static void showError(IWorkbenchPart part, String message) {
        show(part, message, true);
    }

    /** The part the writer is in, whose status line Copydesk speaks on; null if none. */
    public static IWorkbenchPart activePart() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page == null ? null : page.getActivePart();
    }

    /** The message showing now, or null: what the writer sees, for tests. */
    public static String current() {
        return shown == null ? null : shown.message;
    }

    /** Takes Copydesk's message off the status line. */
    public static void clear() {
        Shown old = shown;
        shown = null;
        if (old != null) {
            old.remove();
        }
    }

    private static void show(IWorkbenchPart part, String message, boolean error) {
        clear();
        IStatusLineManager statusLine = part == null ? null : statusLine(part.getSite());
        if (statusLine == null) {
            return;
        }
        if (error) {
            statusLine.setErrorMessage(message);
        } else {
            statusLine.setMessage(message);
        }
        shown = new Shown(part, statusLine, message);
    }

    private static IStatusLineManager statusLine(IWorkbenchPartSite site) {
        if (site instanceof IEditorSite editorSite) {
            return editorSite.getActionBars().getStatusLineManager();
        }
        if (site instanceof IViewSite viewSite) {
            return viewSite.getActionBars().getStatusLineManager();
        }
        return null;
    }

    /** A message on a status line, and the listeners that take it away. */
    private static final class Shown implements IExecutionListener, IPartListener2, IDocumentListener {
        private final IWorkbenchPart part;
        private final IStatusLineManager statusLine;
        private final String message;
        private final IWorkbenchPage page;
        private final IDocument document;

        Shown(IWorkbenchPart part, IStatusLineManager statusLine, String message) {
            this.part = part;
            this.statusLine = statusLine;
            this.message = message;
            this.page = part.getSite().getPage();
            this.document = part instanceof ITextEditor editor ? editor.getDocumentProvider().getDocument(editor.getEditorInput()) : null;
            PlatformUI.getWorkbench().getService(ICommandService.class).addExecutionListener(this);
            page.addPartListener(this);
            if (document != null) {
                document.addDocumentListener(this);
            }
        }

        void remove() {
            PlatformUI.getWorkbench().getService(ICommandService.class).removeExecutionListener(this);
            page.removePartListener(this);
            if (document != null) {
                document.removeDocumentListener(this);
            }
            statusLine.setMessage(null);
            statusLine.setErrorMessage(null);
        }

        @Override
        public void preExecute(String commandId, ExecutionEvent event) {
            clear();
        }

        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) != part) {
                clear();
            }
        }

        @Override
        public void partDeactivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == part) {
                clear();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == part) {
                clear();
            }
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            clear();
        }

        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void notHandled(String commandId, NotHandledException exception) {
        }

        @Override
        public void postExecuteFailure(String commandId, ExecutionException exception) {
        }

        @Override
        public void postExecuteSuccess(String commandId, Object returnValue) {
        }
    }
}
