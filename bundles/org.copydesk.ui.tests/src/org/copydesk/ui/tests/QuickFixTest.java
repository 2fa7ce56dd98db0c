package org.copydesk.ui.tests;

import static org.copydesk.ui.tests.Workbench.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quick fixes change the text as the core's fixes do, one undo step each, and never apply to a text that moved on. */
class QuickFixTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("fixes");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project, ResourcesPlugin.getWorkspace().getRoot().getProject("fixes-too"));
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void eachResolutionGivesTheCoresTextAndUndoRestoresTheOriginal(String editorId) throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        ITextEditor editor = Workbench.open(file, editorId);
        IDocument document = Workbench.document(editor);
        List<Finding> findings = new Checker(Config.defaults()).check(EXAMPLE, original).findings();
        Workbench.waitUntil("markers", () -> Workbench.markers(file).size() == findings.size());

        int applied = 0;
        for (Finding finding : findings) {
            for (Fix fix : finding.fixes()) {
                Workbench.waitForChecks();
                IMarker marker = markerOf(file, finding);
                IMarkerResolution resolution = resolution(marker, fix.label());
                resolution.run(marker);
                assertEquals(FixApplier.apply(original, List.of(fix)).text(), document.get(), fix.label() + " of " + finding.message());
                Workbench.undo(editor);
                assertEquals(original, document.get(), "undo restores the original byte for byte");
                applied++;
            }
        }
        assertTrue(applied >= 8, "applied " + applied + " resolutions");
    }

    @Test
    void resolutionsIncludeFixAllOfThisKindAndTheWayToTheFirstOccurrence() throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("markers", () -> Workbench.markers(file, "duplicate-paragraph").size() == 8);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file, "duplicate-paragraph").get(0);
        Finding first = firstDuplicate(original);
        String fixAll = first.automaticFix().label() + ": all 8 in this file";
        String goTo = "Go to " + first.related().get(0).message() + " (line 5)";
        List<String> labels = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
        assertTrue(labels.contains(fixAll), labels.toString());
        assertTrue(labels.contains(goTo), labels.toString());

        resolution(marker, goTo).run(marker);
        assertEquals(5, Workbench.document(editor).getLineOfOffset(editor.getSelectionProvider().getSelection() instanceof org.eclipse.jface.text.ITextSelection s ? s.getOffset() : -1) + 1);

        resolution(marker, fixAll).run(marker);
        List<Fix> all = new Checker(Config.defaults()).check(EXAMPLE, original).findings().stream()
                .filter(f -> f.ruleId().equals("duplicate-paragraph")).map(Finding::automaticFix).toList();
        assertEquals(FixApplier.apply(original, all).text(), Workbench.document(editor).get());
        assertTrue(Workbench.document(editor).get().startsWith(String.join("\n", original.lines().limit(12).toList()) + "\n"));
        Workbench.undo(editor);
        assertEquals(original, Workbench.document(editor).get(), "fixing all in a file is one undo step");
    }

    @Test
    void fixAllOfThisKindWorksAcrossFilesOpenOrNot() throws Exception {
        String twice = PARAGRAPH + "\n" + PARAGRAPH;
        IFile open = Workbench.createFile(project, "open.txt", "Title\n\n" + twice);
        IProject other = Workbench.newProject("fixes-too");
        IFile closed = Workbench.createFile(other, "closed.md", "# Title\n\n" + twice);
        ITextEditor editor = Workbench.open(open, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("markers in both files", () -> Workbench.markers(open).size() == 1 && Workbench.markers(closed).size() == 1);
        Workbench.waitForChecks();

        IMarker marker = Workbench.markers(open).get(0);
        String label = new Checker(Config.defaults()).check("open.txt", "Title\n\n" + twice).findings().get(0).automaticFix().label();
        WorkbenchMarkerResolution resolution = assertInstanceOf(WorkbenchMarkerResolution.class, resolution(marker, label));
        IMarker[] all = ResourcesPlugin.getWorkspace().getRoot().findMarkers(null, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
        IMarker[] others = resolution.findOtherMarkers(all);
        assertEquals(List.of(Workbench.markers(closed).get(0)), List.of(others));

        resolution.run(new IMarker[] { marker, others[0] }, null);
        assertEquals("Title\n\n" + PARAGRAPH, Workbench.document(editor).get());
        assertTrue(editor.isDirty(), "an open file is changed in its editor, for the writer to save");
        assertEquals("# Title\n\n" + PARAGRAPH, new String(closed.getContents().readAllBytes(), StandardCharsets.UTF_8),
                "a file no editor shows is saved");
        Workbench.waitUntil("the fixed files have no markers", () -> Workbench.markers(open).isEmpty() && Workbench.markers(closed).isEmpty());

        // one operation across files: Edit > Undo in the Project Explorer takes it all back, once the writer
        // agrees that it reaches beyond the open editor
        Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        Dialogs.whenShown(shell -> Dialogs.labels(shell).contains("affects elements outside"), shell -> Dialogs.press(shell, "OK"));
        IStatus undone = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
        Workbench.processEvents();
        assertTrue(undone.isOK(), undone.toString());
        assertEquals("Title\n\n" + twice, Workbench.document(editor).get());
        assertEquals("# Title\n\n" + twice, new String(closed.getContents().readAllBytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void aStaleResolutionRecomputesOrRefusesButNeverCorrupts(String editorId) throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        ITextEditor editor = Workbench.open(file, editorId);
        IDocument document = Workbench.document(editor);
        Workbench.waitUntil("markers", () -> Workbench.markers(file, "duplicate-paragraph").size() == 8);
        Workbench.waitForChecks();

        // text typed above the duplicate after the marker was made: the fix finds its paragraph where it is now
        IMarker marker = Workbench.markers(file, "duplicate-paragraph").get(0);
        Finding first = firstDuplicate(original);
        IMarkerResolution resolution = resolution(marker, first.automaticFix().label());
        document.replace(0, 0, "UPDATE\n");
        resolution.run(marker);
        assertEquals("UPDATE\n" + FixApplier.apply(original, List.of(first.automaticFix())).text(), document.get());

        // the duplicate itself edited so that it is a duplicate no more: the stale fix refuses
        Workbench.waitForChecks();
        IMarker next = Workbench.markers(file, "duplicate-paragraph").get(0);
        IMarkerResolution nextResolution = resolution(next, first.automaticFix().label());
        int start = next.getAttribute(IMarker.CHAR_START, -1);
        // a near copy still counts (a few words added or changed): rewrite a quarter of it
        document.replace(start, 60, "Officials in Seoul said on Friday that they had seen no sign of fresh talks, and ");
        String edited = document.get();
        nextResolution.run(next);
        assertEquals(edited, document.get(), "nothing is removed once the paragraph is no longer a duplicate");
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void ctrl1OffersTheResolutionsInTheEditor(String editorId) throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        ITextEditor editor = Workbench.open(file, editorId);
        Workbench.waitUntil("markers", () -> Workbench.markers(file, "duplicate-paragraph").size() == 8);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file, "duplicate-paragraph").get(0);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1) + 10;

        editor.selectAndReveal(offset, 0);
        editor.getAction(ITextEditorActionConstants.QUICK_ASSIST).run();
        Table proposals = Workbench.quickFixPopup();
        List<String> labels = Arrays.stream(proposals.getItems()).map(TableItem::getText).toList();
        Finding first = firstDuplicate(original);
        int remove = labels.indexOf(first.automaticFix().label());
        assertTrue(remove >= 0, labels.toString());
        assertTrue(labels.contains("Go to " + first.related().get(0).message() + " (line 5)"), labels.toString());
        proposals.setSelection(remove);
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.processEvents();
        assertEquals(FixApplier.apply(original, List.of(first.automaticFix())).text(), Workbench.document(editor).get());
    }

    @Test
    void fixAllCopydeskProblemsInFileIsOneCommandAndOneUndo() throws Exception {
        String original = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, original);
        ITextEditor editor = Workbench.open(file, Workbench.TEXT_EDITOR);
        Workbench.waitUntil("markers", () -> Workbench.markers(file, "duplicate-paragraph").size() == 8);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.copydesk.ui.fixAllInFile", null);
        Workbench.processEvents();
        String expected = AutomaticFixer.fix(new Checker(Config.defaults()), EXAMPLE, original).text();
        assertEquals(expected, Workbench.document(editor).get());
        Workbench.undo(editor);
        assertEquals(original, Workbench.document(editor).get());
    }

    /** A watermark glued onto a copy hides the copy until it is gone: "Fix all" goes on, as copydesk fix does. */
    @Test
    void fixAllGoesOnUntilNothingIsLeftToFix() throws Exception {
        String original = PARAGRAPH + "\n" + PARAGRAPH.strip() + "Powered by Froala Editor\n";
        IFile file = Workbench.createFile(project, "glued.txt", original);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("markers", () -> Workbench.markers(file, "cms-footer").size() == 1);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.copydesk.ui.fixAllInFile", null);
        Workbench.processEvents();
        assertEquals(PARAGRAPH, Workbench.document(editor).get());
        Workbench.undo(editor);
        assertEquals(original, Workbench.document(editor).get());
    }

    static IMarker markerOf(IFile file, Finding finding) {
        return Workbench.markers(file, finding.ruleId()).stream().filter(m -> m.getAttribute(IMarker.CHAR_START, -1) == finding.start()
                && m.getAttribute(IMarker.CHAR_END, -1) == finding.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no marker for " + finding));
    }

    /** The first duplicate of the example article, as the core reports it: its fix labels name the resolutions. */
    static Finding firstDuplicate(String text) {
        return new Checker(Config.defaults()).check(EXAMPLE, text).findings().stream()
                .filter(f -> f.ruleId().equals("duplicate-paragraph")).findFirst().orElseThrow();
    }

    static IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no resolution '" + label + "' among "
                        + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }
}
