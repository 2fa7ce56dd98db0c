package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A megabyte of prose is checked as you type without the UI thread waiting for it. */
class LargeDocumentTest {
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("large");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void aMegabyteDraftIsCheckedAsYouTypeOffTheUiThread() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1 << 20; i++) {
            text.append("Paragraph ").append(i).append(" of the report says the council met on day ").append(i)
                    .append(" and talked about the bridge, the budget and the schools for a long time.\n\n");
        }
        IFile file = Workbench.createFile(project, "report.txt", text.toString());
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        IDocument document = Workbench.document(editor);
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(file).isEmpty());

        // a timer on the UI thread notes the longest time it had to wait: a check on the UI thread would show here
        long[] longestStall = { 0 };
        long[] lastTick = { System.nanoTime() };
        boolean[] ticking = { true };
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                longestStall[0] = Math.max(longestStall[0], now - lastTick[0]);
                lastTick[0] = now;
                if (ticking[0]) {
                    Display.getCurrent().timerExec(5, this);
                }
            }
        };
        Display.getCurrent().timerExec(5, tick);

        String paragraph = "Paragraph 7 of the report says the council met on day 7 and talked about the bridge, the budget and the schools for a long time.\n";
        long typed = System.nanoTime();
        document.replace(document.getLength(), 0, paragraph);
        Workbench.waitUntil("the duplicate typed at the end is flagged", () -> Workbench.markers(file).size() == 1);
        long flagged = System.nanoTime();
        ticking[0] = false;

        assertEquals(text.length(), Workbench.markers(file).get(0).getAttribute(IMarker.CHAR_START, -1));
        System.out.printf("LargeDocumentTest: %,d chars; finding shown %d ms after the keystroke (500 ms of it the typing pause);"
                + " longest UI thread stall meanwhile %d ms%n", document.getLength(), (flagged - typed) / 1_000_000, longestStall[0] / 1_000_000);
    }
}
