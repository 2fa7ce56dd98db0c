package org.copydesk.ui.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 for the Text Editor, which has no marker quick-assist of its own (the Generic Editor has one): the
 * resolutions of the Copydesk markers at the caret, then whatever the editor proposed before (spelling).
 */
public final class MarkerQuickAssistProcessor implements IQuickAssistProcessor {
    private final IQuickAssistProcessor previous;

    public MarkerQuickAssistProcessor(IQuickAssistProcessor previous) {
        this.previous = previous;
    }

    @Override
    public String getErrorMessage() {
        return previous == null ? null : previous.getErrorMessage();
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return isCopydesk(annotation) || previous != null && previous.canFix(annotation);
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return previous != null && previous.canAssist(context);
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        IAnnotationModel model = context.getSourceViewer() == null ? null : context.getSourceViewer().getAnnotationModel();
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                Position position = model.getPosition(annotation);
                if (isCopydesk(annotation) && position != null && position.getOffset() <= context.getOffset()
                        && context.getOffset() <= position.getOffset() + position.getLength()) {
                    IMarker marker = ((MarkerAnnotation) annotation).getMarker();
                    for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                        proposals.add(new MarkerResolutionProposal(marker, resolution));
                    }
                }
            }
        }
        if (previous != null) {
            ICompletionProposal[] others = previous.computeQuickAssistProposals(context);
            if (others != null) {
                proposals.addAll(Arrays.asList(others));
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static boolean isCopydesk(Annotation annotation) {
        return annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted()
                && CopydeskMarker.isCopydesk(markerAnnotation.getMarker());
    }
}
