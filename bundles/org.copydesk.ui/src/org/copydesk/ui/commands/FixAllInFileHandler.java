package org.copydesk.ui.commands;

import java.util.List;

import org.copydesk.ui.quickfix.FileFixer;
import org.copydesk.ui.quickfix.FixTarget;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Fix All Copydesk Problems in File": applies the automatic fix of every finding in the editor's file (what
 * {@code copydesk fix} does), as one undo step, and says on the status line how many problems it fixed. Fixes that
 * need a writer's choice are left to Ctrl+1.
 */
public final class FixAllInFileHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file != null) {
            FileFixer.tell(editor, FileFixer.apply(List.of(new FileFixer.Request(file, List.of(FixTarget.ALL_AUTOMATIC)))));
        }
        return null;
    }
}
