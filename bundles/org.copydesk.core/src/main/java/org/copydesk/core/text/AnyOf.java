package org.copydesk.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A few strings, any of which may occur in a text: the prefilters in front of costlier patterns. One pass over
 * the text, trying only the strings that start with the character at hand, does the work of one
 * {@code contains} per string.
 */
public final class AnyOf {
    private final String[][] byFirst;
    private final CharClass firsts;

    private AnyOf(String[][] byFirst, CharClass firsts) {
        this.byFirst = byFirst;
        this.firsts = firsts;
    }

    /** The strings {@code needles}, none of them empty. */
    public static AnyOf of(List<String> needles) {
        StringBuilder firsts = new StringBuilder();
        int max = 0;
        for (String needle : needles) {
            firsts.append(needle.charAt(0));
            max = Math.max(max, needle.charAt(0));
        }
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c <= max; c++) {
            lists.add(new ArrayList<>());
        }
        for (String needle : needles) {
            lists.get(needle.charAt(0)).add(needle);
        }
        String[][] byFirst = new String[max + 1][];
        for (int c = 0; c <= max; c++) {
            byFirst[c] = lists.get(c).toArray(String[]::new);
        }
        return new AnyOf(byFirst, CharClass.of(firsts.toString()));
    }

    /** Whether {@code text} contains one of the strings. */
    public boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (firsts.has(c)) {
                for (String needle : byFirst[c]) {
                    if (text.startsWith(needle, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
