package org.copydesk.ui.reconciler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.ui.editor.DraftEditor;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.AbstractTextEditor;

/**
 * Hooks Copydesk into the text editors the workbench opens, including the ones restored at start-up: the Text
 * Editor gets as-you-type checking, and every editor showing a draft gets {@link DraftEditor}'s changes.
 */
public final class EditorTracker implements IPartListener2, IWindowListener {
    /** The platform's Text Editor; the Generic Editor gets Copydesk through its extension points instead. */
    public static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor";

    private static EditorTracker instance;
    private final Map<IWorkbenchPart, List<Runnable>> hooks = new HashMap<>();

    private EditorTracker() {
    }

    /** Starts tracking (idempotent); may be called from any thread. */
    public static void start() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (Display.getCurrent() == display) {
            startOnUiThread();
        } else {
            display.asyncExec(EditorTracker::startOnUiThread);
        }
    }

    private static void startOnUiThread() {
        if (instance != null || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        instance = new EditorTracker();
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.addWindowListener(instance);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            instance.windowOpened(window);
        }
    }

    @Override
    public void windowOpened(IWorkbenchWindow window) {
        window.getPartService().addPartListener(this);
        for (IWorkbenchPage page : window.getPages()) {
            for (IEditorReference reference : page.getEditorReferences()) {
                hook(reference.getEditor(false));
            }
        }
    }

    @Override
    public void windowClosed(IWorkbenchWindow window) {
        window.getPartService().removePartListener(this);
    }

    @Override
    public void windowActivated(IWorkbenchWindow window) {
    }

    @Override
    public void windowDeactivated(IWorkbenchWindow window) {
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        hook(reference.getPart(false));
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        List<Runnable> uninstall = hooks.remove(reference.getPart(false));
        if (uninstall != null) {
            uninstall.forEach(Runnable::run);
        }
    }

    private void hook(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart editor) || !(part instanceof AbstractTextEditor textEditor) || hooks.containsKey(part)) {
            return;
        }
        List<Runnable> uninstall = new ArrayList<>();
        if (TEXT_EDITOR_ID.equals(editor.getSite().getId())) {
            TextEditorHook hook = TextEditorHook.install(textEditor);
            if (hook != null) {
                uninstall.add(hook::uninstall);
            }
        }
        DraftEditor draft = DraftEditor.install(textEditor);
        if (draft != null) {
            uninstall.add(draft::uninstall);
        }
        hooks.put(part, uninstall);
    }
}
