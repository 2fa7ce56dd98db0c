package org.copydesk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.TextEdit;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Format;
import org.copydesk.core.incremental.IncrementalChecker;
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

/**
 * The editor's re-check: a 1 MB document is checked once, then each operation types one character inside a
 * paragraph in the middle of it (or deletes it again) and re-checks, as the reconciler does after a pause in
 * typing. {@code recheck} is given the edit, as an editor knows it; {@code recheckFindingTheEdit} finds it by
 * comparing the two versions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class IncrementalBenchmark {

    @Param({"prose-1m", "prose-1m-md", "prose-1m-adoc"})
    public String corpus;

    private IncrementalChecker checker;
    private final String[] versions = new String[2];
    private final TextEdit[] edits = new TextEdit[2];
    private int next;

    @Setup
    public void checkOnce() {
        String text = Corpora.generate(corpus);
        int at = text.indexOf("\n\n", text.length() / 2) - 20; // inside the paragraph that ends there
        versions[0] = text;
        versions[1] = text.substring(0, at) + "x" + text.substring(at);
        edits[0] = TextEdit.delete(at, at + 1);
        edits[1] = TextEdit.insert(at, "x");
        checker = new IncrementalChecker(new Checker(Config.defaults()), "article", Corpora.format(corpus));
        checker.check(text);
        next = 1;
    }

    @Benchmark
    public CheckResult recheck() {
        int version = next;
        next = 1 - next;
        return checker.check(versions[version], edits[version]);
    }

    @Benchmark
    public CheckResult recheckFindingTheEdit() {
        int version = next;
        next = 1 - next;
        return checker.check(versions[version]);
    }
}
