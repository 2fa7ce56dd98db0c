package org.copydesk.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Answers dialogs that block the test until the writer answers them: the test answers for the writer. */
final class Dialogs {
    private static final long TIMEOUT_MILLIS = 20_000;

    private Dialogs() {
    }

    /** Runs {@code answer} on the first visible dialog that {@code matches}, as soon as it shows (within the timeout). */
    static void whenShown(Predicate<Shell> matches, Consumer<Shell> answer) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && matches.test(shell)) {
                        answer.accept(shell);
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, this);
                }
            }
        });
    }

    /** Presses the first enabled button labelled one of {@code labels} (mnemonics ignored). */
    static void press(Shell shell, String... labels) {
        Button button = findButton(shell, List.of(labels));
        if (button == null) {
            throw new AssertionError("no button " + List.of(labels) + " in " + shell.getText());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The texts of the dialog's labels. */
    static String labels(Control control) {
        StringBuilder texts = new StringBuilder();
        if (control instanceof Label label) {
            texts.append(label.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.append(labels(child));
            }
        }
        return texts.toString();
    }

    /** The texts of every item of the dialog's trees. */
    static List<String> treeItems(Control control) {
        List<String> texts = new ArrayList<>();
        if (control instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                collect(item, texts);
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.addAll(treeItems(child));
            }
        }
        return texts;
    }

    private static void collect(TreeItem item, List<String> texts) {
        texts.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, texts);
        }
    }

    private static Button findButton(Control control, List<String> labels) {
        if (control instanceof Button button && button.isEnabled() && labels.contains(button.getText().replace("&", ""))) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, labels);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
