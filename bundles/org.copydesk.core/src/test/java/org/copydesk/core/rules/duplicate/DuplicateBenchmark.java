package org.copydesk.core.rules.duplicate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.copydesk.core.Finding;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleSettings;

/**
 * Prints how long the duplicate check takes on about 1 MB of prose and on documents made of 10,000 copies
 * (exact, and near copies of each other), in CPU time of the checking thread. Not a test: timings depend on
 * the machine. Run its {@code main}.
 */
final class DuplicateBenchmark {
    private static final int RUNS = 21;
    /** CPU time of this thread: on a shared machine, wall time mostly measures the other processes. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Random random = new Random(7);
        ProseGenerator prose = new ProseGenerator(random);
        report("1 MB of prose, some copies", prose(prose, random));
        String base = "The council approved the new budget for the bridge repairs on Tuesday after a long debate about"
                + " the costs, and the mayor promised that work would start in the spring once the contracts are signed.";
        report("10,000 exact copies", repeat(10_000, i -> base));
        CopyEdits edits = new CopyEdits(random);
        report("10,000 near copies of each other", repeat(10_000, i -> edits.apply(CopyEdits.Edit.WORD_CHANGED, base)));
        report("10,000 different paragraphs", repeat(10_000, i -> prose.paragraph()));
    }

    private static String prose(ProseGenerator prose, Random random) {
        List<String> paragraphs = new ArrayList<>();
        int size = 0;
        while (size < 1_000_000) {
            String paragraph = random.nextInt(20) == 0 && !paragraphs.isEmpty()
                    ? paragraphs.get(random.nextInt(paragraphs.size()))
                    : prose.paragraph();
            paragraphs.add(paragraph);
            size += paragraph.length() + 2;
        }
        return String.join("\n\n", paragraphs);
    }

    private static String repeat(int count, java.util.function.IntFunction<String> paragraph) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(paragraph.apply(i)).append("\n\n");
        }
        return text.toString();
    }

    private static void report(String name, String text) {
        Document document = Document.parse(text, Format.PLAIN_TEXT);
        DuplicateParagraphRule rule = new DuplicateParagraphRule();
        long[] times = new long[RUNS];
        int findings = 0;
        for (int run = 0; run < RUNS; run++) {
            List<Finding> found = new ArrayList<>();
            long start = CPU.getCurrentThreadCpuTime();
            rule.check(document, new RuleContext(rule.info(), RuleSettings.DEFAULT, found::add));
            times[run] = CPU.getCurrentThreadCpuTime() - start;
            findings = found.size();
        }
        Arrays.sort(times);
        double ms = times[RUNS / 2] / 1e6;
        double mb = text.length() / 1e6;
        double best = times[0] / 1e6;
        System.out.printf("%-34s %5.2f MB %6d paragraphs %6d findings: CPU best %6.1f ms = %5.1f ms/MB (median %5.1f ms/MB)%n",
                name, mb, document.paragraphs().size(), findings, best, best / mb, ms / mb);
    }
}
