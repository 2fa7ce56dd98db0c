package org.copydesk.core.rule;

import java.util.List;

import org.copydesk.core.document.Document;

/**
 * One check. Implementations are stateless, carry {@link RuleMeta} and report through the context, so the
 * engine can run them on any thread and isolate one that throws.
 */
public interface Rule {
    void check(Document document, RuleContext context);

    /** The options this rule reads; config files and preference pages are validated against them. */
    default List<RuleOption<?>> options() {
        return List.of();
    }

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }
}
