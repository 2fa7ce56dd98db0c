package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.ui.StatusMessage;
import org.copydesk.ui.hover.CopydeskHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A suppression comment naming no rule is reported at the name. It is no rule of its own (no docs page, no fix):
 * the hover says the message and nothing more, Ctrl+1 offers nothing, Fix All leaves the comment as it is.
 */
class SuppressionCommentTest {
    private static final String PARAGRAPH = "The harbour council met on Tuesday to approve the new ferry timetable for the spring.";
    private static final String TEXT = "<!-- copydesk-disable duplicate-paragrph -->\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n";
    private static final String MESSAGE = "'duplicate-paragrph' is not a Copydesk rule, so this comment switches nothing off for it;"
            + " did you mean 'duplicate-paragraph'?";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("suppression");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void theMisspeltNameIsMarkedAndTheHoverSaysWhyWithoutARulePage() throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", TEXT);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the comment is flagged", () -> Workbench.markers(file, "suppression-comment").size() == 1);
        Workbench.waitForChecks();
        assertEquals(1, Workbench.markers(file, "duplicate-paragraph").size(), "the comment switched nothing off");
        IMarker marker = Workbench.markers(file, "suppression-comment").get(0);
        assertEquals(MESSAGE, marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals("duplicate-paragrph", Workbench.document(editor).get(start, marker.getAttribute(IMarker.CHAR_END, -1) - start));
        assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(marker), "nothing to offer on Ctrl+1");

        // the Text Editor's hover: the message alone, no rule line, no empty docs section
        CopydeskHover hover = new CopydeskHover((ITextHover) null);
        IRegion region = hover.getHoverRegion(Workbench.viewer(editor), start + 3);
        assertEquals(MESSAGE, String.valueOf(hover.getHoverInfo2(Workbench.viewer(editor), region)));
        // the Generic Editor's: nothing to add below the platform's hover, so no empty popup of its own
        assertTrue(String.valueOf(new CopydeskHover().getHoverInfo2(Workbench.viewer(editor), region)).isBlank());

        // with the mouse: the Generic Editor shows the message
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        Input.focus(widget);
        Point word = widget.getLocationAtOffset(start + 3);
        Input.moveMouse(widget, new Point(word.x + 2, word.y + widget.getLineHeight() / 2));
        Popups.waitForText("the hover shows the message", text -> text.contains("is not a Copydesk rule"));
    }

    @Test
    void fixAllLeavesTheCommentForTheWriterToCorrect() throws Exception {
        String text = "<!-- copydesk-disable duplicate-paragrph -->\n\n" + PARAGRAPH + "\n";
        IFile file = Workbench.createFile(project, "draft.md", text);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the comment is flagged", () -> Workbench.markers(file, "suppression-comment").size() == 1);
        Workbench.waitForChecks();

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.copydesk.ui.fixAllInFile", null);
        Workbench.processEvents();
        assertEquals(text, Workbench.document(editor).get());
        assertFalse(editor.isDirty());
        assertEquals("Nothing to fix", StatusMessage.current());
    }
}
