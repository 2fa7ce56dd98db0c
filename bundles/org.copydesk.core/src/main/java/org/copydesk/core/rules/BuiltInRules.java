package org.copydesk.core.rules;

import java.util.List;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rules.duplicate.DuplicateParagraphRule;
import org.copydesk.core.rules.footer.CmsFooterRule;
import org.copydesk.core.rules.quote.UnattributedQuoteRule;
import org.copydesk.core.rules.quote.UnbalancedQuoteRule;

/** The rules Copydesk ships, in the order they run and are listed. */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DuplicateParagraphRule(),
                new CmsFooterRule(),
                new UnattributedQuoteRule(),
                new UnbalancedQuoteRule());
    }

    /** The documentation page of the rule {@code info} describes, its options table generated if it is built in. */
    public static String docs(RuleInfo info) {
        return all().stream().filter(rule -> rule.info().id().equals(info.id())).findFirst()
                .map(RuleDocs::page).orElseGet(info::docs);
    }
}
