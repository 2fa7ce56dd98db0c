package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A paragraph pasted into another file of the project: flagged in the later file, naming the other one, and kept
 * current as either file is typed in, deleted, renamed, or the project's settings change.
 */
class CrossFileDuplicatesTest {
    private static final String DUPLICATE = "duplicate-paragraph";
    private static final String BUDGET = "The council approved the new budget on Tuesday after a long debate about the"
            + " costs of the bridge and the schools.";
    private static final String LIBRARY = "Residents asked for more money for the library and the public pool at the"
            + " meeting on Monday evening.";
    private static final String FERRY = "The ferry came in late, long after the lamps along the quay had been lit and"
            + " the fishermen had gone home.";
    private static final String OWN = "The lighthouse keeper walked his dog along the harbour wall every evening at"
            + " the turn of the tide.";
    private static final String REMOVE = "Remove duplicate paragraph";
    private static final String REMOVE_THIS_COPY = "Remove this copy";
    private static final String REWRITTEN = "The harbour master closed the old pier for the winter";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("across-files");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void aParagraphPastedIntoASecondFileIsFlaggedThereAndGoToTheOtherCopyOpensTheFirstAtItsLine() throws Exception {
        IFile first = create("chapters/a.md", "# One\n\n" + FERRY + "\n\n" + BUDGET + "\n\n" + LIBRARY + "\n");
        IFile second = create("chapters/b.md", "# Two\n\n" + OWN + "\n\n" + BUDGET + "\n\n" + LIBRARY.replace("public", "heated") + "\n");
        Workbench.waitUntil("both copies in b.md are flagged", () -> Workbench.markers(second, DUPLICATE).size() == 2);
        Workbench.waitForChecks();
        List<IMarker> markers = Workbench.markers(second, DUPLICATE);
        IMarker marker = markers.get(0);
        assertEquals("Duplicate of the paragraph at line 5 of chapters/a.md", marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("chapters/a.md", marker.getAttribute(CopydeskMarker.RELATED_FILE, ""));
        assertEquals(5, marker.getAttribute(CopydeskMarker.RELATED_LINE, 0));
        assertEquals(List.of(), Workbench.markers(first, DUPLICATE), "the first occurrences are not the copies");
        assertEquals(List.of(REMOVE), CopydeskMarker.fixLabels(marker));
        assertEquals(REMOVE, marker.getAttribute(CopydeskMarker.AUTOMATIC_FIX, ""), "a word-for-word copy goes by itself");
        IMarker changed = markers.get(1);
        assertEquals("Duplicate of the paragraph at line 7 of chapters/a.md, but says 'heated' where line 7 says 'public'",
                changed.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(List.of(REMOVE_THIS_COPY), CopydeskMarker.fixLabels(changed));
        assertEquals("", changed.getAttribute(CopydeskMarker.AUTOMATIC_FIX, ""), "a copy with a word of its own is the writer's call");

        IMarkerResolution goTo = resolution(marker, "Go to the other copy");
        goTo.run(marker);
        Workbench.waitUntil("the other file opens", () -> Workbench.page().getActiveEditor() != null
                && "a.md".equals(Workbench.page().getActiveEditor().getEditorInput().getName()));
        ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(4, selection.getStartLine(), "line 5, counted from 0");
        assertEquals(Workbench.document(editor).get().indexOf(BUDGET), selection.getOffset());

        resolution(marker, REMOVE).run(marker);
        Workbench.waitUntil("the copy is gone from b.md", () -> !text(second).contains(BUDGET));
        assertEquals("# Two\n\n" + OWN + "\n\n" + LIBRARY.replace("public", "heated") + "\n", text(second));
        assertTrue(text(first).contains(BUDGET), "the first occurrence stays");
    }

    @Test
    void typingOverTheFirstOccurrenceInAnUnsavedEditorClearsTheCopyInTheOtherFile() throws Exception {
        IFile first = create("a.md", "# One\n\n" + BUDGET + "\n");
        IFile second = create("b.md", "# Two\n\n" + LIBRARY + "\n\n" + BUDGET + "\n");
        waitForOneCopy(second);

        ITextEditor editor = Workbench.open(first, Workbench.GENERIC_EDITOR);
        IDocument document = Workbench.document(editor);
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        Input.focus(widget);
        int start = document.get().indexOf(BUDGET);
        int words = BUDGET.indexOf(" after");
        widget.setSelection(start, start + words); // "The council approved the new budget on Tuesday"
        Input.type(widget, REWRITTEN, 10);
        assertTrue(editor.isDirty(), "typed, not saved");
        assertTrue(document.get().contains(REWRITTEN + " after a long debate"), document.get());
        Workbench.waitUntil("the copy in the other file is no longer flagged", () -> Workbench.markers(second, DUPLICATE).isEmpty());

        editor.close(false); // the text on disk holds the paragraph again
        Workbench.processEvents();
        waitForOneCopy(second);
    }

    @Test
    void deletingTheFirstFileAndRenamingTheSecondMoveTheReportToTheFileThatIsNowLater() throws Exception {
        IFile first = create("a.md", "# One\n\n" + BUDGET + "\n");
        IFile second = create("b.md", "# Two\n\n" + BUDGET + "\n\n" + LIBRARY + "\n");
        IFile third = create("c.md", "# Three\n\n" + FERRY + "\n\n" + BUDGET + "\n");
        waitForOneCopy(second);
        assertTrue(waitForOneCopy(third).getAttribute(IMarker.MESSAGE, "").endsWith(" of a.md"));

        first.delete(true, null);
        Workbench.waitUntil("b.md holds the first occurrence now", () -> Workbench.markers(second, DUPLICATE).isEmpty());
        Workbench.waitUntil("c.md names b.md", () -> messages(third).equals(List.of("Duplicate of the paragraph at line 3 of b.md")));

        second.move(IPath.fromPortableString("z.md"), true, null);
        IFile renamed = project.getFile("z.md");
        Workbench.waitUntil("c.md holds the first occurrence now", () -> Workbench.markers(third, DUPLICATE).isEmpty());
        Workbench.waitUntil("z.md names c.md", () -> messages(renamed).equals(List.of("Duplicate of the paragraph at line 5 of c.md")));
    }

    @Test
    void theAllowListAndScopeFileInTheConfigFileTurnItOffAndRemovingThemTurnsItOn() throws Exception {
        IFile config = create(".copydesk.yaml",
                "rules:\n  duplicate-paragraph:\n    allow: [\"install/*.md\"]\n");
        create("install/linux.md", "# Linux\n\n" + BUDGET + "\n");
        IFile windows = create("install/windows.md", "# Windows\n\n" + BUDGET + "\n\n" + LIBRARY + "\n");
        IFile notes = create("notes.md", "# Notes\n\n" + FERRY + "\n\n" + LIBRARY + "\n");
        Workbench.waitUntil("notes.md, later in path order, has its copy of install/windows.md flagged",
                () -> messages(notes).equals(List.of("Duplicate of the paragraph at line 5 of install/windows.md")));
        Workbench.waitForChecks();
        assertEquals(List.of(), messages(windows), "the glob allows the install pages to repeat each other");

        write(config, "rules:\n  duplicate-paragraph:\n    scope: file\n");
        Workbench.waitUntil("scope: file checks each file on its own", () -> messages(notes).isEmpty());
        Workbench.waitForChecks();
        assertEquals(List.of(), messages(windows));

        write(config, "rules:\n  duplicate-paragraph:\n    scope: project\n");
        Workbench.waitUntil("both copies are flagged", () -> messages(windows).size() == 1 && messages(notes).size() == 1);
        assertEquals(List.of("Duplicate of the paragraph at line 3 of install/linux.md"), messages(windows));
    }

    private IFile create(String path, String text) throws Exception {
        IPath folders = IPath.fromPortableString(path).removeLastSegments(1);
        for (int i = 1; i <= folders.segmentCount(); i++) {
            org.eclipse.core.resources.IFolder folder = project.getFolder(folders.uptoSegment(i));
            if (!folder.exists()) {
                folder.create(true, true, null);
            }
        }
        return Workbench.createFile(project, path, text);
    }

    private static IMarker waitForOneCopy(IFile file) {
        Workbench.waitUntil(file.getName() + " has its copy flagged", () -> Workbench.markers(file, DUPLICATE).size() == 1);
        return Workbench.markers(file, DUPLICATE).get(0);
    }

    private static List<String> messages(IFile file) {
        return Workbench.markers(file, DUPLICATE).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    private static IMarkerResolution resolution(IMarker marker, String labelStart) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(resolutions).filter(r -> r.getLabel().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no resolution starting with '" + labelStart + "' among "
                        + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }

    private static String text(IFile file) {
        try {
            return java.nio.file.Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }
}
