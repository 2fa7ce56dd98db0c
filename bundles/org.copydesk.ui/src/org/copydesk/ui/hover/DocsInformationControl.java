package org.copydesk.ui.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Shows a finding's hover as rendered Markdown ({@link StyledMarkdown}): the message and a one-line summary
 * first, the rule's documentation after. In the hover it is cut to the size the editor allows; F2 (or moving the
 * mouse into it) gives a resizable, scrolling one with the whole documentation.
 */
final class DocsInformationControl extends AbstractInformationControl implements IInformationControlExtension2 {
    /** The widest a hover grows, in average characters: prose reads best in lines of this length. */
    private static final int WIDTH_IN_CHARS = 76;

    private StyledText text;
    private boolean hasContents;

    /** The hover: no scroll bars, and the F2 hint on its status line. */
    static IInformationControlCreator hoverCreator() {
        return parent -> new DocsInformationControl(parent, EditorsUI.getTooltipAffordanceString());
    }

    /** The enriched hover (F2): resizable, scrolling, with focus. */
    private static IInformationControlCreator presenterCreator() {
        return parent -> new DocsInformationControl(parent, true);
    }

    private DocsInformationControl(Shell parent, String statusText) {
        super(parent, statusText);
        create();
    }

    private DocsInformationControl(Shell parent, boolean resizable) {
        super(parent, resizable);
        create();
    }

    @Override
    protected void createContent(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | (isResizable() ? SWT.V_SCROLL : SWT.NONE));
        text.setForeground(parent.getForeground());
        text.setBackground(parent.getBackground());
        text.setFont(JFaceResources.getDialogFont());
        text.setMargins(6, 4, 6, 4);
        text.setEditable(false);
        text.setCaret(null);
    }

    @Override
    public void setInput(Object input) {
        if (input instanceof FindingDescription description) {
            show(StyledMarkdown.of(description.markdown()));
        } else {
            setInformation(input == null ? "" : String.valueOf(input));
        }
    }

    /** Plain text, such as another hover's (the Text Editor's hover elsewhere than on a finding), shown as it is. */
    @Override
    public void setInformation(String information) {
        show(StyledMarkdown.of(StyledMarkdown.escape(information == null ? "" : information)));
    }

    private void show(StyledMarkdown markdown) {
        text.setText(markdown.text());
        hasContents = !markdown.text().isBlank();
        int length = markdown.text().length();
        List<StyleRange> ranges = new ArrayList<>();
        for (StyledMarkdown.Span span : markdown.spans()) {
            int start = Math.min(span.start(), length);
            int end = Math.min(span.end(), length);
            if (end > start) {
                ranges.add(styleOf(span.style(), start, end - start));
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.start, b.start));
        // nested styles (bold code in a heading) overlap: the last one given wins, as replaceStyleRanges does
        for (StyleRange range : ranges) {
            text.replaceStyleRanges(range.start, range.length, new StyleRange[] { range });
        }
        int step = averageCharWidth() * 2;
        List<StyledMarkdown.Indent> indents = markdown.indents();
        for (int i = 0; i < indents.size(); i++) {
            int from = text.getLineAtOffset(Math.min(indents.get(i).offset(), length));
            int to = i + 1 < indents.size() ? text.getLineAtOffset(Math.min(indents.get(i + 1).offset(), length)) : text.getLineCount();
            if (to > from) {
                int pixels = indents.get(i).level() * step;
                text.setLineIndent(from, to - from, pixels);
                text.setLineWrapIndent(from, to - from, pixels + (indents.get(i).level() > 0 ? step : 0));
            }
        }
    }

    private StyleRange styleOf(StyledMarkdown.Style style, int start, int length) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        switch (style) {
            case BOLD, HEADING -> range.fontStyle = SWT.BOLD;
            case ITALIC -> range.fontStyle = SWT.ITALIC;
            case CODE -> range.font = JFaceResources.getTextFont();
            case LINK -> {
                range.underline = true;
                range.foreground = JFaceResources.getColorRegistry().get(JFacePreferences.HYPERLINK_COLOR);
            }
            case RULE -> range.foreground = text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        }
        return range;
    }

    private int averageCharWidth() {
        GC gc = new GC(text);
        try {
            gc.setFont(text.getFont());
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }

    @Override
    public boolean hasContents() {
        return hasContents;
    }

    @Override
    public Point computeSizeHint() {
        int maxWidth = WIDTH_IN_CHARS * averageCharWidth() + text.getLeftMargin() + text.getRightMargin();
        Point constraints = getSizeConstraints();
        if (constraints != null) {
            maxWidth = Math.min(maxWidth, constraints.x);
        }
        int width = Math.min(maxWidth, text.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
        Point size = getShell().computeSize(width, SWT.DEFAULT, true);
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        int maxHeight = constraints != null ? constraints.y : screen.height / 2;
        return new Point(size.x, Math.min(size.y, maxHeight));
    }

    @Override
    public void setFocus() {
        super.setFocus();
        text.setFocus();
    }

    @Override
    public IInformationControlCreator getInformationPresenterControlCreator() {
        return presenterCreator();
    }
}
