package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.StatusMessage;
import org.copydesk.ui.hover.CopydeskHover;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hover explains a finding; "Check with Copydesk" checks what is selected. */
class HoverAndCommandsTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("hover");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void theHoverShowsTheMessageTheRelatedLocationAndTheRuleDocs() throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", "# Budget\n\n" + PARAGRAPH + "\n" + PARAGRAPH);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file).get(0);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1) + 5;

        // the Text Editor's hover tells the whole story
        CopydeskHover hover = new CopydeskHover((ITextHover) null);
        IRegion region = hover.getHoverRegion(Workbench.viewer(editor), offset);
        assertNotNull(region);
        String text = String.valueOf(hover.getHoverInfo2(Workbench.viewer(editor), region));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        String related = marker.getAttribute(CopydeskMarker.RELATED_MESSAGE, "") + " at line 3";
        assertTrue(text.contains(message), text);
        assertTrue(text.contains(related), text);
        assertTrue(CopydeskMarker.fixLabels(marker).stream().allMatch(text::contains), text);
        // in the Generic Editor the platform's marker hover above it gives the message and the fixes
        String below = String.valueOf(new CopydeskHover().getHoverInfo2(Workbench.viewer(editor), region));
        assertTrue(below.contains(related) && !below.contains(message), below);
        RuleInfo rule = BuiltInRules.all().stream().filter(r -> r.info().id().equals("duplicate-paragraph")).findFirst().orElseThrow().info();
        String summary = rule.summary() + " (duplicate-paragraph).";
        assertTrue(text.contains(summary) && below.contains(summary), "the rule in one line: " + text);
        // short first: the message and the summary, then the docs, rendered (no Markdown marks left)
        assertTrue(text.indexOf(message) < text.indexOf(summary) && text.indexOf(summary) < text.indexOf("What it finds"), text);
        assertFalse(text.contains("**") || text.contains("## ") || text.contains("`"), "Markdown rendered: " + text);
        // the options as the rule reads them, a list rather than a table a hover cannot show
        assertTrue(text.contains("similarity (default 0.9): "), "the generated options: " + text);
        assertFalse(text.contains("| option |"), text);
    }

    @Test
    void theHoverRendersTheRuleDocsWithStyles() throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", "# Budget\n\n" + PARAGRAPH + "\n" + PARAGRAPH);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        Input.focus(widget);
        Point word = widget.getLocationAtOffset(Workbench.markers(file).get(0).getAttribute(IMarker.CHAR_START, -1) + 5);
        Input.moveMouse(widget, new Point(word.x + 2, word.y + widget.getLineHeight() / 2));
        Popups.waitForText("the hover shows the docs", t -> t.contains("What it finds"));
        StyledText docs = hoverText("What it finds");
        String shown = docs.getText();
        assertTrue(shown.startsWith("A paragraph that repeats an earlier one (duplicate-paragraph)."), "short first: " + shown);
        int heading = shown.indexOf("What it finds");
        assertTrue((docs.getStyleRangeAtOffset(heading).fontStyle & SWT.BOLD) != 0, "a heading is bold");
        int warning = shown.indexOf("Default severity: warning");
        assertTrue(warning > 0, shown);
        assertTrue((docs.getStyleRangeAtOffset(warning + "Default severity: ".length()).fontStyle & SWT.BOLD) != 0, "**warning** is bold");
        int code = shown.indexOf("min-words");
        assertEquals(JFaceResources.getTextFont(), docs.getStyleRangeAtOffset(code).font, "`min-words` is code");
        assertTrue(shown.contains("\u2022 Paragraphs of fewer than min-words words"), "lists have bullets: " + shown);
    }

    private static StyledText hoverText(String containing) {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible()) {
                StyledText found = find(shell, containing);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no hover shows " + containing);
    }

    private static StyledText find(Composite composite, String containing) {
        for (Control child : composite.getChildren()) {
            if (child instanceof StyledText text && text.getText().contains(containing)) {
                return text;
            }
            if (child instanceof Composite nested) {
                StyledText found = find(nested, containing);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void checkWithCopydeskChecksTheSelectedProject() throws Exception {
        IFile file = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n" + PARAGRAPH);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        file.deleteMarkers(CopydeskMarker.TYPE, false, IResource.DEPTH_ZERO);

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand check = ParameterizedCommand.generateCommand(commands.getCommand("org.copydesk.ui.check"), Map.of());
        IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(false), new StructuredSelection(project));
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
        handlers.executeCommandInContext(check, null, context);
        Workbench.waitUntil("the command put the marker back", () -> Workbench.markers(file).size() == 1);
        Workbench.waitUntil("the status line says what was checked", () -> "Checked 1 file: 1 problem".equals(StatusMessage.current()));
    }
}
