package org.copydesk.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.run.Outcome.Checked;
import org.copydesk.cli.run.Outcome.Failed;
import org.copydesk.cli.run.Outcome.Fixed;
import org.copydesk.cli.run.Outcome.Ignored;
import org.copydesk.cli.run.Outcome.Skipped;
import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.Fix;
import org.copydesk.core.TextEdit;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.BinaryFileException;
import org.copydesk.core.io.FileTooLargeException;
import org.copydesk.core.io.LineEnding;
import org.copydesk.core.io.TextFile;
import org.copydesk.core.io.TextFileException;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.core.io.TextFileWriter;

/**
 * Checks or fixes many documents at once on a pool of threads, and gives their outcomes back in the order the
 * documents were given, so output never depends on scheduling. What the CLI and the Maven plugin share.
 */
public final class Session {
    private final TextFileReader reader;
    private final ConfigResolver configs;
    private final int threads;
    private final InputStream stdin;
    private final Map<Config, Checker> checkers = new ConcurrentHashMap<>();
    /** The bytes read from standard input, kept so that {@code fix -} can give them back unchanged. */
    private volatile byte[] stdinBytes = new byte[0];

    public Session(TextFileReader reader, ConfigResolver configs, int threads, InputStream stdin) {
        this.reader = reader;
        this.configs = configs;
        this.threads = Math.max(1, threads);
        this.stdin = stdin;
    }

