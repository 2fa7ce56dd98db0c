package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * Speed of the two quotation rules together (the scan, tokens, cues and fixes; segmenting excluded) on quote-heavy
 * prose, on 100,000 short quotations and on 10,000 unmatched marks. Prints ms per MB; the assertions only catch
 * a blow-up (a quadratic step), since machines differ. Megabytes are of UTF-16 characters.
 */
class QuotePerformanceTest {
    private static final int MB = 1 << 20;
    private final Checker checker = new Checker(new Config(Map.of("duplicate-paragraph", new RuleSettings(false, null, Map.of())),
            List.of(), null, null), List.of(new UnattributedQuoteRule(), new UnbalancedQuoteRule()));

    /** News paragraphs, nearly all with quotations, some attributed and some not. */
    static String quoteHeavyProse(int bytes) {
        String[] paragraphs = {
            "\"This bridge carries 30,000 cars a day, and we simply cannot wait any longer,\" Mayor Linda Osei said before the vote.",
            "Osei said the city would borrow most of the money. \"We have looked at every option, and this is the one that protects taxpayers.\"",
            "Council member Raj Patel called it \u201Ca blank check for a project nobody has properly costed.\u201D",
            "\u2018It\u2019s not the 1980s any more,\u2019 he said. \u2018People\u2019s homes matter, and so do the fields.\u2019",
            "According to a report, the steel supports show \"significant corrosion\" and several joints are \"at or near the end of their service life.\"",
            "\u201EWir haben uns diese Entscheidung nicht leicht gemacht\u201C, sagte Gesch\u00E4ftsf\u00FChrerin Andrea K\u00FChn am Dienstag.",
            "The plan's \"fast track\" schedule has drawn questions from the state transportation agency, which must sign off.",
            "\"Nobody likes a detour, but a detour is better than a collapse.\" The bridge will close for about 14 months.",
        };
        StringBuilder text = new StringBuilder(bytes + 200);
        for (int i = 0; text.length() < bytes; i++) {
            text.append(paragraphs[i % paragraphs.length]).append("\n\n");
        }
        return text.toString();
    }

    @Test
    void checksAMegabyteOfQuoteHeavyProse() {
        double msPerMb = measure("1 MB of quote-heavy prose", quoteHeavyProse(MB));
        assertTrue(msPerMb < 2_000, msPerMb + " ms/MB");
    }

    @Test
    void checksAMegabyteOfOrdinaryNewsProse() throws java.io.IOException {
        String article;
        try (java.io.InputStream in = getClass().getResourceAsStream("/examples/000_4e3a9109ce5d23f9.txt")) {
            article = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(MB + article.length());
        while (text.length() < MB) {
            text.append(article).append('\n');
        }
        double msPerMb = measure("1 MB of ordinary news prose (the example article, repeated)", text.toString());
        assertTrue(msPerMb < 2_000, msPerMb + " ms/MB");
    }

    @Test
    void checksAHundredThousandShortQuotations() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append("\"Yes.\"\n");
        }
        double msPerMb = measure("100,000 short quotations, one per line", text.toString());
        assertTrue(msPerMb < 5_000, msPerMb + " ms/MB");
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            paragraph.append("She said \"no\" and ");
        }
        msPerMb = measure("100,000 short quotations in one paragraph", paragraph.append("left.").toString());
        assertTrue(msPerMb < 5_000, msPerMb + " ms/MB");
    }

    @Test
    void checksTenThousandUnmatchedMarks() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append("The mayor said \u201Cwe will win and left. ");
        }
        Document document = Document.parse(text.toString(), Format.PLAIN_TEXT);
        double msPerMb = measure("10,000 unmatched marks in one paragraph", document);
        List<Finding> found = checker.check(document).findings().stream().filter(f -> f.ruleId().equals("unbalanced-quote")).toList();
        // the first thousand one by one, then one finding for the rest
        assertEquals(1_001, found.size());
        assertTrue(found.stream().anyMatch(f -> f.message().equals("9,000 more findings of this kind in this document are not"
                + " reported one by one")), found.get(found.size() - 1).message());
        assertTrue(msPerMb < 5_000, msPerMb + " ms/MB");
    }

    private double measure(String what, String text) {
        return measure(what, Document.parse(text, Format.PLAIN_TEXT));
    }

    /**
     * The best of several runs, each on a fresh copy of the document (the scan is memoised per document), in CPU
     * time of this thread: the machines this runs on are shared, and wall-clock time mostly measures the others.
     */
    private double measure(String what, Document document) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestScan = Long.MAX_VALUE;
        int findings = 0;
        for (int run = 0; run < 12; run++) {
            Document fresh = Document.parse(document.text(), document.format());
            long start = threads.getCurrentThreadCpuTime();
            fresh.get(QuoteScan.KEY);
            long scanned = threads.getCurrentThreadCpuTime();
            CheckResult result = checker.check(fresh);
            long end = threads.getCurrentThreadCpuTime();
            best = Math.min(best, end - start);
            bestScan = Math.min(bestScan, scanned - start);
            findings = result.findings().size();
            assertEquals(List.of(), result.failures());
        }
        double megabytes = document.text().length() / (double) MB;
        double msPerMb = best / 1e6 / megabytes;
        System.out.printf("[quote-performance] %s: %.1f ms CPU for %.2f MB of text (scan alone %.1f ms, %d findings)"
                + " = %.1f ms/MB%n", what, best / 1e6, megabytes, bestScan / 1e6, findings, msPerMb);
        return msPerMb;
    }
}
