package org.copydesk.ui.hover;

import java.util.Optional;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.copydesk.core.rule.Rule;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.copydesk.ui.Rules;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;

/** Renders what a marker says, and its rule's Markdown documentation, as the simple HTML hovers display. */
final class FindingDescription {
    private FindingDescription() {
    }

    static String html(IMarker marker) {
        StringBuilder html = new StringBuilder();
        html.append("<b>").append(escape(marker.getAttribute(IMarker.MESSAGE, ""))).append("</b>");
        String ruleId = CopydeskMarker.ruleId(marker);
        if (!ruleId.isEmpty()) {
            html.append(" <i>[").append(escape(ruleId)).append("]</i>");
        }
        int relatedLine = marker.getAttribute(CopydeskMarker.RELATED_LINE, 0);
        if (relatedLine > 0) {
            html.append("<p>").append(escape(NLS.bind(Messages.hoverRelated,
                    marker.getAttribute(CopydeskMarker.RELATED_MESSAGE, ""), relatedLine))).append("</p>");
        }
        if (!CopydeskMarker.fixLabels(marker).isEmpty()) {
            html.append("<p>").append(escape(NLS.bind(Messages.hoverFixes, String.join(", ", CopydeskMarker.fixLabels(marker))))).append("</p>");
        }
        docs(ruleId).ifPresent(docs -> html.append("<hr/>").append(docs));
        return html.toString();
    }

    private static Optional<String> docs(String ruleId) {
        for (Rule rule : Rules.all()) {
            if (rule.info().id().equals(ruleId)) {
                String rendered = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(rule.info().docs()));
                // hovers render few tags: headings become bold paragraphs
                return Optional.of(rendered.replaceAll("<h\\d>", "<p><b>").replaceAll("</h\\d>", "</b></p>"));
            }
        }
        return Optional.empty();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
