package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.ui.Log;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
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

    /**
     * The style sheet contributed to the dark theme sets a colour of its own for every Copydesk annotation type.
     * Checked on the contribution, not by switching themes: the test runtime's CSS engine cannot parse style
     * sheets (the SAC parser, org.w3c.css.sac, is not in the target).
     */
    @Test
    void theDarkThemeGetsAColourOfItsOwnForEveryCopydeskUnderline() throws Exception {
        IConfigurationElement sheet = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.e4.ui.css.swt.theme"))
                .filter(e -> Log.ID.equals(e.getNamespaceIdentifier()) && "stylesheet".equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no style sheet contributed"));
        assertEquals(List.of(DARK), Arrays.stream(sheet.getChildren("themeid")).map(t -> t.getAttribute("refid")).toList());
        URL url = FileLocator.find(Platform.getBundle(Log.ID), IPath.fromPortableString(sheet.getAttribute("uri")));
        assertNotNull(url, "the style sheet is in the bundle");
        String css;
        try (InputStream in = url.openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(css.contains("IEclipsePreferences#org-eclipse-ui-editors:org-copydesk-ui"), css);
        List<IConfigurationElement> specifications = Arrays.stream(
                Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.editors.markerAnnotationSpecification"))
                .filter(e -> Log.ID.equals(e.getNamespaceIdentifier())).toList();
        assertEquals(3, specifications.size(), "error, warning and info");
        for (IConfigurationElement specification : specifications) {
            String key = specification.getAttribute("colorPreferenceKey");
            Matcher dark = Pattern.compile("'" + Pattern.quote(key) + "=(\\d+,\\d+,\\d+)'").matcher(css);
            assertTrue(dark.find(), "the dark theme sets " + key);
            assertNotEquals(specification.getAttribute("colorPreferenceValue"), dark.group(1), key);
        }
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
