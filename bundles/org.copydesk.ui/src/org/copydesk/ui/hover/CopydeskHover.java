package org.copydesk.ui.hover;

import java.util.Iterator;

import org.copydesk.ui.CopydeskMarker;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * The hover of a Copydesk finding, short first: its message, the rule in one line, where the related text is (Ctrl+1
 * offers to go there), then the rule's documentation from the core, rendered. Elsewhere it defers to the editor's
 * own hover, if it was given one.
 */
public class CopydeskHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {
    private final ITextHover fallback;
    private final boolean withMessage;

    /**
     * For the Generic Editor: its marker hover, shown above this one, already gives the message and the fixes
     * as links, so this one adds the related location and the rule's docs.
     */
    public CopydeskHover() {
        this.fallback = null;
        this.withMessage = false;
    }

    /** For the Text Editor, where this is the only hover: the whole story, and {@code fallback} elsewhere. */
    public CopydeskHover(ITextHover fallback) {
        this.fallback = fallback;
        this.withMessage = true;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        MarkerAnnotation annotation = annotationAt(viewer, offset);
        if (annotation == null) {
            return fallback == null ? null : fallback.getHoverRegion(viewer, offset);
        }
        Position position = ((ISourceViewer) viewer).getAnnotationModel().getPosition(annotation);
        return position == null ? new Region(offset, 0) : new Region(position.getOffset(), position.getLength());
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        MarkerAnnotation annotation = annotationAt(viewer, region.getOffset());
        if (annotation == null) {
            return fallback == null ? null : fallback.getHoverInfo(viewer, region);
        }
        return FindingDescription.of(annotation.getMarker(), withMessage);
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        Object info = getHoverInfo2(viewer, region);
        return info == null ? null : info.toString();
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return DocsInformationControl.hoverCreator();
    }

    private static MarkerAnnotation annotationAt(ITextViewer viewer, int offset) {
        if (!(viewer instanceof ISourceViewer sourceViewer) || sourceViewer.getAnnotationModel() == null) {
            return null;
        }
        IAnnotationModel model = sourceViewer.getAnnotationModel();
        MarkerAnnotation best = null;
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted() && position != null
                    && position.getOffset() <= offset && offset < position.getOffset() + Math.max(1, position.getLength())
                    && CopydeskMarker.isCopydesk(markerAnnotation.getMarker())) {
                best = markerAnnotation;
            }
        }
        return best;
    }
}
