package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Input as a writer gives it. Keys and the mouse are posted to the display (XTest under Xvfb), so they go through
 * the workbench's key bindings and the widget's hover tracking; text is typed through the text widget's own key
 * handling, key by key, so the content assistant, verify-key listeners and the document see what typing does.
 */
final class Input {
    private Input() {
    }

    /** Gives {@code control} the keyboard focus, making its shell the active one. */
    static void focus(Control control) {
        control.getShell().forceActive();
        control.setFocus();
        Workbench.processEvents();
        Workbench.waitUntil("the control has the focus", control::isFocusControl);
    }

    /**
     * Types {@code text} key by key through {@code widget}'s key handling ({@code \n} is Enter), resting
     * {@code pauseMillis} after each key as a writer does.
     */
    static void type(Control widget, String text, long pauseMillis) {
        for (char c : text.toCharArray()) {
            char character = c == '\n' ? '\r' : c;
            int keyCode = c == '\n' ? SWT.CR : Character.toLowerCase(c);
            int stateMask = Character.isUpperCase(c) ? SWT.SHIFT : 0;
            widget.notifyListeners(SWT.KeyDown, keyEvent(character, keyCode, stateMask));
            widget.notifyListeners(SWT.KeyUp, keyEvent(character, keyCode, stateMask));
            Workbench.spin(pauseMillis);
        }
        Workbench.processEvents();
    }

    /** Presses and releases a key such as {@link SWT#HOME}, posted to the display. */
    static void press(int keyCode) {
        post(SWT.KeyDown, keyCode, '\0');
        post(SWT.KeyUp, keyCode, '\0');
    }

    /** Presses and releases a character key such as {@link SWT#ESC} or {@link SWT#CR}, posted to the display. */
    static void press(char character) {
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
    }

    /** Presses {@code character} with {@code modifier} held down, as Ctrl+1 is typed, posted to the display. */
    static void chord(int modifier, char character) {
        post(SWT.KeyDown, modifier, '\0');
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
        post(SWT.KeyUp, modifier, '\0');
    }

    /** Presses {@code character} with two modifiers held down, as Alt+Shift+Y is typed, posted to the display. */
    static void chord(int modifier, int secondModifier, char character) {
        post(SWT.KeyDown, modifier, '\0');
        post(SWT.KeyDown, secondModifier, '\0');
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
        post(SWT.KeyUp, secondModifier, '\0');
        post(SWT.KeyUp, modifier, '\0');
    }

    /** Moves the mouse pointer to {@code point} of {@code control} and leaves it there. */
    static void moveMouse(Control control, Point point) {
        // two moves, the last within the control: a pointer that only jumped in has not moved over it yet
        Point onDisplay = control.toDisplay(point);
        for (int dx : new int[] { -3, 0 }) {
            Event event = new Event();
            event.type = SWT.MouseMove;
            event.x = onDisplay.x + dx;
            event.y = onDisplay.y;
            assertTrue(control.getDisplay().post(event), "the display takes the mouse event");
            Workbench.spin(50);
        }
    }

    private static Event keyEvent(char character, int keyCode, int stateMask) {
        Event event = new Event();
        event.character = character;
        event.keyCode = keyCode;
        event.stateMask = stateMask;
        return event;
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(Display.getCurrent().post(event), "the display takes the key event");
        Workbench.processEvents();
    }
}
