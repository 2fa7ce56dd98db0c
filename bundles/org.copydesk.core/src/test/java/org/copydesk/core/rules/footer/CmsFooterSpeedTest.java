package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.Finding;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * A megabyte of text in three shapes, with share buttons at its end: the rule reads it to the end and finds the
 * footer, and an ad marker between paragraphs wherever one sits. What it costs is measured by the JMH benchmarks
 * and {@code Scaling} (a unit test on a shared machine cannot time it fairly).
 */
class CmsFooterSpeedTest {
    private static final int MEGABYTE = 1 << 20;

    private static final String SENTENCE = "The harbour authority voted on Thursday to run ferries through the night. ";
    private static final String SHORT_LINE = "Tickets cost four euros.\n";

    @Test
    void aMegabyteOfProseEndsInItsFooter() {
        assertEquals(1, findings(build(SENTENCE + SENTENCE + "\n", MEGABYTE), Format.PLAIN_TEXT).size());
    }

    @Test
    void aMegabyteOfMarkdownListsEndsInItsFooter() {
        String text = build("- " + SHORT_LINE + "- Ferries run every hour.\n\n## Night service\n\n", MEGABYTE);
        List<Finding> found = findings(text, Format.MARKDOWN);
        assertEquals(1, found.size(), "the headings between the lists are the writer's");
        assertEquals(text.lastIndexOf("\nShare this:") + 1, found.get(0).start());
    }

    @Test
    void everyAdMarkerInAMegabyteOfShortLinesIsFound() {
        String unit = SHORT_LINE + "Advertisement\n" + SHORT_LINE;
        String text = build(unit, MEGABYTE);
        int markers = (text.length() - FOOTER.length() - 1) / unit.length();
        assertEquals(markers + 1, findings(text, Format.PLAIN_TEXT).size(), "each marker and the footer");
    }

    private static final String FOOTER = "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n";

    private static String build(String unit, int size) {
        StringBuilder text = new StringBuilder(size + 200);
        while (text.length() < size) {
            text.append(unit);
        }
        return text.append('\n').append(FOOTER).toString();
    }

    private static List<Finding> findings(String text, Format format) {
        List<Finding> found = new ArrayList<>();
        new CmsFooterRule().check(Document.parse(text, format),
                new RuleContext(RuleInfo.of(CmsFooterRule.class), RuleSettings.DEFAULT, found::add));
        return found;
    }
}
