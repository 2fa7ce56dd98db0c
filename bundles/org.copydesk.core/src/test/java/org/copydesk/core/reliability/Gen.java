package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of test values from a seeded {@link Random}: the same seed gives the same value, so a failing
 * case is reproduced from the seed a failure report names.
 */
@FunctionalInterface
interface Gen<T> {
    T generate(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(generate(random));
    }

    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int size = min + random.nextInt(max - min + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(generate(random));
            }
            return values;
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return oneOf(List.of(values));
    }

    static <T> Gen<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    static <E extends Enum<E>> Gen<E> oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** True once in {@code n} times. */
    static Gen<Boolean> oneIn(int n) {
        return random -> random.nextInt(n) == 0;
    }

    /** Any UTF-16 code units: lone surrogates, controls and unassigned characters too. */
    static Gen<String> anyChars(int min, int max) {
        return random -> {
            char[] chars = new char[min + random.nextInt(max - min + 1)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
            }
            return new String(chars);
        };
    }

    static <T> Weighted<T> weighted() {
        return new Weighted<>();
    }

    /** Picks one of several values or generators, each as often as its weight says. */
    final class Weighted<T> implements Gen<T> {
        private final List<Gen<T>> choices = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();
        private int total;

        public Weighted<T> value(int weight, T value) {
            return gen(weight, constant(value));
        }

        public Weighted<T> gen(int weight, Gen<? extends T> gen) {
            choices.add(gen::generate);
            weights.add(weight);
            total += weight;
            return this;
        }

        @Override
        public T generate(Random random) {
            int pick = random.nextInt(total);
            for (int i = 0; i < choices.size(); i++) {
                pick -= weights.get(i);
                if (pick < 0) {
                    return choices.get(i).generate(random);
                }
            }
            throw new IllegalStateException("no choices");
        }
    }
}
