package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copydesk.core.text.CharClass;

/**
 * The words of one normalized line, as the chrome classifier reads them: words, numbers (years, times, dates,
 * counts), links (URLs, domains, mail addresses), handles and hashtags, with the separators between them
 * ({@code |}, {@code •}, {@code »}) counted. Punctuation around a word is dropped; a word keeps its case.
 */
final class LineWords {
    enum Type { WORD, NUMBER, LINK, HANDLE, HASHTAG }

    /** One word; {@code text} as written, {@code lower} for lookups. */
    record Word(String text, String lower, Type type) {
        boolean isWord() {
            return type == Type.WORD;
        }

        boolean capitalized() {
            return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
        }

        /** Lower case followed by upper case inside the word: labels run together ({@code ThisBlogThis!Share}). */
        boolean runTogether() {
            for (int i = 1; i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i)) && (Character.isLowerCase(text.charAt(i - 1)) || text.charAt(i - 1) == '!')) {
                    return true;
                }
            }
            return false;
        }

        /** The pieces of a word whose labels ran together: {@code TwitterShare} gives twitter, share. */
        List<String> pieces() {
            List<String> pieces = new ArrayList<>();
            int from = 0;
            for (int i = 1; i <= text.length(); i++) {
                boolean cut = i == text.length() || Character.isUpperCase(text.charAt(i))
                        && (Character.isLowerCase(text.charAt(i - 1)) || text.charAt(i - 1) == '!');
                if (cut) {
                    String piece = strip(text.substring(from, i)).toLowerCase(Locale.ROOT);
                    if (!piece.isEmpty()) {
                        pieces.add(piece);
                    }
                    from = i;
                }
            }
            return pieces;
        }
    }

    private static final CharClass SEPARATORS = CharClass.of("|•·»«›‹–—-/►▼▶◄→←★☆♦●◦▪■□:~+");
    private static final CharClass LEADING = CharClass.of("\"“”‘’'([{<*¿¡");
    private static final CharClass TRAILING = CharClass.of("\"“”‘’')]}>.,;:!?…*");

    private final List<Word> words;
    private final int separators;

    private LineWords(List<Word> words, int separators) {
        this.words = List.copyOf(words);
        this.separators = separators;
    }

    static LineWords of(String line) {
        List<Word> words = new ArrayList<>();
        int separators = 0;
        int i = 0;
        int length = line.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            boolean bar = false;
            while (i < length && !Character.isWhitespace(line.charAt(i))) {
                bar |= line.charAt(i) == '|';
                i++;
            }
            if (start == i) {
                break;
            }
            if (bar && i - start > 1) {
                // "Email|Print|Share": each piece between the bars is read apart, the bars are separators
                int from = start;
                for (int at = start; at <= i; at++) {
                    if (at == i || line.charAt(at) == '|') {
                        separators += (at < i ? 1 : 0) + add(line, from, at, words);
                        from = at + 1;
                    }
                }
            } else {
                separators += add(line, start, i, words);
            }
        }
        return new LineWords(words, separators);
    }

    /** Adds the word {@code line[start, end)} holds, if any; returns 1 if it is a separator instead. */
    private static int add(String line, int start, int end, List<Word> words) {
        if (start < end && isAll(line, start, end, SEPARATORS)) {
            return 1;
        }
        int from = start;
        int to = end;
        while (from < to && LEADING.has(line.charAt(from))) {
            from++;
        }
        while (to > from && TRAILING.has(line.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return 0;
        }
        String text = line.substring(from, to);
        String lower = text.toLowerCase(Locale.ROOT);
        words.add(new Word(text, lower, typeOf(text, lower)));
        return 0;
    }

    static String strip(String chunk) {
        int from = 0;
        int to = chunk.length();
        while (from < to && LEADING.has(chunk.charAt(from))) {
            from++;
        }
        while (to > from && TRAILING.has(chunk.charAt(to - 1))) {
            to--;
        }
        return chunk.substring(from, to);
    }

    private static Type typeOf(String text, String lower) {
        char first = text.charAt(0);
        if (first == '@' && text.length() > 1) {
            return Type.HANDLE;
        }
        if (first == '#' && text.length() > 1 && Character.isLetter(text.charAt(1))) {
            return Type.HASHTAG;
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                || text.indexOf('@') > 0 || isDomain(lower)) {
            return Type.LINK;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter && !isOrdinalOrTime(lower) ? Type.WORD : Type.NUMBER;
    }

    /** {@code example.com}, {@code blog.example.co.uk/path}: a name, a dot, and two to six letters. */
    private static boolean isDomain(String lower) {
        int slash = lower.indexOf('/');
        String host = slash > 0 ? lower.substring(0, slash) : lower;
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1) {
            return false;
        }
        String tld = host.substring(dot + 1);
        if (tld.length() < 2 || tld.length() > 6) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (tld.charAt(i) < 'a' || tld.charAt(i) > 'z') {
                return false;
            }
        }
        for (int i = 0; i < dot; i++) {
            char c = host.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        // "e.g", "U.S", "a.m": letters between dots are abbreviations, not hosts
        return host.substring(0, dot).replace(".", "").length() > 2 && tld.length() >= 2 && !"etc".equals(tld);
    }

    /** 9th, 21st, 10:02pm, 8:27am: numbers with a suffix. */
    private static boolean isOrdinalOrTime(String lower) {
        if (!Character.isDigit(lower.charAt(0))) {
            return false;
        }
        int i = 0;
        while (i < lower.length() && (Character.isDigit(lower.charAt(i)) || ":.,/-".indexOf(lower.charAt(i)) >= 0)) {
            i++;
        }
        String suffix = lower.substring(i);
        return switch (suffix) {
            case "st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "h", "er", "e", "k" -> true;
            default -> false;
        };
    }

    private static boolean isAll(String line, int start, int end, CharClass chars) {
        for (int i = start; i < end; i++) {
            if (!chars.has(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    List<Word> words() {
        return words;
    }

    int separators() {
        return separators;
    }

    /** Words with letters, the measure of a line's length. */
    int wordCount() {
        int count = 0;
        for (Word word : words) {
            if (word.isWord()) {
                count++;
            }
        }
        return count;
    }
}
