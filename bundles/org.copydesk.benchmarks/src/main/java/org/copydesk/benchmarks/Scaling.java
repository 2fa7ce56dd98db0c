package org.copydesk.benchmarks;

import java.util.Locale;

import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;

/**
 * How the cost of a full check grows with the document: prose of 1 to 10 MB checked in one JVM, as an editor or a
 * build checks documents of many sizes. JMH runs each size in a fork of its own; a fork that only ever checks
 * 10 MB documents runs a few long calls and compiles them less well than a JVM that has also checked smaller
 * ones. Usage: {@code java -cp benchmarks.jar org.copydesk.benchmarks.Scaling} (about two minutes).
 */
public final class Scaling {
    private static final int[] SIZES_MB = {1, 2, 4, 7, 10};
    private static final double WARM_UP_SECONDS = 8;
    private static final double MEASURE_SECONDS = 6;

    private Scaling() {
    }

    public static void main(String[] args) {
        Checker checker = new Checker(Config.defaults());
        String[] texts = new String[SIZES_MB.length];
        for (int i = 0; i < SIZES_MB.length; i++) {
            texts[i] = new Corpus(42).articles(SIZES_MB[i] * Corpora.MB);
        }
        for (String text : texts) {
            millisPerCheck(checker, text, WARM_UP_SECONDS);
        }
        double first = 0;
        System.out.println("size MB   ms/check   ms/MB   time relative to 1 MB");
        for (int i = 0; i < SIZES_MB.length; i++) {
            double millis = millisPerCheck(checker, texts[i], MEASURE_SECONDS);
            first = i == 0 ? millis : first;
            System.out.printf(Locale.ROOT, "%7d %10.1f %7.1f %10.1fx%n", SIZES_MB[i], millis, millis / SIZES_MB[i], millis / first);
        }
    }

    private static double millisPerCheck(Checker checker, String text, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int checks = 0;
        long sink = 0;
        do {
            sink += checker.check("prose.txt", text).findings().size();
            checks++;
        } while (System.nanoTime() < end);
        if (sink < 0) {
            throw new AssertionError(); // keeps the results alive
        }
        return (System.nanoTime() - start) / 1e6 / checks;
    }
}
