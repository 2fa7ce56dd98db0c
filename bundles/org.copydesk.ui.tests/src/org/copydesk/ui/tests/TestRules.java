package org.copydesk.ui.tests;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;

/** Rules that exist only to prove how the IDE treats rules. */
final class TestRules {
    private TestRules() {
    }

    /** Always throws, as a rule with a bug would. */
    @RuleMeta(id = "test-crashing", summary = "A rule that always crashes", severity = Severity.ERROR)
    static final class Crashing implements Rule {
        static final String MESSAGE = "the crashing test rule crashed on purpose";

        @Override
        public void check(Document document, RuleContext context) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    /** Flags {@code "We will win."} and offers to add a speaker, with a placeholder for the writer to fill in. */
    @RuleMeta(id = "test-attribution", summary = "A quote without its speaker", severity = Severity.WARNING)
    static final class Attribution implements Rule {
        static final String QUOTE = "\"We will win.\"";

        @Override
        public void check(Document document, RuleContext context) {
            int at = document.text().indexOf(QUOTE);
            if (at >= 0) {
                int end = at + QUOTE.length();
                context.finding(at, end, "Quotation without attribution")
                        .fix(Fix.suggestion("add-attribution", "Add attribution", TextEdit.insert(end, " [SOURCE] said.")).withPlaceholder("[SOURCE]"))
                        .report();
            }
        }
    }
}
