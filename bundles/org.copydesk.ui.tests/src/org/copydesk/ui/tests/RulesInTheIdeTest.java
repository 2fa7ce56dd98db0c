package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Rules;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rule that crashes is logged and isolated; a fix with a placeholder leaves it selected for the writer. */
class RulesInTheIdeTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("rules");
    }

    @AfterEach
    void restore() throws Exception {
        Rules.useForTesting(null);
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void aCrashingRuleIsLoggedAndTheOtherRulesStillReport() throws Exception {
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            List<Rule> rules = new ArrayList<>(BuiltInRules.all());
            rules.add(0, new TestRules.Crashing());
            Rules.useForTesting(rules);
            IFile file = Workbench.createFile(project, "draft.txt", PARAGRAPH + "\n" + PARAGRAPH);
            Workbench.open(file, Workbench.GENERIC_EDITOR);
            Workbench.waitUntil("the other rules' findings show", () -> Workbench.markers(file, "duplicate-paragraph").size() == 1);
            Workbench.waitUntil("the crash is in the Error Log", () -> logged.stream().anyMatch(RulesInTheIdeTest::isTheCrash));
            IStatus status = logged.stream().filter(RulesInTheIdeTest::isTheCrash).findFirst().orElseThrow();
            assertEquals(IStatus.ERROR, status.getSeverity());
            assertEquals("org.copydesk.ui", status.getPlugin());
            assertTrue(status.getMessage().contains("test-crashing"), status.getMessage());
            assertTrue(Workbench.markers(file).stream().noneMatch(m -> CopydeskMarker.ruleId(m).equals("test-crashing")));
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    @Test
    void addAttributionSelectsThePlaceholder() throws Exception {
        Rules.useForTesting(List.of(new TestRules.Attribution()));
        String text = "Before the vote, she smiled. " + TestRules.Attribution.QUOTE + " The vote was close.\n";
        IFile file = Workbench.createFile(project, "quote.txt", text);
        ITextEditor editor = Workbench.open(file, Workbench.TEXT_EDITOR);
        Workbench.waitUntil("the quote is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file).get(0);

        QuickFixTest.resolution(marker, "Add attribution").run(marker);
        String fixed = Workbench.document(editor).get();
        assertEquals(text.replace(TestRules.Attribution.QUOTE, TestRules.Attribution.QUOTE + " [SOURCE] said."), fixed);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("[SOURCE]", selection.getText());
        assertEquals(fixed.indexOf("[SOURCE]"), selection.getOffset());
    }

    private static boolean isTheCrash(IStatus status) {
        return status.getException() != null && TestRules.Crashing.MESSAGE.equals(status.getException().getMessage());
    }
}
