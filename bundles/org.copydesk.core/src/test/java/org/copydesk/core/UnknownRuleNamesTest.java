package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.config.Config;
import org.junit.jupiter.api.Test;

/** Suppression comments that name no rule are reported at the name, and never switch every rule off. */
class UnknownRuleNamesTest {
    private static final String PARAGRAPH = "The harbour council met on Tuesday to approve the new ferry timetable for the spring.";
    private final Checker checker = new Checker(Config.defaults());

    private List<Finding> findings(String name, String text) {
        return checker.check(name, text).findings();
    }

    @Test
    void aMisspeltRuleIsReportedAtItsNameWithTheRuleItResembles() {
        String text = "<!-- copydesk-disable duplicate-paragrph -->\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n";
        List<Finding> found = findings("draft.md", text);
        Finding unknown = found.get(0);
        assertEquals("suppression-comment", unknown.ruleId());
        assertEquals(Severity.WARNING, unknown.severity());
        assertEquals("duplicate-paragrph", text.substring(unknown.start(), unknown.end()));
        assertEquals("'duplicate-paragrph' is not a Copydesk rule, so this comment switches nothing off for it; "
                + "did you mean 'duplicate-paragraph'?", unknown.message());
        assertEquals(List.of("suppression-comment", "duplicate-paragraph"), found.stream().map(Finding::ruleId).toList(),
                "the copy is still reported: nothing was switched off");
    }

    @Test
    void aNameInCapitalsIsReportedInsteadOfSwitchingEveryRuleOff() {
        String text = "// copydesk-disable Duplicate-Paragraph\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n";
        List<String> rules = findings("draft.adoc", text).stream().map(Finding::ruleId).toList();
        assertEquals(List.of("suppression-comment", "duplicate-paragraph"), rules);
    }

    @Test
    void aNameLikeNoRuleListsTheRules() {
        Finding unknown = findings("draft.md", "<!-- copydesk-disable-next-line spelling -->\nText.\n").get(0);
        assertEquals("'spelling' is not a Copydesk rule, so this comment switches nothing off for it; the rules are "
                + "duplicate-paragraph, cms-footer, unattributed-quote, unbalanced-quote", unknown.message());
    }

    @Test
    void knownRulesAndCommentsWithoutRulesAreNotReported() {
        String text = "<!-- copydesk-disable duplicate-paragraph, cms-footer -->\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH
                + "\n\n<!-- copydesk-enable -->\n\nLast words.\n";
        assertEquals(List.of(), findings("draft.md", text));
    }
}
