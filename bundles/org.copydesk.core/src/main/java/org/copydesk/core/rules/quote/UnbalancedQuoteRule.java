package org.copydesk.core.rules.quote;

import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;

/**
 * Flags a quotation mark without its partner: an opening mark never closed (and not continued in the next
 * paragraph), or a closing mark with nothing open. Apostrophes are never flagged. The scan keeps only the first
 * marks of a document that has thousands (a pasted wall of quotation marks); the rest are counted, and the engine
 * sums them up in one finding.
 */
@RuleMeta(id = "unbalanced-quote", summary = "A quotation mark without its partner", severity = Severity.WARNING)
public final class UnbalancedQuoteRule implements Rule {

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        QuoteScan scan = document.get(QuoteScan.KEY);
        List<UnbalancedMark> marks = scan.unbalanced();
        for (UnbalancedMark mark : marks) {
            int end = mark.offset() + mark.length();
            String symbol = text.substring(mark.offset(), end);
            String message = mark.opening()
                    ? "Opening quotation mark " + symbol + " is never closed"
                    : "Closing quotation mark " + symbol + " has no opening mark";
            context.finding(mark.offset(), end, message)
                    .fix(Fix.suggestion("remove-mark", "Remove this quotation mark", TextEdit.delete(mark.offset(), end)))
                    .report();
        }
        context.notReported(scan.unbalancedCount() - marks.size());
    }
}
