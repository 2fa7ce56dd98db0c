package org.copydesk.ui.hover;

import java.util.Optional;

import org.copydesk.core.rule.Rule;
import org.copydesk.ui.CopydeskMarker;
import org.copydesk.ui.Messages;
import org.copydesk.ui.Rules;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;

/**
 * What a hover says about a marker, as plain text: Markdown reads well as it is, and plain text is shown whole
 * by every information control (an HTML presenter cuts text to the size it was first given).
 */
final class FindingDescription {
    private FindingDescription() {
    }

    /** {@code withMessage}: false where another hover above this one already shows the message and the fixes. */
    static String text(IMarker marker, boolean withMessage) {
        StringBuilder text = new StringBuilder();
        String ruleId = CopydeskMarker.ruleId(marker);
        if (withMessage) {
            text.append(marker.getAttribute(IMarker.MESSAGE, "")).append("  [").append(ruleId).append("]\n");
        }
        int relatedLine = marker.getAttribute(CopydeskMarker.RELATED_LINE, 0);
        if (relatedLine > 0) {
            text.append(NLS.bind(Messages.hoverRelated, marker.getAttribute(CopydeskMarker.RELATED_MESSAGE, ""), relatedLine)).append('\n');
        }
        if (withMessage && !CopydeskMarker.fixLabels(marker).isEmpty()) {
            text.append(NLS.bind(Messages.hoverFixes, String.join(", ", CopydeskMarker.fixLabels(marker)))).append('\n');
        }
        docs(ruleId).ifPresent(docs -> text.append('\n').append(docs.strip()));
        return text.toString().strip();
    }

    private static Optional<String> docs(String ruleId) {
        for (Rule rule : Rules.all()) {
            if (rule.info().id().equals(ruleId)) {
                return Optional.of(rule.info().docs());
            }
        }
        return Optional.empty();
    }
}
