package org.copydesk.ui.reconciler;

import java.util.HashMap;
import java.util.Map;

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

/** Hooks Copydesk into every Text Editor the workbench opens, including the ones restored at start-up. */
public final class EditorTracker implements IPartListener2, IWindowListener {
    /** The platform's Text Editor; the Generic Editor gets Copydesk through its extension points instead. */
    public static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor";

    private static EditorTracker instance;
    private final Map<IWorkbenchPart, TextEditorHook> hooks = new HashMap<>();

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
        TextEditorHook hook = hooks.remove(reference.getPart(false));
        if (hook != null) {
            hook.uninstall();
        }
    }

    private void hook(IWorkbenchPart part) {
        if (part instanceof IEditorPart editor && part instanceof AbstractTextEditor textEditor
                && TEXT_EDITOR_ID.equals(editor.getSite().getId()) && !hooks.containsKey(part)) {
            TextEditorHook hook = TextEditorHook.install(textEditor);
            if (hook != null) {
                hooks.put(part, hook);
            }
        }
    }
}
