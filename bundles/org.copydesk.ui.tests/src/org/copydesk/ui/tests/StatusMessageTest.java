package org.copydesk.ui.tests;

import static org.copydesk.ui.tests.Workbench.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.ui.StatusMessage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status line says what a fix did, truly, and the message goes with the next action or editor. */
class StatusMessageTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("status");
    }

    @AfterEach
    void deleteProject() throws Exception {
        StatusMessage.clear();
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void fixAllSaysHowManyProblemsItFixedThenNothingToFixAndTheMessageGoesWithTheNextEditor() throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        IFile other = Workbench.createFile(project, "notes.txt", "Notes.\n");
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("markers", () -> Workbench.markers(file).size() == 9);
        int fixed = AutomaticFixer.fix(new Checker(Config.defaults()), EXAMPLE, original).fixed();

        fixAll();
        assertEquals("Fixed " + fixed + " problems", StatusMessage.current());
        assertTrue(statusLine().contains("Fixed " + fixed + " problems"), statusLine().toString());

        fixAll();
        assertEquals("Nothing to fix", StatusMessage.current(), "a clean file, never the stale-fix message");
        assertTrue(statusLine().contains("Nothing to fix"), statusLine().toString());

        Workbench.open(other, Workbench.GENERIC_EDITOR);
        assertNull(StatusMessage.current(), "another editor: the message is gone");
        assertFalse(statusLine().contains("Nothing to fix"), statusLine().toString());
        Workbench.page().activate(editor);
        assertFalse(statusLine().contains("Nothing to fix"), "nor back in the first: " + statusLine());
    }

    @Test
    void fixAllWithOnlySuggestionsLeftSaysHowManyProblemsNeedTheWritersChoice() throws Exception {
        // two later copies that each add a sentence: the writer chooses which copy stays, no automatic fix
        String updated = PARAGRAPH.strip() + " The vote was close.\n";
        String corrected = PARAGRAPH.strip() + " The mayor abstained.\n";
        String text = PARAGRAPH + "\nThe session ended at nine.\n\n" + updated + "\nThen the council went home.\n\n" + corrected;
        ITextEditor editor = fixAllWithTwoCopies("choices.txt", text);
        assertEquals("Nothing to fix automatically: 2 problems need your choice of fix (Ctrl+1)", StatusMessage.current());
        assertTrue(statusLine().contains(StatusMessage.current()), statusLine().toString());
        assertEquals(text, Workbench.document(editor).get(), "the copies are left to the writer");
    }

    @Test
    void fixAllThatLeavesSuggestionsSaysWhatItFixedAndWhatIsLeft() throws Exception {
        String updated = PARAGRAPH.strip() + " The vote was close.\n";
        String text = PARAGRAPH + "\nThe session ended at nine.\n\n" + PARAGRAPH + "\nThen the council went home.\n\n" + updated;
        ITextEditor editor = fixAllWithTwoCopies("mixed.txt", text);
        assertEquals("Fixed 1 problem; 1 more needs your choice of fix (Ctrl+1)", StatusMessage.current());
        String left = Workbench.document(editor).get();
        assertEquals(1, left.split("The vote was close", -1).length - 1, "the copy with a sentence of its own is left: " + left);
        assertEquals(2, left.split(PARAGRAPH.strip(), -1).length - 1, "the exact copy is gone: " + left);
    }

    /** Opens {@code text}, whose two later paragraphs are copies, as a new file, and runs Fix All once both are flagged. */
    private ITextEditor fixAllWithTwoCopies(String name, String text) throws Exception {
        IFile file = Workbench.createFile(project, name, text);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("two duplicate markers", () -> Workbench.markers(file, "duplicate-paragraph").size() == 2);
        Workbench.waitForChecks();
        fixAll();
        return editor;
    }

    @Test
    void aFixRefusedSaysSoUntilTheWriterTypes() throws Exception {
        IFile file = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n" + PARAGRAPH);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("marker", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file).get(0);
        IMarkerResolution remove = QuickFixTest.resolution(marker, "Remove duplicate paragraph");
        IDocument document = Workbench.document(editor);
        int second = PARAGRAPH.length() + 1;
        document.replace(second, PARAGRAPH.length() - 1, "Nothing in this sentence is a copy of the paragraph above it.");
        remove.run(marker);
        assertTrue(StatusMessage.current().startsWith("The text changed since this problem was found"), StatusMessage.current());
        document.replace(0, 0, "A");
        assertNull(StatusMessage.current(), "gone with the next edit");
    }

    private static void fixAll() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.copydesk.ui.fixAllInFile", null);
        Workbench.processEvents();
    }

    /** The texts of the window's status line. */
    static List<String> statusLine() {
        List<String> texts = new ArrayList<>();
        collect(Workbench.page().getWorkbenchWindow().getShell(), texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof CLabel label && label.isVisible() && label.getText() != null) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
