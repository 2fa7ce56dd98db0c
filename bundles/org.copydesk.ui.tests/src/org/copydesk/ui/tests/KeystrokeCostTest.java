package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What typing into a 1 MB draft costs the UI thread per keystroke, with Copydesk ({@code .txt}: reconciler, markers
 * and their annotations) and without it ({@code .log}: the same Generic Editor and font, a file Copydesk does not
 * check), each wrapped and not wrapped, on a draft without findings and on one with hundreds, and with the Generic
 * Editor's Mark Occurrences off (most of a key's time in prose is spent on it); and what the UI thread
 * spends once the writer pauses (the check, the markers, their underlines). Times are the UI thread's CPU time, so
 * other processes on a busy machine do not count. A measurement, printed for the record: the test asserts only that
 * every key reached the document, never a time ({@code ProseEditorTest} guards
 * that drafts this large open unwrapped).
 */
class KeystrokeCostTest {
    private static final String TYPED = "The reporter added a sentence about the bridge, and the editor kept it in.";
    private static final int WARM_UP = 10;
    private static final String GENERIC_EDITOR_PLUGIN = "org.eclipse.ui.genericeditor";
    /** The Generic Editor's preference behind its Toggle Mark Occurrences button. */
    private static final String MARK_OCCURRENCES = "org.eclipse.ui.genericeditor.togglehighlight";
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
        String clean = megabyte(false);
        String flagged = megabyte(true);
        StringBuilder report = new StringBuilder("KeystrokeCostTest: UI thread CPU time per key, " + (TYPED.length() - WARM_UP)
                + " keys into 1 MB: median / p95 ms; after the pause ms; markers\n");
        for (String text : new String[] { clean, flagged }) {
            for (boolean wrap : new boolean[] { false, true }) {
                for (String extension : new String[] { "txt", "log" }) {
                    measure(report, (text == flagged ? "flagged" : "clean") + (wrap ? "-wrapped." : "-unwrapped.") + extension, text, wrap);
                }
            }
        }
        // the Generic Editor's own Mark Occurrences highlights every occurrence of the word at the caret as it moves
        IEclipsePreferences genericEditor = InstanceScope.INSTANCE.getNode(GENERIC_EDITOR_PLUGIN);
        genericEditor.putBoolean(MARK_OCCURRENCES, false);
        try {
            for (String extension : new String[] { "txt", "log" }) {
                measure(report, "flagged-no-occurrences." + extension, flagged, false);
            }
        } finally {
            genericEditor.remove(MARK_OCCURRENCES);
        }
        System.out.print(report);
    }

    private void measure(StringBuilder report, String name, String text, boolean wrap) throws Exception {
        IFile file = Workbench.createFile(project, name, text);
        long[] nanos = perKey(file, wrap);
        long pause = nanos[nanos.length - 1];
        nanos = Arrays.copyOf(nanos, nanos.length - 1);
        report.append(String.format("  %-28s %s %6.2f / %6.2f  %8.1f  %d%n", name, name.endsWith(".txt") ? "Copydesk   " : "no Copydesk",
                percentile(nanos, 50), percentile(nanos, 95), pause / 1e6, Workbench.markers(file).size()));
        // one draft at a time: two drafts of the same text in one project would be copies of each other
        file.delete(true, null);
        Workbench.waitForChecks();
    }

    /** A megabyte of distinct paragraphs; if {@code withFindings}, every tenth one repeated, each copy a finding. */
    private static String megabyte(boolean withFindings) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1 << 20; i++) {
            if (withFindings && i % 10 == 9) {
                text.append("The mayor said the town would start work on the bridge before the winter came, and the council agreed.\n\n");
            } else {
                text.append("Paragraph ").append(i).append(" of the report says the council met on day ").append(i)
                        .append(" and talked about the bridge, the budget and the schools for a long time.\n\n");
            }
        }
        return text.toString();
    }

    /**
     * Types {@link #TYPED} at the end of {@code file}, the first keys to warm up; the UI thread's CPU nanoseconds for
     * each other key, then for the pause after the last one until the checks are done.
     */
    private static long[] perKey(IFile file, boolean wrap) throws Exception {
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        if (editor instanceof AbstractTextEditor textEditor && textEditor.isWordWrapEnabled() != wrap) {
            textEditor.setWordWrap(wrap);
        }
        IDocument document = Workbench.document(editor);
        Workbench.waitForChecks();
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        widget.setFont(JFaceResources.getFont("org.copydesk.ui.draftFont"));
        Input.focus(widget);
        widget.setCaretOffset(widget.getCharCount() - 1);
        widget.showSelection();
        Workbench.processEvents();
        int before = document.getLength();
        long[] nanos = new long[TYPED.length() - WARM_UP + 1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < TYPED.length(); i++) {
            long start = threads.getCurrentThreadCpuTime();
            // the key through the widget's own key handling, then everything it caused: painting, async work
            Input.type(widget, TYPED.substring(i, i + 1), 0);
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = threads.getCurrentThreadCpuTime() - start;
            }
            Workbench.spin(20);
        }
        assertEquals(before + TYPED.length(), document.getLength(), "every key reached the document");
        long pause = threads.getCurrentThreadCpuTime();
        Workbench.waitForChecks();
        nanos[nanos.length - 1] = threads.getCurrentThreadCpuTime() - pause;
        editor.close(false);
        Workbench.processEvents();
        return nanos;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (sorted.length - 1) * percent / 100)] / 1e6;
    }
}
