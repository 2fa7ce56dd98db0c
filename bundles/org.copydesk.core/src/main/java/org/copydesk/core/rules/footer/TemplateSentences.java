package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first of many fixed phrases in a piece of a line, as one alternation of them all would, at the cost of
 * a few of them. Each phrase is filed under a word it cannot match without (its longest whole word outside any
 * group, found in the phrase's own source), so a piece is matched only against the phrases whose word it holds;
 * a phrase with no such word is tried on every piece. Almost every line a check reads is prose, which holds none
 * of those words, and trying every phrase at every word of it was most of the footer rule's cost.
 *
 * <p>A phrase starting with {@code ^} must start the piece; the others start at a word boundary. The match is the
 * leftmost, and of phrases matching at the same place the first given, the phrases starting with {@code ^} first:
 * what {@code ^(?:A|B)|\b(?:C|D)} finds.
 */
final class TemplateSentences {
    private final Pattern[] patterns;
    /** The phrases filed under each word, in an open-addressed table looked up by a word's place in the piece. */
    private final String[] words;
    private final int[][] filed;
    private final int mask;
    private final int[] everywhere;

    TemplateSentences(int flags, List<String> phrases) {
        List<String> ordered = new ArrayList<>();
        phrases.stream().filter(p -> p.startsWith("^")).forEach(ordered::add);
        phrases.stream().filter(p -> !p.startsWith("^")).forEach(ordered::add);
        patterns = new Pattern[ordered.size()];
        List<Integer> unfiled = new ArrayList<>();
        Map<String, int[]> byWord = new HashMap<>();
        for (int i = 0; i < patterns.length; i++) {
            String phrase = ordered.get(i);
            patterns[i] = Pattern.compile(phrase.startsWith("^") ? "^(?:" + phrase.substring(1) + ")" : "\\b(?:" + phrase + ")", flags);
            String word = requiredWord(phrase);
            if (word == null) {
                unfiled.add(i);
            } else {
                byWord.merge(word, new int[] {i}, TemplateSentences::concat);
            }
        }
        everywhere = unfiled.stream().mapToInt(Integer::intValue).toArray();
        int size = Integer.highestOneBit(Math.max(4, byWord.size()) * 2) * 2; // at most a quarter full: short probes
        words = new String[size];
        filed = new int[size][];
        mask = size - 1;
        for (Map.Entry<String, int[]> entry : byWord.entrySet()) {
            String word = entry.getKey();
            int slot = spread(word.hashCode()) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            filed[slot] = entry.getValue();
        }
    }

    /** The first phrase in {@code segment}, or null; {@code lower} is the segment in lower case. */
    MatchResult find(String segment, String lower) {
        Matcher best = null;
        int bestIndex = -1;
        for (int i : everywhere) {
            Matcher m = patterns[i].matcher(segment);
            if (m.find() && isBefore(m, i, best, bestIndex)) {
                best = m;
                bestIndex = i;
            }
        }
        int length = lower.length();
        int at = 0;
        while (at < length) {
            while (at < length && !isLetter(lower.charAt(at))) {
                at++;
            }
            int start = at;
            int hash = 0;
            while (at < length && isLetter(lower.charAt(at))) {
                hash = 31 * hash + lower.charAt(at);
                at++;
            }
            int[] phrases = at > start ? filedUnder(lower, start, at, hash) : null;
            if (phrases != null) {
                for (int i : phrases) {
                    Matcher m = patterns[i].matcher(segment);
                    if (m.find() && isBefore(m, i, best, bestIndex)) {
                        best = m;
                        bestIndex = i;
                    }
                }
            }
        }
        return best;
    }

    /** The phrases filed under the word {@code lower[start, end)}, whose {@link String#hashCode} is {@code hash}; null if none. */
    private int[] filedUnder(String lower, int start, int end, int hash) {
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String word = words[slot];
            if (word.length() == end - start && lower.startsWith(word, start)) {
                return filed[slot];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** {@link Character#isLetter(char)}, without its table look-up for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isBefore(Matcher m, int index, Matcher best, int bestIndex) {
        return best == null || m.start() < best.start() || m.start() == best.start() && index < bestIndex;
    }

    /**
     * The longest word the phrase matches only where the text holds it as a whole word: letters outside any group
     * or character class, with nothing next to them that could make them part of a longer word (a quantifier, a
     * wildcard, a class, an escape other than a boundary or a space, a group, unless it ends in a space and starts
     * after one, like {@code (?:now )?}). Null if the phrase has none, or offers alternatives at its top level.
     */
    static String requiredWord(String phrase) {
        String source = phrase.startsWith("^") ? phrase.substring(1) : phrase;
        StringBuilder plain = new StringBuilder(); // the phrase at depth 0, '\0' where anything may stand
        int depth = 0;
        int groupAt = -1; // where the open top-level group starts in plain
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                char escaped = source.charAt(++i);
                boolean boundary = escaped == 'b' || escaped == 's' || !Character.isLetterOrDigit(escaped);
                plain.append(depth == 0 && !inClass && boundary ? ' ' : '\0');
            } else if (inClass || c == '[') {
                inClass = c != ']';
                plain.append('\0');
            } else if (c == '(') {
                if (depth++ == 0) {
                    groupAt = plain.length();
                }
                plain.append('\0');
            } else if (c == ')') {
                plain.append('\0');
                if (--depth == 0 && source.charAt(i - 1) == ' ' && (groupAt == 0 || plain.charAt(groupAt - 1) == ' ')) {
                    // a group that ends in a space, after a space: whatever it holds, what follows starts a word
                    plain.setLength(groupAt);
                    plain.append(' ');
                    i += i + 1 < source.length() && source.charAt(i + 1) == '?' ? 1 : 0;
                }
            } else if (depth == 0 && c == '|') {
                return null;
            } else {
                plain.append(depth > 0 || "?*+{}.$".indexOf(c) >= 0 ? '\0' : c);
            }
        }
        String best = null;
        int i = 0;
        while (i < plain.length()) {
            int start = i;
            while (i < plain.length() && Character.isLetter(plain.charAt(i))) {
                i++;
            }
            boolean whole = i > start && (start == 0 || plain.charAt(start - 1) != '\0')
                    && (i == plain.length() || plain.charAt(i) != '\0');
            if (whole && (best == null || i - start > best.length())) {
                best = plain.substring(start, i).toLowerCase(Locale.ROOT);
            }
            i = Math.max(i, start + 1);
        }
        return best;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
