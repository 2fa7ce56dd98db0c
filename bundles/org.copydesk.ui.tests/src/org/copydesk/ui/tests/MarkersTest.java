package org.copydesk.ui.tests;

import static org.copydesk.ui.tests.Workbench.EXAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.LineMap;
import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markers appear for drafts with no set-up, say what the core says, and skip what the settings exclude. */
class MarkersTest {
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("drafts");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void theExampleArticleGetsTheFindingsTheCoreReports(String editorId) throws Exception {
        String text = Workbench.example();
        IFile file = Workbench.createFile(project, EXAMPLE, text);
        ITextEditor editor = Workbench.open(file, editorId);
        assertEquals(editorId, editor.getSite().getId());

        List<Finding> expected = new Checker(Config.defaults()).check(EXAMPLE, text).findings();
        Workbench.waitUntil("the markers match the core's findings", () -> Workbench.markers(file).size() == expected.size());
        Workbench.waitForChecks();

        LineMap lines = new LineMap(text);
        List<String> expectedLines = expected.stream().map(f -> f.ruleId() + "@" + lines.line(f.start()) + ":" + f.start() + "-" + f.end()
                + " " + f.message() + " " + f.fixes().stream().map(Fix::label).toList()).toList();
        List<String> actualLines = Workbench.markers(file).stream().map(m -> CopydeskMarker.ruleId(m) + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1)
                + ":" + m.getAttribute(IMarker.CHAR_START, -1) + "-" + m.getAttribute(IMarker.CHAR_END, -1)
                + " " + m.getAttribute(IMarker.MESSAGE, "") + " " + CopydeskMarker.fixLabels(m)).toList();
        assertEquals(expectedLines, actualLines);

        List<Integer> duplicateLines = Workbench.markers(file, "duplicate-paragraph").stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1)).toList();
        assertEquals(List.of(13, 14, 15, 16, 17, 18, 19, 20), duplicateLines);
        IMarker first = Workbench.markers(file, "duplicate-paragraph").get(0);
        assertTrue(first.getAttribute(IMarker.MESSAGE, "").contains("5"), "names the line of the original");
        assertEquals(IMarker.SEVERITY_WARNING, first.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(5, first.getAttribute(CopydeskMarker.RELATED_LINE, -1));
    }

    @Test
    void markdownAndAsciiDocAreCheckedOtherFilesAreNot() throws Exception {
        String duplicated = "The council approved the budget on Tuesday after a long debate about the bridge.\n\n"
                + "The council approved the budget on Tuesday after a long debate about the bridge.\n";
        IFile markdown = Workbench.createFile(project, "draft.md", duplicated);
        // a text of its own: the same paragraph in both drafts would also be a copy across files
        IFile asciidoc = Workbench.createFile(project, "draft.adoc", "The ferry came in late, long after the lamps along the quay had been lit.\n\n"
                + "The ferry came in late, long after the lamps along the quay had been lit.\n");
        IFile log = Workbench.createFile(project, "server.log", duplicated);
        Workbench.waitUntil("the Markdown file has its marker", () -> Workbench.markers(markdown).size() == 1);
        Workbench.waitUntil("the AsciiDoc file has its marker", () -> Workbench.markers(asciidoc).size() == 1);
        Workbench.waitForChecks();
        assertEquals(3, Workbench.markers(markdown).get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(Workbench.markers(log).isEmpty());
        assertEquals("org.copydesk.markdown", markdown.getContentDescription().getContentType().getId());
    }

    @Test
    void aSavedChangeOnDiskIsChecked() throws Exception {
        IFile file = Workbench.createFile(project, "draft.txt", "One paragraph that says something about the budget and the bridge.\n");
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(file).isEmpty());
        String twice = "One paragraph that says something about the budget and the bridge.\n\n"
                + "One paragraph that says something about the budget and the bridge.\n";
        file.setContents(new java.io.ByteArrayInputStream(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
        Workbench.waitUntil("the change on disk is checked", () -> Workbench.markers(file).size() == 1);
    }

    @Test
    void filesTheConfigFileIgnoresGetNoMarkersAndABrokenConfigFileIsReported() throws Exception {
        String duplicated = "The council approved the budget on Tuesday after a long debate about the bridge.\n\n"
                + "The council approved the budget on Tuesday after a long debate about the bridge.\n";
        project.getFolder("archive").create(true, true, null);
        IFile config = Workbench.createFile(project, ".copydesk.yaml", "ignore:\n  - archive/**\n");
        IFile archived = Workbench.createFile(project, "archive/old.txt", duplicated);
        IFile current = Workbench.createFile(project, "current.txt", duplicated);
        Workbench.waitUntil("the file not ignored has its marker", () -> Workbench.markers(current).size() == 1);
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(archived).isEmpty());

        config.setContents(new java.io.ByteArrayInputStream("rulez: {}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
        Workbench.waitUntil("the broken config file is reported", () -> !Workbench.markers(config).isEmpty());
        IMarker error = Workbench.markers(config).get(0);
        assertEquals(IMarker.SEVERITY_ERROR, error.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("rulez"), error.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(1, error.getAttribute(IMarker.LINE_NUMBER, -1));
        Workbench.waitUntil("the drafts say their settings are the last good ones", () -> Workbench.markers(current).size() == 2);
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(archived).isEmpty(), "the last good settings still ignore the archive");

        config.setContents(new java.io.ByteArrayInputStream("ignore:\n  - archive/**\nrules:\n  duplicate-paragraph: error\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
        Workbench.waitUntil("the fixed config file applies", () -> Workbench.markers(current).size() == 1
                && Workbench.markers(current).get(0).getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
        Workbench.waitUntil("the config error is gone", () -> Workbench.markers(config).isEmpty());
        Workbench.waitForChecks();
        assertTrue(Workbench.markers(archived).isEmpty());
    }
}
