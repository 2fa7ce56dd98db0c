package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copydesk's underlines stay readable and apart from spelling's, in the light theme and the dark one. */
class AnnotationStyleTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.\n";
    private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
    private static final String PLAIN = "org.copydesk.ui.tests.plain";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("styles");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void findingsAreStraightUnderlinesInColoursOfTheirOwnNotSpellingsRedSquiggles() throws Exception {
        IFile file = Workbench.createFile(project, "draft.md", PARAGRAPH + "\n" + PARAGRAPH);
        ITextEditor editor = Workbench.open(file, Workbench.GENERIC_EDITOR);
        Workbench.waitUntil("the duplicate is flagged", () -> Workbench.markers(file).size() == 1);
        Workbench.waitUntil("its annotation shows", () -> copydeskAnnotation(editor) != null);
        Annotation annotation = copydeskAnnotation(editor);
        assertEquals("org.copydesk.ui.warning", annotation.getType());

        IPreferenceStore store = EditorsUI.getPreferenceStore();
        AnnotationPreference copydesk = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(annotation);
        AnnotationPreference spelling = EditorsUI.getAnnotationPreferenceLookup()
                .getAnnotationPreference(new Annotation("org.eclipse.ui.workbench.texteditor.spelling", false, ""));
        assertNotNull(copydesk);
        assertNotNull(spelling);
        assertEquals("UNDERLINE", store.getString(copydesk.getTextStylePreferenceKey()));
        assertNotEquals(store.getString(spelling.getTextStylePreferenceKey()), store.getString(copydesk.getTextStylePreferenceKey()));
        assertNotEquals(store.getString(spelling.getColorPreferenceKey()), store.getString(copydesk.getColorPreferenceKey()));
    }

    @Test
    void theDarkThemeGivesTheUnderlinesColoursMeantForADarkBackground() throws Exception {
        IThemeEngine engine = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(IThemeEngine.class);
        assertNotNull(engine, "the workbench has a theme engine");
        ITheme before = engine.getActiveTheme();
        ITheme dark = themeOrPlain(engine, DARK);
        ITheme after = before != null ? before : themeOrPlain(engine, PLAIN);
        IPreferenceStore store = EditorsUI.getPreferenceStore();
        String light = store.getString("copydesk.warning.color");
        try {
            engine.setTheme(dark, false);
            Workbench.waitUntil("the dark theme's colours are in effect", () -> "200,160,255".equals(store.getString("copydesk.warning.color")));
            assertEquals("255,120,150", store.getString("copydesk.error.color"));
            assertEquals("110,210,210", store.getString("copydesk.info.color"));
        } finally {
            engine.setTheme(after, false);
            Workbench.processEvents();
        }
        Workbench.waitUntil("the light colours are back", () -> light.equals(store.getString("copydesk.warning.color")));
    }

    /**
     * The theme with this id; where the platform's themes are not installed (the test runtime has no
     * org.eclipse.ui.themes), one with this id and an empty style sheet of its own, so that only the style sheets
     * contributed for it, Copydesk's among them, apply.
     */
    private static ITheme themeOrPlain(IThemeEngine engine, String id) throws IOException {
        for (ITheme theme : engine.getThemes()) {
            if (theme.getId().equals(id)) {
                return theme;
            }
        }
        Path empty = Files.createTempFile("copydesk-theme", ".css");
        empty.toFile().deleteOnExit();
        return engine.registerTheme(id, id, empty.toUri().toString());
    }

    private static Annotation copydeskAnnotation(ITextEditor editor) {
        IAnnotationModel model = Workbench.viewer(editor).getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if (annotation instanceof MarkerAnnotation marker && Workbench.markers(marker.getMarker().getResource()).contains(marker.getMarker())) {
                return annotation;
            }
        }
        return null;
    }
}
