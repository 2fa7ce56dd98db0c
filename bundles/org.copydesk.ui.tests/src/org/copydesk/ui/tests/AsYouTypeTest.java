package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The unsaved text of an open editor is checked after a typing pause. */
class AsYouTypeTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("typing");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void aDuplicateTypedWithoutSavingIsFlaggedAfterThePauseAndUnflaggedWhenDeleted(String editorId) throws Exception {
        String text = "Budget news\n\n" + PARAGRAPH + "\n";
        IFile file = Workbench.createFile(project, "news.md", text);
        ITextEditor editor = Workbench.open(file, editorId);
        IDocument document = Workbench.document(editor);
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(file).isEmpty());

        String typed = "\n" + PARAGRAPH + "\n";
        document.replace(document.getLength(), 0, typed);
        long typedAt = System.currentTimeMillis();
        assertTrue(editor.isDirty());
        Workbench.waitUntil("the typed duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        long waited = System.currentTimeMillis() - typedAt;
        assertTrue(waited >= 400, "checked after the typing pause, not on the keystroke: " + waited + " ms");
        IMarker marker = Workbench.markers(file).get(0);
        assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(text.length() + 1, marker.getAttribute(IMarker.CHAR_START, -1));
        assertTrue(editor.isDirty(), "the check reads the buffer, nothing is saved");

        document.replace(text.length(), typed.length(), "");
        Workbench.waitUntil("the deleted duplicate is no longer flagged", () -> Workbench.markers(file).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void closingAnEditorWithoutSavingBringsBackTheFindingsOfTheFileOnDisk(String editorId) throws Exception {
        String text = PARAGRAPH + "\n\n" + PARAGRAPH + "\n";
        IFile file = Workbench.createFile(project, "draft.txt", text);
        ITextEditor editor = Workbench.open(file, editorId);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.document(editor).set("Nothing left.\n");
        Workbench.waitUntil("the buffer has no findings", () -> Workbench.markers(file).isEmpty());
        editor.close(false);
        Workbench.waitUntil("the file on disk is flagged again", () -> Workbench.markers(file).size() == 1);
    }
}
