package org.copydesk.core.rules.footer;

import java.util.List;

import org.copydesk.core.text.CharClass;

/**
 * How text reads, by its small words: as a sentence (enough words, enough articles, pronouns and auxiliaries,
 * a full stop), a headline in title case, a name (capitalized words, "&", "Inc."), a list of tags. Labels,
 * headlines and lists of links nearly lack the small words prose is made of; German prose capitalizes its nouns
 * but never its articles.
 */
final class ProseTest {
    private static final ChromeVocabulary VOCABULARY = ChromeVocabulary.get();

    private static final CharClass CLOSING = CharClass.of("\"”’')");
    private static final CharClass ENDS = CharClass.of(".!?…");

    private ProseTest() {
    }

    /**
     * Reads as a sentence: enough words, and enough of them function words ("the", "is", "of"), which labels,
     * headlines and lists of links nearly lack. A title in title case is a label, however long.
     */
    static boolean readsAsProse(LineWords words, String text) {
        int n = words.wordCount();
        if (n >= 30) {
            return true;
        }
        if (n < 5) {
            return false;
        }
        int function = functionWords(words, false);
        if (isTitleCase(words) && n < 20) {
            // "Apple's New iPad Mini As An Awesome Music Device": a headline, however many small words it has
            return false;
        }
        double ratio = (double) function / n;
        boolean endsSentence = endsSentence(text);
        if (endsSentence && text.strip().endsWith("?") && n < 10) {
            // "When do binomial coefficients have integer roots?": a post's title as often as a question
            return false;
        }
        // a headline ("How news orgs plan to avoid bad calls") has no full stop; a sentence has, however short
        // ("The last boat leaves at eleven.")
        return n >= 8 && ratio >= 0.25 && (endsSentence || n >= 14) || endsSentence && function >= 2
                || n >= 15 && ratio >= 0.15;
    }

    /**
     * Title case: nearly every word capitalized, the small words too ("In The New Issue Of"). German prose
     * capitalizes its nouns but not its articles and prepositions, so it is never title case.
     */
    private static boolean isTitleCase(LineWords words) {
        int content = 0;
        int contentCapitalized = 0;
        int small = 0;
        int smallCapitalized = 0;
        boolean first = true;
        for (LineWords.Word word : words.words()) {
            if (!word.isWord()) {
                continue;
            }
            if (VOCABULARY.isFunctionWord(word.lower())) {
                if (!first) {
                    small++;
                    smallCapitalized += word.capitalized() ? 1 : 0;
                }
            } else {
                content++;
                contentCapitalized += word.capitalized() ? 1 : 0;
            }
            first = false;
        }
        return content > 0 && contentCapitalized * 10 >= content * 8 && smallCapitalized * 2 >= small;
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.has(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && ENDS.has(text.charAt(end - 1));
    }

    static int functionWords(LineWords words, boolean exceptJoining) {
        int count = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && VOCABULARY.isFunctionWord(word.lower()) && !(exceptJoining && VOCABULARY.isJoining(word.lower()))) {
                count++;
            }
        }
        return count;
    }

    static int lowercaseContent(LineWords words) {
        int count = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && !word.capitalized() && !VOCABULARY.isFunctionWord(word.lower()) && VOCABULARY.term(word.lower()) == null) {
                count++;
            }
        }
        return count;
    }

    /**
     * A holder's or a site's name: capitalized words, "&", "Inc.", domains, with at most the small words names
     * have ("of", "the", "and") and hardly a lower-case word, so no sentence reads on after a copyright sign.
     */
    static boolean isNameLike(String text) {
        LineWords words = LineWords.of(text);
        int lower = 0;
        int n = 0;
        for (LineWords.Word word : words.words()) {
            if (!word.isWord()) {
                continue;
            }
            n++;
            String w = word.lower();
            if (VOCABULARY.isFunctionWord(w)) {
                if (!(w.equals("the") || w.equals("of") || w.equals("and") || w.equals("by") || w.equals("for") || w.equals("de")
                        || w.equals("la") || w.equals("le") || w.equals("du") || w.equals("des") || w.equals("der") || w.equals("die")
                        || w.equals("das") || w.equals("und") || w.equals("von") || w.equals("et") || w.equals("in") || w.equals("a"))) {
                    return false;
                }
            } else if (!word.capitalized() && !hasInnerCapital(word.text()) && VOCABULARY.term(w) == null) {
                lower++;
            }
        }
        return n <= 14 && lower <= 1 + n / 5;
    }

    /** A comma- or separator-separated list of names or tags, not a sentence. */
    static boolean isListLike(String text) {
        LineWords words = LineWords.of(text);
        if (readsAsProse(words, text) || functionWords(words, true) > 1) {
            return false;
        }
        return text.indexOf(',') >= 0 || words.wordCount() <= 4 || isNameLike(text);
    }

    /** An auxiliary or modal verb: what is around a chrome phrase is a clause of a sentence, not a title or a name. */
    static boolean hasVerb(LineWords words) {
        for (LineWords.Word word : words.words()) {
            switch (word.lower()) {
                case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
                        "may", "might", "must", "does", "did", "ist", "sind", "war", "wird", "wurde", "hat", "est", "sont", "était", "a" -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last word of {@code before} is a name ("Picture Window", "Thesis WordPress"), not "A" or "and". */
    static boolean isNamed(String before) {
        List<LineWords.Word> words = LineWords.of(before).words();
        if (words.isEmpty()) {
            return false;
        }
        LineWords.Word last = words.get(words.size() - 1);
        return last.capitalized() && !VOCABULARY.isFunctionWord(last.lower());
    }
}
