package org.copydesk.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.ui.markers.CheckJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Check with Copydesk": checks the selected files, folders and projects in a job the user can follow and cancel. */
public final class CheckHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        List<IResource> resources = selectedResources(HandlerUtil.getCurrentSelection(event));
        if (resources.isEmpty()) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            IEditorInput input = editor == null ? null : editor.getEditorInput();
            IResource resource = input == null ? null : Adapters.adapt(input, IResource.class);
            if (resource != null) {
                resources.add(resource);
            }
        }
        if (!resources.isEmpty()) {
            CheckJob.forUser(resources).schedule();
        }
        return null;
    }

    static List<IResource> selectedResources(ISelection selection) {
        List<IResource> resources = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (resource != null) {
                    resources.add(resource);
                }
            }
        }
        return resources;
    }
}
