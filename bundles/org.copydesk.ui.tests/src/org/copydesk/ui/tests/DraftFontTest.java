package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts are shown in Copydesk's draft font (Colors and Fonts &gt; Copydesk &gt; Draft font), the desktop's
 * proportional font unless the writer picks another; other files keep the editor's text font.
 */
class DraftFontTest {
    private static final String DRAFT_FONT = "org.copydesk.ui.draftFont";
    private static final String TEXT = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private IProject project;
    private FontData[] draftFont;
    private FontData[] textFont;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("fonts");
        draftFont = JFaceResources.getFontRegistry().getFontData(DRAFT_FONT);
        textFont = JFaceResources.getFontRegistry().getFontData(JFaceResources.TEXT_FONT);
    }

    @AfterEach
    void restore() throws Exception {
        JFaceResources.getFontRegistry().put(DRAFT_FONT, draftFont);
        JFaceResources.getFontRegistry().put(JFaceResources.TEXT_FONT, textFont);
        Workbench.closeAllAndDelete(project);
    }

    @ParameterizedTest
    @ValueSource(strings = { Workbench.GENERIC_EDITOR, Workbench.TEXT_EDITOR })
    void aDraftOpensInTheDraftFontAndFollowsItsChanges(String editorId) throws Exception {
        FontRegistry fonts = JFaceResources.getFontRegistry();
        assertArrayEquals(fonts.getFontData(JFaceResources.DIALOG_FONT), fonts.getFontData(DRAFT_FONT),
                "by default, the desktop's proportional font");
        IFile draft = Workbench.createFile(project, "draft.md", TEXT);
        StyledText widget = Workbench.viewer(Workbench.open(draft, editorId)).getTextWidget();
        assertEquals(fonts.get(DRAFT_FONT), widget.getFont(), "a draft opens in the draft font");

        fonts.put(DRAFT_FONT, new FontData[] { new FontData("Serif", 15, SWT.NORMAL) });
        Workbench.processEvents();
        assertEquals(fonts.get(DRAFT_FONT), widget.getFont(), "the draft follows a change of the draft font");
        assertEquals(15, widget.getFont().getFontData()[0].getHeight());

        fonts.put(JFaceResources.TEXT_FONT, new FontData[] { new FontData("Monospace", 13, SWT.BOLD) });
        Workbench.processEvents();
        assertEquals(fonts.get(DRAFT_FONT), widget.getFont(), "a change of the text font, which the editor applies, leaves the draft's");

        IFile log = Workbench.createFile(project, "server.log", TEXT);
        ITextEditor other = Workbench.open(log, editorId);
        assertEquals(fonts.get(JFaceResources.TEXT_FONT), Workbench.viewer(other).getTextWidget().getFont(), "other files keep the text font");
        assertNotEquals(widget.getFont(), Workbench.viewer(other).getTextWidget().getFont());
    }
}
