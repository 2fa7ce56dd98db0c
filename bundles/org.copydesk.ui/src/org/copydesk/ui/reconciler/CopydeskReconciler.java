package org.copydesk.ui.reconciler;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Checks the editor's unsaved text after a typing pause, in the reconciler's background thread, and shows the
 * findings as markers. Registered for the Generic Editor's text content types; installed by hand in the Text
 * Editor ({@link TextEditorHook}).
 */
public class CopydeskReconciler extends MonoReconciler {
    /** The pause after the last keystroke before checking, as the spelling reconciler waits. */
    public static final int DELAY_MILLIS = 500;

    public CopydeskReconciler() {
        super(new CopydeskReconcileStrategy(), false);
        setDelay(DELAY_MILLIS);
    }
}
