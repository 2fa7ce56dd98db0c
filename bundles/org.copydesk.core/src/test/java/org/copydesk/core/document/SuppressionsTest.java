package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final String DUPLICATE = "duplicate-paragraph";
    private static final String FOOTER = "cms-footer";
    private static final String QUOTE = "unattributed-quote";

    @Test
    void disableWithoutRulesSwitchesEveryRuleOffUntilEnable() {
        String text = """
                Before.

                <!-- copydesk-disable -->

                Inside.

                <!-- copydesk-enable -->

                After.
                """;
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "Inside.", DUPLICATE, FOOTER, QUOTE);
        assertOn(s, text, "Before.", DUPLICATE, FOOTER, QUOTE);
        assertOn(s, text, "After.", DUPLICATE, FOOTER, QUOTE);
    }

    @Test
    void disableWithOneRuleLeavesTheOthersOn() {
        String text = """
                <!-- copydesk-disable duplicate-paragraph -->
                Inside.
                <!-- copydesk-enable duplicate-paragraph -->
                After.
                """;
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "Inside.", DUPLICATE);
        assertOn(s, text, "Inside.", FOOTER, QUOTE);
        assertOn(s, text, "After.", DUPLICATE);
    }

    @Test
    void severalRulesBySpacesOrCommas() {
        String text = """
                <!-- copydesk-disable duplicate-paragraph, cms-footer -->

                Inside.

                <!-- copydesk-enable cms-footer -->

                Later.
                """;
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "Inside.", DUPLICATE, FOOTER);
        assertOn(s, text, "Inside.", QUOTE);
        assertOff(s, text, "Later.", DUPLICATE);
        assertOn(s, text, "Later.", FOOTER);
    }

    @Test
    void enablingOneRuleAfterDisablingAllTurnsOnlyThatOneBackOn() {
        String text = """
                <!-- copydesk-disable -->
                <!-- copydesk-enable unattributed-quote -->
                Inside.
                <!-- copydesk-enable -->
                After.
                """;
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "Inside.", DUPLICATE, FOOTER);
        assertOn(s, text, "Inside.", QUOTE);
        assertOn(s, text, "After.", DUPLICATE, FOOTER, QUOTE);
    }

    @Test
    void aDisableNeverEnabledRunsToTheEnd() {
        String text = "Before.\n\n<!-- copydesk-disable cms-footer -->\n\nPowered by Froala Editor";
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "Powered", FOOTER);
        assertOff(s, text, "Editor", FOOTER);
    }

    @Test
    void disableNextLineCoversTheParagraphAfterTheCommentHoweverItIsWrapped() {
        String text = """
                <!-- copydesk-disable-next-line unattributed-quote -->
                "We will win," a paragraph with a quote,
                wrapped over "two lines" here.

                "We will lose," the next paragraph.
                """;
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "\"We will win", QUOTE);
        assertOff(s, text, "\"two lines", QUOTE);
        assertOn(s, text, "\"We will win", DUPLICATE);
        assertOn(s, text, "\"We will lose", QUOTE);
    }

    @Test
    void disableNextLineWithoutRulesAndCrlf() {
        String text = "<!-- copydesk-disable-next-line -->\r\nFirst,\r\nwrapped.\r\n\r\nSecond.\r\n";
        Suppressions s = suppressions(text, Format.MARKDOWN);
        assertOff(s, text, "First,", DUPLICATE, FOOTER, QUOTE);
        assertOff(s, text, "wrapped.", DUPLICATE, FOOTER, QUOTE);
        assertOn(s, text, "Second.", DUPLICATE);
    }

    @Test
    void disableNextLineHasOneScopeForEveryRule() {
        String markdown = """
                The vote is on Tuesday.

                <!-- copydesk-disable-next-line unattributed-quote -->
                A long paragraph wrapped
                over two lines: "We will win the vote on Tuesday."

                <!-- copydesk-disable-next-line unbalanced-quote -->
                Another paragraph wrapped
                over two lines, with a "stray mark.
                """;
        String asciidoc = markdown.replaceAll("<!-- (copydesk-disable-next-line [a-z-]+) -->", "// $1");
        for (var draft : List.of(Document.parse(markdown, Format.MARKDOWN), Document.parse(asciidoc, Format.ASCIIDOC))) {
            String unsuppressed = draft.text().replaceAll(".*copydesk-disable-next-line.*\n", "");
            CheckResult before = new Checker(Config.defaults()).check(Document.parse(unsuppressed, draft.format()));
            assertEquals(List.of(QUOTE, "unbalanced-quote"), before.findings().stream().map(f -> f.ruleId()).sorted().toList(),
                    "each rule flags its paragraph's second line when nothing is switched off");
            assertEquals(List.of(), new Checker(Config.defaults()).check(draft).findings());
        }
    }

    @Test
    void directivesInInlineHtmlOrPlainTextAreIgnored() {
        String markdown = "Text <!-- copydesk-disable --> inline.\n\nAfter.\n";
        assertTrue(suppressions(markdown, Format.MARKDOWN).isEmpty());
        String plain = "<!-- copydesk-disable -->\nAfter.\n";
        assertTrue(suppressions(plain, Format.PLAIN_TEXT).isEmpty());
        assertOn(suppressions(plain, Format.PLAIN_TEXT), plain, "After.", DUPLICATE);
    }

    @Test
    void asciiDocLineCommentsCarryTheSameDirectives() {
        String text = """
                // copydesk-disable duplicate-paragraph cms-footer
                Inside.
                // copydesk-enable
                After.
                // copydesk-disable-next-line unattributed-quote
                "We will win."

                ////
                copydesk-disable
                ////
                Last.
                """;
        Suppressions s = suppressions(text, Format.ASCIIDOC);
        assertOff(s, text, "Inside.", DUPLICATE, FOOTER);
        assertOn(s, text, "Inside.", QUOTE);
        assertOn(s, text, "After.", DUPLICATE, FOOTER, QUOTE);
        assertOff(s, text, "\"We will win", QUOTE);
        assertOn(s, text, "\"We will win", DUPLICATE);
        assertOff(s, text, "Last.", DUPLICATE, FOOTER, QUOTE);
    }

    @Test
    void directivesInsideCodeAreNotDirectives() {
        String text = """
                ```
                <!-- copydesk-disable -->
                ```

                After.
                """;
        assertTrue(suppressions(text, Format.MARKDOWN).isEmpty());
        String adoc = "----\n// copydesk-disable\n----\nAfter.\n";
        assertTrue(suppressions(adoc, Format.ASCIIDOC).isEmpty());
    }

    @Test
    void theCheckerDropsSuppressedFindings() {
        String paragraph = "The city council approved the budget for the new bridge on Tuesday evening after a long debate.";
        String text = paragraph + "\n\n<!-- copydesk-disable-next-line duplicate-paragraph -->\n" + paragraph + "\n\n" + paragraph + "\n";
        CheckResult result = new Checker(Config.defaults()).check("draft.md", text);
        List<Integer> flagged = result.findings().stream().filter(f -> f.ruleId().equals(DUPLICATE)).map(f -> f.start()).toList();
        assertEquals(List.of(text.lastIndexOf(paragraph)), flagged);
    }

    private static Suppressions suppressions(String text, Format format) {
        return Document.parse(text, format).get(Suppressions.KEY);
    }

    private static void assertOff(Suppressions s, String text, String at, String... rules) {
        int offset = offsetOf(text, at);
        for (String rule : rules) {
            assertTrue(s.suppresses(rule, offset), rule + " should be off at \"" + at + "\"");
        }
    }

    private static void assertOn(Suppressions s, String text, String at, String... rules) {
        int offset = offsetOf(text, at);
        for (String rule : rules) {
            assertFalse(s.suppresses(rule, offset), rule + " should be on at \"" + at + "\"");
        }
    }

    private static int offsetOf(String text, String at) {
        int offset = text.indexOf(at);
        if (offset < 0) {
            throw new IllegalArgumentException(at + " is not in the text");
        }
        return offset;
    }
}
