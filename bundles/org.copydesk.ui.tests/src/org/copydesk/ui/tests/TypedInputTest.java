package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts typed key by key, as a writer types them. In the Generic Editor typing opens word completion, whose
 * popup used to keep the viewer's widget token after closing itself: Ctrl+1 and the hover then did nothing for
 * the life of the editor, even for problems pasted later.
 */
class TypedInputTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge, "
            + "the schools and the new library, and the mayor said the town would start work on all three before winter.";
    private static final String PASTED = "Residents who spoke at the meeting asked for a safer crossing near the school "
            + "and for longer opening hours at the library on weekends.";
    private static final String REMOVE = "Remove duplicate paragraph";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("typed");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void theHoverAndCtrl1WorkOnADuplicateTheWriterTypedAndOnOnePastedLater(String editorId) throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", "");
        ITextEditor editor = Workbench.open(file, editorId);
        IDocument document = Workbench.document(editor);
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        Input.focus(widget);
        Input.type(widget, PARAGRAPH + "\n\n", 15);
        Workbench.spin(700); // a pause mid-draft: the reconciler checks while the writer writes
        Input.type(widget, PARAGRAPH, 15);
        String typed = PARAGRAPH + "\n\n" + PARAGRAPH;
        assertEquals(typed, document.get(), "the text is what was typed");
        Workbench.waitUntil("the typed duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        int start = Workbench.markers(file).get(0).getAttribute(IMarker.CHAR_START, -1);

        Point word = widget.getLocationAtOffset(start + 10);
        Input.moveMouse(widget, new Point(word.x + 2, word.y + widget.getLineHeight() / 2));
        String hover = Popups.waitForText("the hover shows", text -> text.contains("first occurrence"));
        assertTrue(hover.contains("line 1"), hover);
        Input.moveMouse(widget, new Point(2, widget.getClientArea().height - 2));

        Input.press(SWT.HOME);
        assertEquals(start, widget.getCaretOffset(), "Home goes to the start of the duplicate");
        applyTheFirstProposal(REMOVE);
        assertEquals(PARAGRAPH, document.get().strip(), "Ctrl+1, Enter removed the typed duplicate");
        Input.chord(SWT.CTRL, 'z');
        assertEquals(typed, document.get(), "one undo step");

        String pasted = "\n\n" + PASTED + "\n\n" + PASTED;
        document.replace(document.getLength(), 0, pasted);
        Workbench.waitUntil("the pasted duplicate is flagged", () -> Workbench.markers(file).size() == 2);
        Workbench.waitForChecks();
        editor.selectAndReveal(Workbench.markers(file).get(1).getAttribute(IMarker.CHAR_START, -1), 0);
        applyTheFirstProposal(REMOVE);
        assertEquals(typed + "\n\n" + PASTED, document.get().stripTrailing());
    }

    /** Ctrl+1, then the first proposal, which must be {@code label}, chosen as Enter or a double click does. */
    private static void applyTheFirstProposal(String label) {
        Input.chord(SWT.CTRL, '1');
        Table proposals = Workbench.quickFixPopup();
        List<String> labels = Arrays.stream(proposals.getItems()).map(TableItem::getText).toList();
        assertEquals(0, labels.indexOf(label), labels.toString());
        assertEquals(0, proposals.getSelectionIndex(), "the first proposal is selected");
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.processEvents();
    }
}
