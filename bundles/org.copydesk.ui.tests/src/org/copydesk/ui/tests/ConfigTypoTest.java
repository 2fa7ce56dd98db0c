package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A typo in .copydesk.yaml never switches Copydesk off silently: it keeps checking, and the draft says why. */
class ConfigTypoTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.";
    private static final String ANOTHER = "Residents asked for a safer crossing near the school and for longer library hours.";
    private static final String GOOD = "rules:\n  duplicate-paragraph: error\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("typo");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void aTypoKeepsTheLastGoodSettingsAndTheDraftSaysSoWithTheConfigFileAClickAway() throws Exception {
        IFile config = Workbench.createFile(project, ".copydesk.yaml", GOOD);
        IFile draft = Workbench.createFile(project, "draft.md", PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        ITextEditor editor = Workbench.open(draft, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the duplicate is an error, as the config file says", () -> hasOneFinding(draft, IMarker.SEVERITY_ERROR));

        write(config, GOOD + "  unatributed-quote: off\n");
        Workbench.waitUntil("the draft says its settings are the last good ones", () -> notice(draft) != null);
        IMarker notice = notice(draft);
        String message = notice.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("Copydesk cannot use .copydesk.yaml (line 3: rules.unatributed-quote: unknown rule"), message);
        assertTrue(message.contains("last good settings"), message);
        assertEquals(IMarker.SEVERITY_WARNING, notice.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(1, notice.getAttribute(IMarker.LINE_NUMBER, -1), "at the top of the draft");
        List<IMarker> findings = findings(draft);
        assertEquals(1, findings.size(), "still checked");
        assertEquals(IMarker.SEVERITY_ERROR, findings.get(0).getAttribute(IMarker.SEVERITY, -1), "with the last good settings");

        IMarker error = Workbench.markers(config).get(0);
        assertEquals(3, error.getAttribute(IMarker.LINE_NUMBER, -1));
        for (IMarker marker : Workbench.markers(project)) {
            String text = marker.getAttribute(IMarker.MESSAGE, "");
            assertFalse(text.startsWith("/") || text.contains(project.getLocation().toString()), "no absolute path in the Problems view: " + text);
        }

        IDocument document = Workbench.document(editor);
        document.replace(document.getLength(), 0, "\n" + ANOTHER + "\n\n" + ANOTHER + "\n");
        Workbench.waitUntil("a new duplicate is flagged meanwhile", () -> findings(draft).size() == 2);

        IMarker current = notice(draft);
        QuickFixTest.resolution(current, "Open .copydesk.yaml at line 3").run(current);
        Workbench.processEvents();
        ITextEditor configEditor = Adapters.adapt(Workbench.page().getActiveEditor(), ITextEditor.class);
        assertNotNull(configEditor);
        assertEquals(config, Adapters.adapt(configEditor.getEditorInput(), IFile.class));
        ITextSelection selection = (ITextSelection) configEditor.getSelectionProvider().getSelection();
        assertEquals(2, selection.getStartLine(), "the line of the error is selected");

        write(config, GOOD);
        Workbench.waitUntil("the notice goes once the file is fixed", () -> notice(draft) == null && Workbench.markers(config).isEmpty());
    }

    @Test
    void aConfigFileBrokenFromTheStartChecksWithThePreferences() throws Exception {
        Workbench.createFile(project, ".copydesk.yaml", "rulez:\n  duplicate-paragraph: error\n");
        IFile draft = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        Workbench.waitUntil("checked, and the draft says with what", () -> notice(draft) != null && findings(draft).size() == 1);
        assertTrue(notice(draft).getAttribute(IMarker.MESSAGE, "").contains("Preferences > Copydesk"));
        assertEquals(IMarker.SEVERITY_WARNING, findings(draft).get(0).getAttribute(IMarker.SEVERITY, -1), "the default severity");
    }

    @Test
    void deletingTheConfigFileChecksWithThePreferencesAgain() throws Exception {
        IFile config = Workbench.createFile(project, ".copydesk.yaml", GOOD);
        IFile draft = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        Workbench.waitUntil("an error, as the config file says", () -> hasOneFinding(draft, IMarker.SEVERITY_ERROR));
        config.delete(true, null);
        Workbench.waitUntil("a warning, as the preferences say", () -> hasOneFinding(draft, IMarker.SEVERITY_WARNING));
    }

    private static IMarker notice(IFile draft) {
        return Workbench.markers(draft).stream().filter(m -> m.getAttribute(CopydeskMarker.CONFIG_FILE, (String) null) != null)
                .findFirst().orElse(null);
    }

    /** One listing of the markers: a check may replace them between two. */
    private static boolean hasOneFinding(IFile draft, int severity) {
        List<IMarker> findings = findings(draft);
        return findings.size() == 1 && findings.get(0).getAttribute(IMarker.SEVERITY, -1) == severity;
    }

    private static List<IMarker> findings(IFile draft) {
        return Workbench.markers(draft).stream().filter(m -> !CopydeskMarker.ruleId(m).isEmpty()).toList();
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }
}
