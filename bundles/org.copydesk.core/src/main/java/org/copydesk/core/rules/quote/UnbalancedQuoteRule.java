package org.copydesk.core.rules.quote;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;

/**
 * Flags a quotation mark without its partner: an opening mark never closed (and not continued in the next
 * paragraph), or a closing mark with nothing open. Apostrophes are never flagged.
 */
@RuleMeta(id = "unbalanced-quote", summary = "A quotation mark without its partner", severity = Severity.WARNING)
public final class UnbalancedQuoteRule implements Rule {

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        for (UnbalancedMark mark : document.get(QuoteScan.KEY).unbalanced()) {
            int end = mark.offset() + mark.length();
            String symbol = text.substring(mark.offset(), end);
            String message = mark.opening()
                    ? "Opening quotation mark " + symbol + " is never closed"
                    : "Closing quotation mark " + symbol + " has no opening mark";
            context.finding(mark.offset(), end, message)
                    .fix(Fix.suggestion("Remove this quotation mark", TextEdit.delete(mark.offset(), end)))
                    .report();
        }
    }
}
