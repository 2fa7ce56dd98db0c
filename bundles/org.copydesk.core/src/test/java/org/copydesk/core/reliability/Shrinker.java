package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes a failing draft small: removes ever smaller chunks of lines, then of characters, as long as the property
 * still fails the same way (delta debugging). The result is what a regression test can hold.
 */
final class Shrinker {
    /** Property runs one shrink may make: enough for a few kilobytes, bounded for a pathological case. */
    private static final int BUDGET = 5_000;

    private Shrinker() {
    }

    /** The smallest draft found that fails {@code property} as {@code draft} does (with the same exception class). */
    static Draft shrink(Draft draft, Consumer<Draft> property) {
        Class<? extends Throwable> failure = failureOf(draft, property);
        return failure == null ? draft : shrink(draft, property, failure);
    }

    private static Class<? extends Throwable> failureOf(Draft draft, Consumer<Draft> property) {
        try {
            property.accept(draft);
            return null;
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            return e.getClass();
        }
    }

    static Draft shrink(Draft draft, Consumer<Draft> property, Class<? extends Throwable> failure) {
        int[] runs = {0};
        String text = draft.text();
        text = String.join("", shrink(pieces(text, true), draft, property, failure, runs));
        text = String.join("", shrink(pieces(text, false), draft, property, failure, runs));
        return new Draft(draft.format(), text, draft.chrome());
    }

    /** Lines with their line breaks, or single characters (a surrogate pair kept whole). */
    private static List<String> pieces(String text, boolean lines) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = lines ? text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')
                    : !(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
            if (end) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    private static List<String> shrink(List<String> pieces, Draft draft, Consumer<Draft> property,
            Class<? extends Throwable> failure, int[] runs) {
        List<String> current = pieces;
        int chunk = Math.max(1, current.size() / 2);
        while (chunk >= 1 && runs[0] < BUDGET) {
            boolean removed = false;
            for (int from = 0; from < current.size() && runs[0] < BUDGET; ) {
                List<String> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                runs[0]++;
                if (fails(new Draft(draft.format(), String.join("", candidate), draft.chrome()), property, failure)) {
                    current = candidate;
                    removed = true;
                } else {
                    from += chunk;
                }
            }
            if (!removed) {
                chunk /= 2;
            }
        }
        return current;
    }

    private static boolean fails(Draft draft, Consumer<Draft> property, Class<? extends Throwable> failure) {
        try {
            property.accept(draft);
            return false;
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            return failure.isInstance(e);
        }
    }
}
