package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.ui.StatusMessage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Fix all N in M files" is one operation: previewed before anything changes, undone whole. */
class FixAcrossFilesTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private static final String TWICE = PARAGRAPH + "\n" + PARAGRAPH;
    private static final String FIX_ALL = "Remove duplicate paragraph: all 2 in 2 files";
    private IProject project;
    private IProject other;

    @BeforeEach
    void createProjects() throws Exception {
        project = Workbench.newProject("across");
        other = Workbench.newProject("across-too");
    }

    @AfterEach
    void deleteProjects() throws Exception {
        StatusMessage.clear();
        Workbench.closeAllAndDelete(project, other);
    }

    @Test
    void theWriterPreviewsEveryFileThenAppliesAndOneUndoTakesItAllBack() throws Exception {
        IFile open = Workbench.createFile(project, "open.txt", "Title\n\n" + TWICE);
        IFile closed = Workbench.createFile(other, "closed.md", "# Title\n\n" + TWICE);
        ITextEditor editor = Workbench.open(open, Workbench.GENERIC_EDITOR);
        IDocument document = Workbench.document(editor);
        Workbench.waitUntil("markers in both files", () -> Workbench.markers(open).size() == 1 && Workbench.markers(closed).size() == 1);
        Workbench.waitForChecks();

        List<String> preview = new ArrayList<>();
        String[] textsWhilePreviewing = new String[2];
        onPreview(shell -> {
            preview.addAll(Dialogs.treeItems(shell));
            textsWhilePreviewing[0] = document.get();
            textsWhilePreviewing[1] = contents(closed);
            Dialogs.press(shell, "OK", "Finish");
        });
        IMarker marker = Workbench.markers(open).get(0);
        QuickFixTest.resolution(marker, FIX_ALL).run(marker);

        assertTrue(preview.stream().anyMatch(t -> t.contains("open.txt")) && preview.stream().anyMatch(t -> t.contains("closed.md")),
                "the preview lists both files: " + preview);
        assertEquals("Title\n\n" + TWICE, textsWhilePreviewing[0], "nothing changes before the writer applies");
        assertEquals("# Title\n\n" + TWICE, textsWhilePreviewing[1]);
        assertEquals("Title\n\n" + PARAGRAPH, document.get());
        assertTrue(editor.isDirty(), "the open file is changed in its editor, for the writer to save");
        assertEquals("# Title\n\n" + PARAGRAPH, contents(closed), "the other file is saved");
        assertEquals("Fixed 2 problems in 2 files", StatusMessage.current());

        // Ctrl+Z in the editor reaches the whole operation, once the writer agrees it touches other files
        String[] asked = new String[1];
        Dialogs.whenShown(shell -> Dialogs.labels(shell).contains("outside of 'open.txt'"), shell -> {
            asked[0] = Dialogs.labels(shell);
            Dialogs.press(shell, "OK");
        });
        Input.focus(Workbench.viewer(editor).getTextWidget());
        Input.chord(SWT.CTRL, 'z');
        Workbench.waitUntil("the whole operation is undone", () -> document.get().equals("Title\n\n" + TWICE));
        assertTrue(asked[0] != null && asked[0].contains("Remove duplicate paragraph: all 2 in 2 files"), String.valueOf(asked[0]));
        assertEquals("Title\n\n" + TWICE, document.get());
        assertEquals("# Title\n\n" + TWICE, contents(closed));
    }

    @Test
    void cancellingThePreviewChangesNothing() throws Exception {
        IFile first = Workbench.createFile(project, "first.txt", TWICE);
        IFile second = Workbench.createFile(other, "second.txt", TWICE);
        Workbench.waitUntil("markers in both files", () -> Workbench.markers(first).size() == 1 && Workbench.markers(second).size() == 1);
        Workbench.waitForChecks();
        onPreview(shell -> Dialogs.press(shell, "Cancel"));
        IMarker marker = Workbench.markers(first).get(0);
        IMarkerResolution fixAll = QuickFixTest.resolution(marker, FIX_ALL);
        fixAll.run(marker);
        assertEquals(TWICE, contents(first));
        assertEquals(TWICE, contents(second));
    }

    /** Runs {@code answer} on the preview once it shows: the resolution opens it and waits for the writer. */
    private static void onPreview(java.util.function.Consumer<Shell> answer) {
        Dialogs.whenShown(shell -> shell.getText().startsWith("Remove duplicate paragraph") && !Dialogs.treeItems(shell).isEmpty(), answer);
    }

    private static String contents(IFile file) {
        try {
            file.refreshLocal(0, null);
            return new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