    /**
     * Checks the documents, each on its own and, for duplicates, together with the others of its project. Each
     * file is read, parsed, checked and sketched in one go, in the order the search across files takes them, and
     * searched on this thread while the pool checks the next ones; then only the files found to hold copies of
     * another file's paragraphs are read and checked again, with those copies.
     */
    public List<Outcome> check(List<Source> sources, Progress progress) {
        if (sources.size() < 2) {
            return run(sources, source -> checkOne(source, List.of()), progress);
        }
        ProjectCopies projectCopies = new ProjectCopies(reader, configs);
        List<Integer> order = ProjectCopies.searchOrder(sources);
        ProjectCopies.Searches searches = projectCopies.searches(sources);
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(sources.size(), (Outcome) null));
        inParallel(order.stream().map(sources::get).toList(), this::checkAndSketch, progress,
                (source, e) -> new CheckedAndSketched(failure(source, e), null), (k, checked) -> {
                    outcomes.set(order.get(k), checked.outcome());
                    searches.add(checked.sketch());
                });
        Map<Source, List<CrossFileCopy>> copies = searches.finish();
        if (copies.isEmpty()) {
            return outcomes;
        }
        List<Integer> again = new ArrayList<>();
        Map<Source, FileReport> withoutCopies = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            if (copies.containsKey(sources.get(i)) && outcomes.get(i) instanceof Checked checked) {
                again.add(i);
                withoutCopies.put(sources.get(i), checked.report());
            }
        }
        List<Source> toCheck = again.stream().map(sources::get).toList();
        List<Outcome> rechecked = run(toCheck, source -> recheckOne(source, copies.get(source), withoutCopies.get(source)),
                Progress.NONE);
        for (int k = 0; k < again.size(); k++) {
            outcomes.set(again.get(k), rechecked.get(k));
        }
        return outcomes;
    }

    /** A file's outcome checked on its own, and its sketch for the search across files (null if none). */
    private record CheckedAndSketched(Outcome outcome, ProjectCopies.Sketched sketch) {
    }

    /** Checks a file again with its copies across files: only the rule that reads them runs again. */
    private Outcome recheckOne(Source source, List<CrossFileCopy> copies, FileReport withoutCopies) {
        return withFile(source, (file, checker) -> new Checked(source, FileReport.of(source.name(),
                checker.recheck(parse(source, file), copies, withoutCopies.findings(), withoutCopies.failures()))));
    }

    private static Document parse(Source source, TextFile file) {
        String name = formatName(source);
        return Document.parse(name, file.text(), Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
    }

    private CheckedAndSketched checkAndSketch(Source source) {
        ProjectCopies.Sketched[] sketch = new ProjectCopies.Sketched[1];
        Outcome outcome = withFile(source, (file, checker) -> {
            Document document = parse(source, file);
            Outcome checked = new Checked(source, FileReport.of(source.name(), checker.check(document, List.of())));
            sketch[0] = ProjectCopies.sketch(source, checker.config(), document);
            return checked;
        });
        return new CheckedAndSketched(outcome, outcome instanceof Checked ? sketch[0] : null);
    }

    /** Applies every automatic fix; with {@code write} false (a dry run) nothing is written. */
    public List<Outcome> fix(List<Source> sources, boolean write, Progress progress) {
        Map<Source, List<CrossFileCopy>> copies = crossFileCopies(sources);
        return run(sources, source -> fixOne(source, write, copies.getOrDefault(source, List.of())), progress);
    }

    /** The paragraphs of each document that copy one of another document of its project. */
    private Map<Source, List<CrossFileCopy>> crossFileCopies(List<Source> sources) {
        if (sources.size() < 2) {
            return Map.of();
        }
        return new ProjectCopies(reader, configs).find(sources, new ProjectCopies.Parallel() {
            @Override
            public <T> List<T> map(List<Source> all, Function<Source, T> task) {
                return inParallel(all, task, Progress.NONE, (source, e) -> null);
            }
        });
    }

    private Outcome checkOne(Source source, List<CrossFileCopy> copies) {
        return withFile(source, (file, checker) ->
                new Checked(source, FileReport.of(source.name(), checker.check(formatName(source), file.text(), copies))));
    }

    /**
     * What was read from standard input, as it was: for {@code fix -} to give back when it cannot give the fixed
     * text. Empty until standard input is read; at most the size limit and one byte (the rest is still unread).
     */
    public byte[] stdinBytes() {
        return stdinBytes;
    }

    private Outcome fixOne(Source source, boolean write, List<CrossFileCopy> copies) {
        return withFile(source, (file, checker) -> {
            AutomaticFixer.Result fixed = AutomaticFixer.fix(checker, formatName(source), file.text(),
                    fix -> inLineEnding(fix, file.lineEnding()), copies);
            if (write && !source.stdin() && !fixed.text().equals(file.text())) {
                String problem = writeBack(file, fixed.edits(), source);
                if (problem != null) {
                    // not written: what is left is everything the original had
                    return new Fixed(source, file, fixed.text(), fixed.edits(), FileReport.of(source.name(), fixed.before()), 0,
                            problem);
                }
            }
            return new Fixed(source, file, fixed.text(), fixed.edits(), FileReport.of(source.name(), fixed.after()),
                    fixed.fixed(), null);
        });
    }

    /** Rules write {@code \n} in what they insert; a CRLF file keeps CRLF. */
    private static Fix inLineEnding(Fix fix, LineEnding lineEnding) {
        List<TextEdit> edits = fix.edits().stream()
                .map(e -> new TextEdit(e.offset(), e.length(), lineEnding.apply(e.replacement())))
                .toList();
        return edits.equals(fix.edits()) ? fix : fix.withEdits(edits);
    }

    private static String writeBack(TextFile file, List<TextEdit> edits, Source source) {
        try {
            TextFileWriter.write(file, edits, source.root());
            return null;
        } catch (TextFileException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "cannot write: " + IoMessages.describe(e) + ", not changed";
        } catch (RuntimeException e) {
            return "internal error: " + e + ", not changed";
        }
    }

    private interface FileTask {
        Outcome run(TextFile file, Checker checker) throws IOException;
    }

    private Outcome withFile(Source source, FileTask task) {
        try {
            Config config = configs.configFor(source.path());
            if (!source.named() && config.ignores(source.path())) {
                return new Ignored(source);
            }
            TextFile file = source.stdin() ? readStdin(source.name()) : reader.read(source.name(), source.path());
            return task.run(file, checkers.computeIfAbsent(config, Checker::new));
        } catch (BinaryFileException e) {
            return new Skipped(source, e.getMessage());
        } catch (ConfigException e) {
            return new Failed(source, e.getMessage(), e);
        } catch (IOException e) {
            return new Failed(source, IoMessages.describe(e), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Failed(source, "internal error: " + e, e);
        }
    }

    private TextFile readStdin(String name) throws IOException {
        // never hold more than the limit: one byte over it is enough to know
        byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, reader.maxBytes() + 1));
        stdinBytes = bytes;
        if (bytes.length > reader.maxBytes()) {
            throw new FileTooLargeException(name, -1, reader.maxBytes());
        }
        return reader.decode(name, bytes);
    }

    /** The name the format is taken from: the file's own, or the one standard input stands for. */
    private static String formatName(Source source) {
        return source.path().getFileName() == null ? source.name() : source.path().getFileName().toString();
    }

    private List<Outcome> run(List<Source> sources, Function<Source, Outcome> task, Progress progress) {
        return inParallel(sources, task, progress, Session::failure);
    }

    private static Outcome failure(Source source, Throwable e) {
        return e instanceof InterruptedException ? new Failed(source, "interrupted", e) : new Failed(source, "internal error: " + e, e);
    }

    /** {@code task} for every source on the pool, the results in the order of the sources. */
    private <T> List<T> inParallel(List<Source> sources, Function<Source, T> task, Progress progress,
            BiFunction<Source, Throwable, T> onFailure) {
        List<T> outcomes = new ArrayList<>(sources.size());
        inParallel(sources, task, progress, onFailure, (k, outcome) -> outcomes.add(outcome));
        return outcomes;
    }

    /**
     * {@code task} for every source on the pool, each result given to {@code each} on this thread in the order of
     * the sources (with its index) as soon as it and those before it are done, and not kept.
     */
    private <T> void inParallel(List<Source> sources, Function<Source, T> task, Progress progress,
            BiFunction<Source, Throwable, T> onFailure, BiConsumer<Integer, T> each) {
        int poolSize = Math.min(threads, sources.size());
        if (poolSize <= 1) {
            for (int i = 0; i < sources.size(); i++) {
                T outcome = task.apply(sources.get(i));
                progress.advance();
                each.accept(i, outcome);
            }
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "copydesk-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Source source : sources) {
                futures.add(pool.submit(() -> {
                    try {
                        return task.apply(source);
                    } finally {
                        progress.advance();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                T outcome = await(futures.get(i), sources.get(i), onFailure);
                futures.set(i, null); // what the consumer does not keep can go
                each.accept(i, outcome);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future, Source source, BiFunction<Source, Throwable, T> onFailure) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return onFailure.apply(source, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return onFailure.apply(source, e);
        }
    }
}
