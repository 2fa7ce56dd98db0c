package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenericEditorTest {
    private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("drafts");
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, null);
    }

    @Test
    void opensATextDraftInTheGenericEditor() throws Exception {
        IFile file = project.getFile("draft.txt");
        String text = "A first paragraph.\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                file, GENERIC_EDITOR);

        ITextEditor textEditor = assertInstanceOf(ITextEditor.class, editor);
        assertEquals(text, textEditor.getDocumentProvider().getDocument(editor.getEditorInput()).get());
    }
}
