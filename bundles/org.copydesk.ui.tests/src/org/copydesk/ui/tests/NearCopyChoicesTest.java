package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A later copy that says something new (here, a sentence added) is the writer's to keep or remove: "Fix All" leaves
 * it, and its marker offers both choices, each one undo step.
 */
class NearCopyChoicesTest {
    private static final String FIRST = "The harbour authority said two passengers were injured when the ferry struck the pier"
            + " at Kelby on Saturday morning.";
    private static final String BETWEEN = "Services to the island will stay suspended until engineers have inspected the pier.";
    private static final String UPDATED = FIRST + " One of them has since died.";
    private static final String TEXT = FIRST + "\n\n" + BETWEEN + "\n\n" + UPDATED + "\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("choices");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void fixAllLeavesACopyThatSaysSomethingNew() throws Exception {
        IFile file = Workbench.createFile(project, "ferry.txt", TEXT);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("a duplicate marker", () -> Workbench.markers(file, "duplicate-paragraph").size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file, "duplicate-paragraph").get(0);
        assertEquals("Duplicate of the paragraph at line 1, and adds 'One of them has since died.'",
                marker.getAttribute(IMarker.MESSAGE, ""));
        assertNull(marker.getAttribute(CopydeskMarker.AUTOMATIC_FIX, (String) null), "no automatic fix");

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.copydesk.ui.fixAllInFile", null);
        Workbench.processEvents();
        assertEquals(TEXT, Workbench.document(editor).get(), "Fix All leaves the copy in place");
        assertFalse(editor.isDirty(), "nothing was changed");
        Workbench.waitForChecks();
        assertEquals(1, Workbench.markers(file, "duplicate-paragraph").size(), "and it is still marked");
    }

    @Test
    void theMarkerOffersBothChoicesAndKeepingThisCopyRemovesTheFirst() throws Exception {
        IFile file = Workbench.createFile(project, "ferry.txt", TEXT);
        ITextEditor editor = Workbench.open(file, Workbench.TEXT_EDITOR);
        IDocument document = Workbench.document(editor);
        Workbench.waitUntil("a duplicate marker", () -> Workbench.markers(file, "duplicate-paragraph").size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file, "duplicate-paragraph").get(0);

        List<String> labels = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
        assertEquals(List.of("Remove this copy", "Keep this copy, remove the one at line 1", "Go to first occurrence (line 1)"),
                labels);

        QuickFixTest.resolution(marker, "Keep this copy, remove the one at line 1").run(marker);
        assertEquals(BETWEEN + "\n\n" + UPDATED + "\n", document.get(), "the first paragraph is gone, the updated copy stays");
        Workbench.undo(editor);
        assertEquals(TEXT, document.get(), "undo restores the text byte for byte");

        Workbench.waitForChecks();
        IMarker again = Workbench.markers(file, "duplicate-paragraph").get(0);
        QuickFixTest.resolution(again, "Remove this copy").run(again);
        assertEquals(FIRST + "\n\n" + BETWEEN + "\n", document.get(), "the copy and what it added are gone, as the writer chose");
        Workbench.undo(editor);
        assertEquals(TEXT, document.get());
    }
}
