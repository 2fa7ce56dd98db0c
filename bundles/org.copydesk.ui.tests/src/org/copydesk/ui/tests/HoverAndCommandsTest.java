package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.hover.CopydeskHover;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.viewers.StructuredSelection;
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
        String docsTitle = BuiltInRules.all().stream().filter(r -> r.info().id().equals("duplicate-paragraph")).findFirst().orElseThrow()
                .info().docs().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().replaceFirst("^#+\\s*", "");
        assertTrue(text.contains(docsTitle) && below.contains(docsTitle), "the rule's docs: " + text);
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
    }
}
