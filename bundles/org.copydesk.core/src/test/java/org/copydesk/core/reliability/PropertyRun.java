package org.copydesk.core.reliability;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over generated drafts, each from a seed of its own. A failure is shrunk to a small draft that
 * still fails ({@link Shrinker}) and reported with the seed that reproduces it. Two system properties steer a
 * run: {@value #TRIES} (how many drafts, {@value #DEFAULT_TRIES} by default) and {@value #SEED} (the first seed;
 * random by default, so every run covers new ground).
 */
final class PropertyRun {
    static final String TRIES = "copydesk.property.tries";
    static final String SEED = "copydesk.property.seed";
    static final int DEFAULT_TRIES = 400;
    /** No property may take this long on one small draft: the engine is linear. */
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private PropertyRun() {
    }

    static void forAll(String name, Gen<Draft> drafts, Consumer<Draft> property) {
        int tries = Integer.getInteger(TRIES, DEFAULT_TRIES);
        long first = Long.getLong(SEED, new Random().nextLong());
        long start = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < tries; i++) {
            long seed = first + i * SEED_STEP;
            Draft draft = drafts.generate(new Random(seed));
            chars += draft.text().length();
            long before = System.nanoTime();
            try {
                property.accept(draft);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                Draft minimal = Shrinker.shrink(draft, property, e.getClass());
                throw new AssertionError(name + " fails on draft " + (i + 1) + " of " + tries + "; rerun it with -D" + SEED + "="
                        + seed + " -D" + TRIES + "=1\n  shrunk:   " + minimal + "\n  original: " + draft + "\n  " + e, e);
            }
            if (System.nanoTime() - before > SLOW_NANOS) {
                throw new AssertionError(name + " took " + (System.nanoTime() - before) / 1_000_000 + " ms on " + draft);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d drafts (%,d chars) in %.1f s, %,.0f drafts/s, first seed %d%n", name, tries, chars, seconds,
                tries / seconds, first);
    }
}
