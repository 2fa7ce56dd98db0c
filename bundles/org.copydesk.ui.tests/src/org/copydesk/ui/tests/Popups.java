package org.copydesk.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The small windows the editor opens over the workbench: hovers, quick-fix lists. */
final class Popups {
    private Popups() {
    }

    /** The text of the first visible popup whose text satisfies {@code wanted}, once one shows. */
    static String waitForText(String what, Predicate<String> wanted) {
        String[] found = new String[1];
        Workbench.waitUntil(what, () -> {
            for (String text : visibleTexts()) {
                if (wanted.test(text)) {
                    found[0] = text;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The text shown in each visible popup: labels, links and text widgets, in order. */
    static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        Shell window = Workbench.page().getWorkbenchWindow().getShell();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible() && shell != window) {
                StringBuilder text = new StringBuilder();
                collect(shell, text);
                texts.add(text.toString());
            }
        }
        return texts;
    }

    private static void collect(Control control, StringBuilder text) {
        if (!control.isVisible()) {
            return;
        }
        if (control instanceof StyledText styled) {
            text.append(styled.getText()).append('\n');
        } else if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof Link link) {
            text.append(link.getText()).append('\n');
        } else if (control instanceof Text field) {
            text.append(field.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }
}
