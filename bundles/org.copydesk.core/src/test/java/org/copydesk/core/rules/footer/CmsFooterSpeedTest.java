package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copydesk.core.Finding;
import org.copydesk.core.Severity;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * The rule's cost on a megabyte of prose in three shapes. Only the footer and one-line blocks are matched
 * against signatures, so the time follows the text's length; the bound is loose because the machine is shared,
 * the figure printed is what to watch.
 */
class CmsFooterSpeedTest {
    private static final int MEGABYTE = 1 << 20;
    private static final long BOUND_MS = 1000;

    private static final String SENTENCE = "The harbour authority voted on Thursday to run ferries through the night. ";
    private static final String SHORT_LINE = "Tickets cost four euros.\n";

    @Test
    void checksAMegabyteQuickly() {
        measure("one paragraph per line", build(SENTENCE + SENTENCE + "\n", MEGABYTE), Format.PLAIN_TEXT);
        measure("short lines", build(SHORT_LINE + "Advertisement\n" + SHORT_LINE, MEGABYTE), Format.PLAIN_TEXT);
        measure("markdown list", build("- " + SHORT_LINE + "- Ferries run every hour.\n\n## Night service\n\n", MEGABYTE),
                Format.MARKDOWN);
    }

    /**
     * Eight times the text may take about eight times as long (a few times more when the larger one no longer
     * fits the processor's caches, or the machine is busy: up to forty), never sixty-four: nothing is quadratic.
     */
    @Test
    void timeGrowsLinearly() {
        Map<String, Format> shapes = Map.of(SENTENCE + SENTENCE + "\n", Format.PLAIN_TEXT,
                SHORT_LINE + "Sent from my iPhone\n", Format.PLAIN_TEXT, "- " + SHORT_LINE + "\n## Fares\n\n", Format.MARKDOWN);
        for (Map.Entry<String, Format> shape : shapes.entrySet()) {
            String unit = shape.getKey();
            double small = measure("linearity, 256 KB", build(unit, MEGABYTE / 4), shape.getValue());
            double large = measure("linearity, 2 MB", build(unit, 2 * MEGABYTE), shape.getValue());
            assertTrue(large < small * 40 + 10, "256 KB: " + small + " ms, 2 MB: " + large + " ms");
        }
    }

    private static String build(String unit, int size) {
        StringBuilder text = new StringBuilder(size + 200);
        while (text.length() < size) {
            text.append(unit);
        }
        return text.append("\nShare this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n").toString();
    }

    private static double measure(String shape, String text, Format format) {
        Document document = Document.parse(text, format);
        CmsFooterRule rule = new CmsFooterRule();
        long best = Long.MAX_VALUE;
        int findings = 0;
        for (int run = 0; run < 12; run++) {
            List<Finding> found = new ArrayList<>();
            long start = System.nanoTime();
            rule.check(document, new RuleContext(RuleInfo.of(CmsFooterRule.class), RuleSettings.DEFAULT, found::add));
            best = Math.min(best, System.nanoTime() - start);
            findings = found.size();
        }
        System.out.printf("cms-footer, %s (%d chars): %.2f ms, %d findings%n", shape, text.length(), best / 1e6, findings);
        assertTrue(findings >= 1);
        assertEquals(Severity.WARNING, RuleInfo.of(CmsFooterRule.class).defaultSeverity());
        assertTrue(best / 1_000_000 < BOUND_MS, shape + ": " + best / 1e6 + " ms");
        return best / 1e6;
    }
}
