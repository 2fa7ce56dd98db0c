package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A file no editor has open is read as the editor reads it: a byte order mark is not part of the text. */
class ByteOrderMarkTest {
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("bom");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkGetsItsMarkersInPlaceAndItsProblemsViewFix() throws Exception {
        String text = "Budget\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n";
        IFile file = project.getFile("draft.txt");
        file.create(new ByteArrayInputStream(withBom(text)), true, null);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitForChecks();
        IMarker marker = Workbench.markers(file).get(0);
        int start = text.lastIndexOf(PARAGRAPH);
        assertEquals(start, marker.getAttribute(IMarker.CHAR_START, -1), "an offset in the text as the editor shows it");
        assertEquals(start + PARAGRAPH.length(), marker.getAttribute(IMarker.CHAR_END, -1));

        // the Problems view's quick fix, on a file no editor has open
        WorkbenchMarkerResolution fix = (WorkbenchMarkerResolution) QuickFixTest.resolution(marker, "Remove duplicate paragraph");
        fix.run(new IMarker[] { marker }, null);
        String fixed = "Budget\n\n" + PARAGRAPH + "\n";
        assertArrayEquals(withBom(fixed), file.getContents().readAllBytes(), "fixed and saved, with its byte order mark");
        Workbench.waitUntil("the fixed file has no marker", () -> Workbench.markers(file).isEmpty());

        IDocument document = Workbench.document(Workbench.open(file, Workbench.TEXT_EDITOR));
        assertEquals(fixed, document.get());
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
