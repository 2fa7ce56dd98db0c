package org.copydesk.core.rules.footer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words chrome is made of ({@code chrome-words.tsv}) and the function words prose is made of
 * ({@code function-words.txt}), both read once: data, so that a platform's label is a one-line change.
 */
final class ChromeVocabulary {
    static final String TERMS = "chrome-words.tsv";
    static final String FUNCTION_WORDS = "function-words.txt";
    private static final int LONGEST_PHRASE = 5;

    /** A chrome phrase: its family, whether it is enough on its own, and how many words it spans. */
    record Term(ChromeKind kind, boolean strong, int length) {
    }

    /**
     * Words that join chrome labels without being evidence of anything ("Follow us on Twitter", "Subscribe to
     * our newsletter", "Email this to a friend").
     */
    private static final Set<String> JOINING = Set.of("to", "on", "us", "via", "our", "my", "the", "this", "of", "for",
            "by", "with", "at", "in", "your", "a", "an", "&", "and", "or", "me", "it", "now", "here", "up", "all",
            "und", "mit", "auf", "uns", "et", "sur", "nous", "par", "le", "la", "les", "de", "du", "des", "cet", "à",
            // what chrome labels are about: "Rate this blog", "Email this story", "Print this page"
            "blog", "post", "posts", "page", "article", "articles", "story", "stories", "site", "entry", "entries", "also", "see", "other",
            "view");

    private static final ChromeVocabulary INSTANCE = new ChromeVocabulary();

    private final Map<String, Term> terms = new HashMap<>();
    private final Set<String> functionWords = new HashSet<>();

    private ChromeVocabulary() {
        for (String line : lines(TERMS)) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(TERMS + ": expected 3 tab-separated columns: " + line);
            }
            String phrase = cells[0].strip();
            int length = phrase.split(" ").length;
            if (length > LONGEST_PHRASE) {
                throw new IllegalStateException(TERMS + ": more than " + LONGEST_PHRASE + " words: " + phrase);
            }
            terms.put(phrase, new Term(ChromeKind.parse(cells[1]), "strong".equals(cells[2].strip()), length));
        }
        for (String line : lines(FUNCTION_WORDS)) {
            functionWords.add(line.strip());
        }
    }

    static ChromeVocabulary get() {
        return INSTANCE;
    }

    /** The longest chrome phrase starting at word {@code i}, or null. */
    Term termAt(List<LineWords.Word> words, int i) {
        StringBuilder phrase = new StringBuilder();
        Term longest = null;
        for (int j = i; j < words.size() && j < i + LONGEST_PHRASE; j++) {
            if (j > i) {
                phrase.append(' ');
            }
            phrase.append(words.get(j).lower());
            Term term = terms.get(phrase.toString());
            if (term != null) {
                longest = term;
            }
        }
        return longest;
    }

    /** The term a single word is, or null. */
    Term term(String lower) {
        Term term = terms.get(lower);
        return term != null && term.length() == 1 ? term : null;
    }

    boolean isFunctionWord(String lower) {
        if (functionWords.contains(lower)) {
            return true;
        }
        // French elision: l'homme, d'abord, qu'il
        int apostrophe = lower.indexOf('\'') >= 0 ? lower.indexOf('\'') : lower.indexOf('\u2019');
        return apostrophe > 0 && apostrophe <= 3 && functionWords.contains(lower.substring(0, apostrophe) + "'");
    }

    boolean isJoining(String lower) {
        return JOINING.contains(lower);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ChromeVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
