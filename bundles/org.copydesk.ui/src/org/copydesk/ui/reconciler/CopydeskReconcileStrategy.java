package org.copydesk.ui.reconciler;

import org.copydesk.ui.markers.FileChecker;
import org.copydesk.ui.markers.IncrementalChecks;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Checks the document on every reconcile with one incremental checker per document, which re-reads only the
 * paragraphs the writer edited since the last check and gives exactly what a full check would.
 */
final class CopydeskReconcileStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final IncrementalChecks checks = new IncrementalChecks();
    private IDocument document;

    @Override
    public void setDocument(IDocument newDocument) {
        this.document = newDocument;
        checks.reset();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
    }

    @Override
    public void initialReconcile() {
        check();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        check();
    }

    @Override
    public void reconcile(IRegion partition) {
        check();
    }

    private void check() {
        IDocument current = document;
        IFile file = fileOf(current);
        if (file != null) {
            FileChecker.check(file, current, checks);
        }
    }

    /** The workspace file whose buffer {@code document} is, or null (a compare viewer, a file outside the workspace). */
    static IFile fileOf(IDocument document) {
        if (document == null) {
            return null;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        IPath location = buffer == null ? null : buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.exists() ? file : null;
    }
}
