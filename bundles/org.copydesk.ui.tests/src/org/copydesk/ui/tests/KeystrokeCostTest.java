package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What typing into a 1 MB draft costs the UI thread per keystroke: as Copydesk opens it (checked, soft wrap on),
 * checked with soft wrap turned off, and without Copydesk ({@code .log}: the same Generic Editor, a file Copydesk
 * does not check, no wrap). A measurement, printed for the record: the test asserts only that every key reached
 * the document, never a time. Few keys: wrapped, each one can take seconds.
 */
class KeystrokeCostTest {
    private static final String TYPED = "The reporter added a sentence.";
    private static final int WARM_UP = 5;
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("keystrokes");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void typingIntoAMegabyteDraftWithAndWithoutCopydesk() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1 << 20; i++) {
            text.append("Paragraph ").append(i).append(" of the report says the council met on day ").append(i)
                    .append(" and talked about the bridge, the budget and the schools for a long time.\n\n");
        }
        long[] unwrapped = perKey(Workbench.createFile(project, "unwrapped.txt", text.toString()), false);
        long[] without = perKey(Workbench.createFile(project, "report.log", text.toString()), false);
        long[] wrapped = perKey(Workbench.createFile(project, "report.txt", text.toString()), true);
        System.out.printf("KeystrokeCostTest: %d keys into %,d chars, UI thread time per key (median / max):"
                + " checked and wrapped %.2f / %.2f ms; checked, not wrapped %.2f / %.2f ms; not checked, not wrapped %.2f / %.2f ms%n",
                wrapped.length, text.length(), percentile(wrapped, 50), percentile(wrapped, 100), percentile(unwrapped, 50),
                percentile(unwrapped, 100), percentile(without, 50), percentile(without, 100));
    }

    /** Types {@link #TYPED} at the end of {@code file}, the first keys to warm up; the UI thread's nanoseconds for each other key. */
    private static long[] perKey(IFile file, boolean wrap) throws Exception {
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        if (editor instanceof AbstractTextEditor textEditor && textEditor.isWordWrapEnabled() != wrap) {
            textEditor.setWordWrap(wrap);
        }
        IDocument document = Workbench.document(editor);
        Workbench.waitForChecks();
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        Input.focus(widget);
        widget.setCaretOffset(widget.getCharCount() - 1);
        int before = document.getLength();
        long[] nanos = new long[TYPED.length() - WARM_UP];
        for (int i = 0; i < TYPED.length(); i++) {
            char c = TYPED.charAt(i);
            long start = System.nanoTime();
            widget.notifyListeners(SWT.KeyDown, key(c));
            widget.notifyListeners(SWT.KeyUp, key(c));
            Workbench.processEvents();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = System.nanoTime() - start;
            }
            Workbench.spin(25);
        }
        assertTrue(document.getLength() == before + TYPED.length(), "every key reached the document");
        editor.close(false);
        Workbench.processEvents();
        return nanos;
    }

    /** A key as {@link Input#type} sends it, with no pause after it to be counted. */
    private static Event key(char c) {
        Event event = new Event();
        event.character = c;
        event.keyCode = Character.toLowerCase(c);
        event.stateMask = Character.isUpperCase(c) ? SWT.SHIFT : 0;
        return event;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
