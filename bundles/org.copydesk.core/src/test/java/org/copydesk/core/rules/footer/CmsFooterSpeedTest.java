package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

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

    @Test
    void checksAMegabyteInLinearTime() {
        String sentence = "The harbour authority voted on Thursday to run ferries through the night on weekends from June. ";
        String shortLine = "Tickets cost four euros.\n";
        measure("one paragraph per line", build(sentence + sentence + "\n"), Format.PLAIN_TEXT);
        measure("short lines", build(shortLine + "Advertisement\n" + shortLine), Format.PLAIN_TEXT);
        measure("markdown list", build("- " + shortLine + "- Ferries run every hour.\n\n## Night service\n\n"), Format.MARKDOWN);
    }

    private static String build(String unit) {
        StringBuilder text = new StringBuilder(MEGABYTE + 200);
        while (text.length() < MEGABYTE) {
            text.append(unit);
        }
        return text.append("\nShare this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n").toString();
    }

    private static void measure(String shape, String text, Format format) {
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
        System.out.printf("cms-footer on 1 MB (%s): %.2f ms, %d findings%n", shape, best / 1e6, findings);
        assertTrue(findings >= 1);
        assertEquals(Severity.WARNING, RuleInfo.of(CmsFooterRule.class).defaultSeverity());
        assertTrue(best / 1_000_000 < BOUND_MS, shape + ": " + best / 1e6 + " ms");
    }
}
