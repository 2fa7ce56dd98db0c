package org.copydesk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A full check (segmentation and every rule) of one document, on one core. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// On two cores the JIT takes 15-20 s to settle on the whole engine (code compiled, thrown away and compiled again):
// a shorter warm-up measures half-compiled code.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CheckBenchmark {

    @Param({"prose-100k", "prose-1m", "prose-10m", "near-copies-10k", "single-paragraph-1m", "short-quotes-100k",
            "unbalanced-quotes-1m"})
    public String corpus;

    private final Checker checker = new Checker(Config.defaults());
    private String text;

    @Setup
    public void generate() {
        text = Corpora.generate(corpus);
    }

    @Benchmark
    public CheckResult check() {
        return checker.check(Document.parse(text, Format.PLAIN_TEXT));
    }
}
