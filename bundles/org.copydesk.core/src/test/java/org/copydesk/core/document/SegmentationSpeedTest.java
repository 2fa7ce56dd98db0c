package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * Prints how fast (in CPU time) each format segments about 1 MB of prose, and 4 MB to show the cost grows linearly. A print,
 * not a timed assertion: machines differ. Run alone for figures: {@code -Dtest=SegmentationSpeedTest}.
 */
class SegmentationSpeedTest {
    private static final int MEGABYTE = 1 << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void plainText() {
        measure(Format.PLAIN_TEXT, ProseDocuments::plainText);
    }

    @Test
    void markdown() {
        measure(Format.MARKDOWN, ProseDocuments::markdown);
    }

    @Test
    void asciiDoc() {
        measure(Format.ASCIIDOC, ProseDocuments::asciiDoc);
    }

    private static void measure(Format format, IntFunction<String> document) {
        String one = document.apply(MEGABYTE);
        String four = document.apply(4 * MEGABYTE);
        Segmenter segmenter = Segmenter.of(format);
        int blocks = segmenter.segment(one).size();
        assertTrue(blocks > 1000, "segmented into " + blocks + " blocks");
        double fourPerMegabyte = bestOf(segmenter, four, 5) / (four.length() / (double) MEGABYTE);
        double perMegabyte = bestOf(segmenter, one, 15) / (one.length() / (double) MEGABYTE);
        System.out.printf("%s segmentation: %.1f ms/MB on %d KB (%d blocks), %.1f ms/MB on %d KB%n", format.displayName(),
                perMegabyte, one.length() / 1024, blocks, fourPerMegabyte, four.length() / 1024);
    }

    /**
     * The fastest of {@code runs} runs after a warm-up long enough for the JIT, in CPU time of this thread, so
     * that other processes on a busy machine do not count.
     */
    private static double bestOf(Segmenter segmenter, String text, int runs) {
        double[] millis = new double[runs];
        long warmUntil = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < warmUntil) {
            segmenter.segment(text);
        }
        for (int run = 0; run < runs; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            segmenter.segment(text);
            millis[run] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        }
        return Arrays.stream(millis).min().orElseThrow();
    }
}
