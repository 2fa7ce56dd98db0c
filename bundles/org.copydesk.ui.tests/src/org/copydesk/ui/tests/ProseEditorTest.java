package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.ui.editor.DraftEditor;
import org.copydesk.ui.preferences.CopydeskPreferencePage;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts open as prose reads best: wrapped, so the start of a long sentence never scrolls out of sight; drafts larger
 * than {@link DraftEditor#WRAP_LIMIT} open unwrapped, so that typing in them stays fast.
 */
class ProseEditorTest {
    private static final String SENTENCE = "The council approved the budget on Tuesday after a long debate about the bridge, the schools "
            + "and the new library, and the mayor said the town would start work on all three before the winter came. ";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("prose");
    }

    @AfterEach
    void restore() throws Exception {
        CopydeskPreferences.workspaceNode().clear();
        CopydeskPreferences.workspaceNode().flush();
        Workbench.closeAllAndDelete(project);
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void aDraftOpensWrappedAndALongParagraphTypedIntoItNeverScrollsSideways(String editorId) throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", "# Budget\n\n");
        ITextEditor editor = Workbench.open(file, editorId);
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        assertTrue(((ITextEditorExtension6) editor).isWordWrapEnabled());
        assertTrue(widget.getWordWrap());

        Input.focus(widget);
        widget.setCaretOffset(widget.getCharCount());
        Input.type(widget, SENTENCE.repeat(3), 0);
        assertEquals(0, widget.getHorizontalPixel(), "nothing scrolled sideways");
        Point caret = widget.getCaret().getLocation();
        assertTrue(caret.x >= 0 && caret.x <= widget.getClientArea().width, "the caret is in sight: " + caret);
        int lastLine = widget.getLineAtOffset(widget.getCharCount());
        assertTrue(widget.getLinePixel(lastLine + 1) - widget.getLinePixel(lastLine) > 2 * widget.getLineHeight(),
                "the paragraph takes several rows on the screen");
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void aDraftLargerThanTheWrapLimitOpensUnwrappedAndAltShiftYWrapsIt(String editorId) throws Exception {
        // wrapped, the widget measures wrapped lines again on every keystroke: in megabytes, milliseconds a key
        StringBuilder text = new StringBuilder();
        while (text.length() <= DraftEditor.WRAP_LIMIT) {
            text.append(SENTENCE).append("\n\n");
        }
        IFile large = Workbench.createFile(project, "large.md", text.toString());
        ITextEditor editor = Workbench.open(large, editorId);
        StyledText widget = Workbench.viewer(editor).getTextWidget();
        assertFalse(((ITextEditorExtension6) editor).isWordWrapEnabled(), "a large draft opens unwrapped");
        assertFalse(widget.getWordWrap());

        Input.focus(widget);
        Input.chord(SWT.ALT, SWT.SHIFT, 'y');
        Workbench.waitUntil("Alt+Shift+Y wraps the draft", widget::getWordWrap);
        assertTrue(((ITextEditorExtension6) editor).isWordWrapEnabled());

        IFile limit = Workbench.createFile(project, "limit.md", text.substring(0, DraftEditor.WRAP_LIMIT));
        assertTrue(((ITextEditorExtension6) Workbench.open(limit, editorId)).isWordWrapEnabled(), "a draft of the limit opens wrapped");
    }

    @Test
    void otherFilesAndWritersWhoTurnedItOffGetTheEditorsOwnSetting() throws Exception {
        IFile log = Workbench.createFile(project, "server.log", SENTENCE.repeat(3));
        assertFalse(((ITextEditorExtension6) Workbench.open(log, Workbench.TEXT_EDITOR)).isWordWrapEnabled(), "not a draft");

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "org.copydesk.ui.preferences", new String[] { "org.copydesk.ui.preferences" }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            CopydeskPreferencePage page = (CopydeskPreferencePage) dialog.getSelectedPage();
            assertTrue(page.wrapDraftsButton().getSelection(), "on by default");
            page.wrapDraftsButton().setSelection(false);
            page.performOk();
        } finally {
            dialog.close();
        }
        IFile draft = Workbench.createFile(project, "draft.txt", SENTENCE.repeat(3));
        assertFalse(((ITextEditorExtension6) Workbench.open(draft, Workbench.GENERIC_EDITOR)).isWordWrapEnabled(), "turned off");
    }
}
