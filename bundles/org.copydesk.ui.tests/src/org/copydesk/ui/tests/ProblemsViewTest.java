package org.copydesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Problems view sorts Copydesk's findings by line number, not by the text "line N". */
class ProblemsViewTest {
    private static final String[] PARAGRAPHS = {
        "The council approved the budget on Tuesday after a long debate about the bridge.",
        "Residents of the northern villages asked for a later bus on weekdays and Saturdays.",
        "The mayor said the new library would open in the spring if the builders kept to plan.",
        "Teachers at the primary school welcomed the decision to repair the gym roof this summer." };
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.newProject("problems");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.page().hideView(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW));
        Workbench.closeAllAndDelete(project);
    }

    @Test
    void sortingByLocationPutsLine5BeforeLine11() throws Exception {
        // a paragraph a line, a blank line between: the copies are on lines 5, 11 and 13
        String[] order = { PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[1], PARAGRAPHS[2] };
        IFile file = Workbench.createFile(project, "sorting.txt", String.join("\n\n", order) + "\n");
        Workbench.waitUntil("three duplicates", () -> Workbench.markers(file).size() == 3);
        Workbench.waitForChecks();
        List<Integer> expected = Workbench.markers(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1))
                .sorted().toList();
        assertEquals(List.of(5, 11, 13), expected);

        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree[] found = { null };
        Workbench.waitUntil("the Problems view shows", () -> (found[0] = find(Workbench.page().getWorkbenchWindow().getShell())) != null);
        Tree tree = found[0];
        int location = column(tree, "Location");
        int resource = column(tree, "Resource");
        tree.getColumn(location).notifyListeners(SWT.Selection, new Event());
        List<Integer> lines = new ArrayList<>();
        Workbench.waitUntil("the Problems view lists the three findings", () -> {
            lines.clear();
            expandAll(tree.getItems());
            collect(tree.getItems(), resource, location, lines);
            return lines.size() == 3;
        });
        List<Integer> ascending = lines.stream().sorted().toList();
        List<Integer> descending = lines.stream().sorted(Comparator.reverseOrder()).toList();
        assertTrue(lines.equals(ascending) || lines.equals(descending), "sorted by number: " + lines);
    }

    private static Tree find(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Tree tree && child.isVisible() && hasColumn(tree, "Location") && hasColumn(tree, "Resource")) {
                return tree;
            }
            if (child instanceof Composite nested) {
                Tree found = find(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean hasColumn(Tree tree, String name) {
        for (TreeColumn column : tree.getColumns()) {
            if (column.getText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int column(Tree tree, String name) {
        TreeColumn[] columns = tree.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static void expandAll(TreeItem[] items) {
        for (TreeItem item : items) {
            if (!item.getExpanded() && item.getItemCount() > 0) {
                item.getParent().notifyListeners(SWT.Expand, expandEvent(item));
                item.setExpanded(true);
            }
            expandAll(item.getItems());
        }
    }

    private static Event expandEvent(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private static void collect(TreeItem[] items, int resource, int location, List<Integer> lines) {
        for (TreeItem item : items) {
            if ("sorting.txt".equals(item.getText(resource)) && item.getText(location).startsWith("line ")) {
                lines.add(Integer.parseInt(item.getText(location).substring("line ".length())));
            }
            collect(item.getItems(), resource, location, lines);
        }
    }
}
