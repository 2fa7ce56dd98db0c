package org.copydesk.ui.hover;

import java.util.Optional;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.copydesk.ui.Rules;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;

/**
 * What a hover says about a marker, short first: the message, the rule in one line, where the related text is and
 * the fixes; then the rule's documentation, as Markdown for {@link DocsInformationControl} to render.
 *
 * @param markdown the hover's content
 */
record FindingDescription(String markdown) {
    /** {@code withMessage}: false where another hover above this one already shows the message and the fixes. */
    static FindingDescription of(IMarker marker, boolean withMessage) {
        StringBuilder markdown = new StringBuilder();
        String ruleId = CopydeskMarker.ruleId(marker);
        Optional<Rule> rule = rule(ruleId);
        if (withMessage) {
            markdown.append("**").append(StyledMarkdown.escape(marker.getAttribute(IMarker.MESSAGE, ""))).append("**\n\n");
        }
        rule.ifPresent(r -> markdown.append(StyledMarkdown.escape(NLS.bind(Messages.hoverRule, r.info().summary(), ruleId))).append("\n\n"));
        int relatedLine = marker.getAttribute(CopydeskMarker.RELATED_LINE, 0);
        if (relatedLine > 0) {
            markdown.append(StyledMarkdown.escape(NLS.bind(Messages.hoverRelated, marker.getAttribute(CopydeskMarker.RELATED_MESSAGE, ""),
                    relatedLine))).append("\n\n");
        }
        if (withMessage && !CopydeskMarker.fixLabels(marker).isEmpty()) {
            markdown.append(StyledMarkdown.escape(NLS.bind(Messages.hoverFixes, String.join(", ", CopydeskMarker.fixLabels(marker)))))
                    .append("\n\n");
        }
        rule.ifPresent(r -> markdown.append("---\n\n").append(body(r)));
        return new FindingDescription(markdown.toString().strip());
    }

    /** The rule's page without its title (the rule's id, said above): what it finds, why, what it never reports. */
    private static String body(Rule rule) {
        String docs = RuleDocs.narrowPage(rule).strip();
        return docs.startsWith("# ") && docs.indexOf('\n') > 0 ? docs.substring(docs.indexOf('\n') + 1).strip() : docs;
    }

    private static Optional<Rule> rule(String ruleId) {
        return Rules.all().stream().filter(rule -> rule.info().id().equals(ruleId)).findFirst();
    }

    /** The hover as plain text, for hovers that cannot render it. */
    @Override
    public String toString() {
        return StyledMarkdown.of(markdown).text();
    }
}
