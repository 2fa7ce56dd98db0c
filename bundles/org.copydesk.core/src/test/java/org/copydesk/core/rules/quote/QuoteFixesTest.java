package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Each fix of unattributed-quote gives the right text, in each format and language. */
class QuoteFixesTest {
    private static final RuleTester TESTER = RuleTester.of(new UnattributedQuoteRule());

    private CheckResult check(String text, Format format) {
        return TESTER.format(format).check(text);
    }

    private Finding only(String text, Format format) {
        List<Finding> findings = check(text, format).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    /** The text after the writer chooses the fix {@code fixId} of the one quotation flagged: never an automatic fix. */
    private String apply(String text, Format format, String fixId) {
        assertTrue(only(text, format).fixes().stream().noneMatch(Fix::automatic), "quotation fixes need a writer's choice");
        return TESTER.format(format).applyFix(text, fixId);
    }

    private String attribute(String text) {
        return apply(text, Format.PLAIN_TEXT, "add-attribution");
    }

    @Test
    void addsTheAttributionAfterTheClosingMarkWithTheStopTurnedIntoAComma() {
        assertEquals("\"We will win the vote on Tuesday,\" [SOURCE] said.\n",
                attribute("\"We will win the vote on Tuesday.\"\n"));
        assertEquals("Text before. \u201CWe will win the vote on Tuesday,\u201D [SOURCE] said. Text after.",
                attribute("Text before. \u201CWe will win the vote on Tuesday.\u201D Text after."));
    }

    @Test
    void asksForAQuestionAndKeepsAnExclamation() {
        assertEquals("\"Who is going to pay for the bridge?\" [SOURCE] asked.",
                attribute("\"Who is going to pay for the bridge?\""));
        assertEquals("\"We will never give up this fight!\" [SOURCE] said.",
                attribute("\"We will never give up this fight!\""));
    }

    @Test
    void followsAStopOutsideTheMarks() {
        assertEquals("\u2018We will win the vote on Tuesday\u2019, [SOURCE] said.",
                attribute("\u2018We will win the vote on Tuesday\u2019."));
    }

    @Test
    void attributesAQuotationInsideASentenceAtTheSentenceEnd() {
        assertEquals("The plan is \"a blank check for the developers\" and must go, [SOURCE] said. Next.",
                attribute("The plan is \"a blank check for the developers\" and must go. Next."));
    }

    @Test
    void writesGermanAndFrenchAttributionsTheirWay() {
        String german = "Die Stadtwerke erhöhen die Preise für alle Kunden. „Wir haben uns die Entscheidung nicht leicht gemacht.“";
        assertEquals("Die Stadtwerke erhöhen die Preise für alle Kunden. „Wir haben uns die Entscheidung nicht leicht gemacht“, sagte [SOURCE].",
                attribute(german));
        String french = "La maire renonce au projet de parking. « Nous avons entendu les habitants de la ville. »";
        assertEquals("La maire renonce au projet de parking. « Nous avons entendu les habitants de la ville », a déclaré [SOURCE].",
                attribute(french));
    }

    @Test
    void makesItPlainText() {
        assertEquals("We will win the vote on Tuesday.",
                apply("\"We will win the vote on Tuesday.\"", Format.PLAIN_TEXT, "make-plain-text"));
        assertEquals("La maire renonce au projet. Nous avons entendu les habitants de la ville.",
                apply("La maire renonce au projet. « Nous avons entendu les habitants de la ville. »", Format.PLAIN_TEXT,
                        "make-plain-text"));
        assertEquals("The hearing lasted three hours.\n\nThe people have waited a long time.\n\nIt sends a clear message.\n",
                apply("The hearing lasted three hours.\n\n\"The people have waited a long time.\n\n\"It sends a clear message.\"\n",
                        Format.PLAIN_TEXT, "make-plain-text"));
    }

    @Test
    void ignoresWithACommentBeforeTheParagraphInMarkdown() {
        String text = "The vote is on Tuesday.\n\nA long paragraph wrapped\nover two lines: \"We will win the vote on Tuesday.\"\n";
        String fixed = apply(text, Format.MARKDOWN, "ignore");
        assertEquals("The vote is on Tuesday.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n"
                + "A long paragraph wrapped\nover two lines: \"We will win the vote on Tuesday.\"\n", fixed);
        assertEquals(List.of(), check(fixed, Format.MARKDOWN).findings());
    }

    @Test
    void ignoresWithACommentInAsciiDoc() {
        String text = "The vote is on Tuesday.\n\n\"We will win the vote on Tuesday and celebrate.\"\n";
        String fixed = apply(text, Format.ASCIIDOC, "ignore");
        assertEquals("The vote is on Tuesday.\n\n// copydesk-disable-next-line unattributed-quote\n"
                + "\"We will win the vote on Tuesday and celebrate.\"\n", fixed);
        assertEquals(List.of(), check(fixed, Format.ASCIIDOC).findings());
    }

    @Test
    void offersNoIgnoreCommentInPlainTextButAnIgnoreOption() {
        String text = "The vote is on Tuesday.\n\n\"We will win the vote on Tuesday and celebrate.\"\n";
        Finding finding = only(text, Format.PLAIN_TEXT);
        assertTrue(finding.fixes().stream().noneMatch(f -> f.id().equals("ignore")));
        Document plain = Document.parse(text, Format.PLAIN_TEXT);
        assertNull(QuoteFixes.ignore(plain, plain.paragraphs().get(1), "unattributed-quote"));
        assertEquals(List.of(), TESTER.options("ignore: [we will WIN the vote on Tuesday and celebrate]").check(text).findings());
    }

    @Test
    void offersTheFixesInOrderOfPreference() {
        Finding missing = only("The vote is on Tuesday.\n\n\"We will win the vote on Tuesday and celebrate.\"\n", Format.MARKDOWN);
        assertEquals(List.of(QuoteFixes.ADD_ATTRIBUTION, QuoteFixes.PLAIN_TEXT, QuoteFixes.IGNORE),
                missing.fixes().stream().map(Fix::label).toList());
        Finding scare = only("The signing of a \"comprehensive\" agreement surprised diplomats.\n", Format.MARKDOWN);
        assertEquals(List.of(QuoteFixes.PLAIN_TEXT, QuoteFixes.ADD_ATTRIBUTION, QuoteFixes.IGNORE),
                scare.fixes().stream().map(Fix::label).toList());
        assertEquals(List.of(), check("The vote is on Tuesday.", Format.MARKDOWN).automaticFixes());
    }

    @Test
    void placesThePlaceholderForTheEditorToSelect() {
        String fixed = attribute("\"We will win the vote on Tuesday.\"");
        assertTrue(fixed.contains(QuoteFixes.PLACEHOLDER));
        assertEquals("[SOURCE]", QuoteFixes.PLACEHOLDER);
    }
}
