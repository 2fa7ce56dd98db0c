package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Runs a property over generated values, each from a seed of its own. A failing draft is shrunk to a small one
 * that still fails ({@link Shrinker}); every failure is reported with the seed that reproduces it. System
 * properties steer a run: {@value #TRIES} (how many values, {@value #DEFAULT_TRIES} by default), {@value #SEED}
 * (the first seed; random by default, so every run covers new ground) and {@value #THREADS} (1 by default).
 */
final class PropertyRun {
    static final String TRIES = "copydesk.property.tries";
    static final String SEED = "copydesk.property.seed";
    static final String THREADS = "copydesk.property.threads";
    static final int DEFAULT_TRIES = 3_000;
    /** No property may take this long on one small value: the engine is linear. */
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private PropertyRun() {
    }

    static void forAll(String name, Gen<Draft> drafts, Consumer<Draft> property) {
        run(name, drafts, property, draft -> Shrinker.shrink(draft, property), draft -> draft.text().length());
    }

    static <T> void forAllValues(String name, Gen<T> values, Consumer<T> property) {
        run(name, values, property, UnaryOperator.identity(), value -> 0);
    }

    private static <T> void run(String name, Gen<T> values, Consumer<T> property, UnaryOperator<T> shrinker,
            java.util.function.ToIntFunction<T> size) {
        int tries = Integer.getInteger(TRIES, DEFAULT_TRIES);
        int threads = Math.max(1, Integer.getInteger(THREADS, 1));
        long first = Long.getLong(SEED, new Random().nextLong());
        long start = System.nanoTime();
        AtomicLong chars = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    for (int i = thread; i < tries; i += threads) {
                        long seed = first + i * SEED_STEP;
                        T value = values.generate(new Random(seed));
                        chars.addAndGet(size.applyAsInt(value));
                        tryOne(name, property, shrinker, value, seed, i, tries);
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d cases (%,d chars) in %.1f s, %,.0f cases/s, %d thread(s), first seed %d%n", name, tries,
                chars.get(), seconds, tries / seconds, threads, first);
    }

    private static <T> void tryOne(String name, Consumer<T> property, UnaryOperator<T> shrinker, T value, long seed, int i,
            int tries) {
        long before = System.nanoTime();
        try {
            property.accept(value);
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            T minimal = shrinker.apply(value);
            throw new AssertionError(name + " fails on case " + (i + 1) + " of " + tries + "; rerun it with -D" + SEED + "="
                    + seed + " -D" + TRIES + "=1\n  shrunk:   " + minimal + "\n  original: " + value + "\n  " + e, e);
        }
        long elapsed = System.nanoTime() - before;
        if (elapsed > SLOW_NANOS) {
            throw new AssertionError(name + " took " + elapsed / 1_000_000 + " ms on " + value + " (seed " + seed + ")");
        }
    }
}
