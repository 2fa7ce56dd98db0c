package org.copydesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints one table: time per check, throughput, cost per MB relative to prose, bytes
 * allocated per check and heap retained by a checked document, each against the document's size.
 * Arguments are passed to JMH's include filter (e.g. {@code CheckBenchmark}); none runs everything.
 */
public final class BenchmarkTable {
    private BenchmarkTable() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().addProfiler(GCProfiler.class).shouldFailOnError(true);
        if (args.length == 0) {
            options.include(CheckBenchmark.class.getSimpleName());
            options.include(IncrementalBenchmark.class.getSimpleName());
        }
        for (String include : args) {
            options.include(include);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results);
    }

    private static void print(Collection<RunResult> results) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-56s %9s %12s %9s %10s %11s %11s%n", "benchmark / corpus", "size MB",
                "ms/op", "MB/s", "ms/MB", "alloc/size", "heap/size");
        double proseMsPerMb = Double.NaN;
        List<String> lines = new ArrayList<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String corpus = run.getParams().getParam("corpus");
            String text = Corpora.generate(corpus);
            double mb = text.length() / (double) Corpora.MB;
            Result<?> primary = run.getPrimaryResult();
            double ms = primary.getScore();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            double allocRatio = alloc == null ? Double.NaN : alloc.getScore() / (text.length() * 2.0);
            double heapRatio = name.startsWith("CheckBenchmark") ? retainedHeap(text) / (text.length() * 2.0) : Double.NaN;
            double msPerMb = ms / mb;
            if (name.startsWith("CheckBenchmark") && corpus.equals("prose-1m")) {
                proseMsPerMb = msPerMb;
            }
            rows.put(name + " " + corpus, new double[] {mb, ms, primary.getScoreError(), mb / ms * 1000, msPerMb, allocRatio, heapRatio});
        }
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            double[] r = row.getValue();
            lines.add(String.format(Locale.ROOT, "%-56s %9.2f %7.2f ±%4.2f %9.1f %10.2f %11.1f %11.1f", row.getKey(),
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nms/MB relative to prose-1m (%.2f ms/MB):%n", proseMsPerMb);
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            if (row.getKey().startsWith("CheckBenchmark")) {
                System.out.printf(Locale.ROOT, "  %-56s %6.2fx%n", row.getKey(), row.getValue()[4] / proseMsPerMb);
            }
        }
        System.out.println("\nsize: UTF-16 text (2 bytes a char); alloc/size: bytes allocated by one check per byte of text;"
                + "\nheap/size: heap still held by the parsed document and its result per byte of text."
                + "\nIncrementalBenchmark: one character typed inside a paragraph of the document, then the re-check"
                + "\n(recheck: the edit given, as an editor knows it; recheckFindingTheEdit: found by comparing texts).");
    }

    /** Heap held by a checked document and its findings, beyond the text itself. */
    private static double retainedHeap(String text) {
        Checker checker = new Checker(Config.defaults());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settle(memory);
        long before = memory.getHeapMemoryUsage().getUsed();
        CheckResult result = checker.check(Document.parse(text, Format.PLAIN_TEXT));
        result.document().lines();
        settle(memory);
        long after = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(result);
        return Math.max(0, after - before);
    }

    private static void settle(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
    }
}
