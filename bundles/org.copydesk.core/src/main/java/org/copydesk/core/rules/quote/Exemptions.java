package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * Quotation marks that hold no quotation to attribute: titles of works and names ({@code the album "Kind of
 * Blue"}, {@code a band called "Low"}, {@code the "America First" slogan}), words mentioned as words
 * ({@code the term "denuclearization"}, {@code so-called}), nicknames inside a name ({@code Dwayne "The Rock"
 * Johnson}), and marks around something that is not prose at all (a path, a handle, a single letter).
 */
final class Exemptions {
    private static final int LONGEST_TITLE_WORDS = 8;
    private static final int LONGEST_NICKNAME_WORDS = 4;
    private static final int NAMING_DISTANCE = 4;

    private final String text;
    private final Lexicon lexicon;

    Exemptions(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    /**
     * A title word right before quotation token {@code k}: {@code the term "…"}, {@code known as "…"}, or before
     * the words that give examples of it: {@code headlines such as "…"}. A comma between them breaks the link
     * ({@code a hymn she sang, "the first music I knew"}).
     */
    boolean titleBefore(ParagraphTokens tokens, int k) {
        int t = k - 1;
        if (t < 0 || !tokens.isWord(t) || !onlyPunctuation(tokens.end(t), tokens.start(k), ":(", 3)) {
            return false;
        }
        int beforeExamples = beforeExamples(tokens, t);
        return isTitleAt(tokens, t) || beforeExamples >= 0 && isTitleAt(tokens, beforeExamples);
    }

    /** The word before {@code such as}, {@code like}, {@code including} ending at token {@code t}, or -1. */
    private int beforeExamples(ParagraphTokens tokens, int t) {
        String word = tokens.word(t);
        if ((lexicon.kind(word) & Lexicon.EXAMPLES_END) == 0) {
            return -1;
        }
        int before = -1;
        if (lexicon.examples.containsWord(word)) {
            before = t - 1;
        }
        for (String[] phrase : lexicon.examples.keyedBy(word)) {
            if (matchesBackward(tokens, t, phrase)) {
                before = t - phrase.length;
            }
        }
        return before >= 0 && tokens.isWord(before) && tokens.sentence(before) == tokens.sentence(t)
                && onlyPunctuation(tokens.end(before), tokens.start(before + 1), ",", 2) ? before : -1;
    }

    private boolean isTitleAt(ParagraphTokens tokens, int t) {
        String word = tokens.word(t);
        if (lexicon.isTitleWord(word)) {
            return true;
        }
        for (String[] phrase : lexicon.titles.keyedBy(word)) {
            if (matchesBackward(tokens, t, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A naming verb a few words before quotation token {@code k}: {@code locals nicknamed the bridge "…"}. */
    boolean namedBefore(ParagraphTokens tokens, int k) {
        for (int t = k - 1; t >= 0 && k - t <= NAMING_DISTANCE && tokens.sentence(t) == tokens.sentence(k); t--) {
            if (tokens.isWord(t) && lexicon.naming.contains(tokens.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** A name word right after quotation token {@code k}: {@code the "America First" slogan}. */
    boolean titleAfter(ParagraphTokens tokens, int k) {
        int t = k + 1;
        return t < tokens.size() && tokens.isWord(t) && onlyPunctuation(tokens.end(k), tokens.start(t), "", 2)
                && lexicon.titlesAfter.contains(tokens.word(t));
    }

    /** {@code Earvin "Magic" Johnson}: a short capitalised quotation between two parts of a name. */
    boolean nickname(ParagraphTokens tokens, int k, Quotation quotation) {
        int before = k - 1;
        int after = k + 1;
        if (before < 0 || after >= tokens.size() || !isNamePart(tokens, before) || !isNamePart(tokens, after)
                || !onlyPunctuation(tokens.end(before), tokens.start(k), "", 1)
                || !onlyPunctuation(tokens.end(k), tokens.start(after), "", 1)) {
            return false;
        }
        Quotation.Part part = quotation.first();
        int first = Chars.skipWhitespace(text, part.openEnd(), part.close());
        return first < part.close() && Character.isUpperCase(text.charAt(first))
                && quotation.wordCount(text) <= LONGEST_NICKNAME_WORDS;
    }

    private boolean isNamePart(ParagraphTokens tokens, int t) {
        return tokens.isWord(t) && tokens.isCapitalized(t) && !lexicon.functionWords.contains(tokens.word(t));
    }

    /**
     * A short quotation in title case, not standing alone at a sentence's start: {@code his "Kind of Blue"}.
     * Languages that capitalise nouns (German) do not use this test.
     */
    boolean titleCase(Quotation quotation, boolean startsSentence) {
        if (!lexicon.titleCase || quotation.isMultiParagraph()) {
            return false;
        }
        Quotation.Part part = quotation.first();
        int from = part.openEnd();
        int to = Chars.trimEnd(text, from, part.close());
        if (to > from && (text.charAt(to - 1) == ',' || text.charAt(to - 1) == '.')) {
            to--;
        }
        int words = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !Chars.isSpace(text.charAt(j))) {
                j++;
            }
            if (!titleWord(i, j)) {
                return false;
            }
            words++;
            i = j;
        }
        return words > 0 && words <= LONGEST_TITLE_WORDS && (words >= 2 || !startsSentence);
    }

    /**
     * One whitespace-separated chunk of a title: capitalised, or a function word, with no sentence stop inside
     * but an initial ({@code J.}) or a closing question or exclamation mark ({@code "Trumped! The Inside Story"}).
     */
    private boolean titleWord(int from, int to) {
        int letter = from;
        while (letter < to && !Character.isLetterOrDigit(text.charAt(letter))) {
            letter++;
        }
        if (letter == to) {
            return true;
        }
        for (int i = letter; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !endsChunk(i, to) && !isInitial(letter, i)) {
                return false;
            }
        }
        char first = text.charAt(letter);
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
            return true;
        }
        int end = letter;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return lexicon.functionWords.contains(text.substring(letter, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** A question or exclamation mark closing a chunk. */
    private boolean endsChunk(int i, int to) {
        return i == to - 1 && text.charAt(i) != '.';
    }

    /** {@code J.} in {@code "The Many Lives of Donald J. Trump"}. */
    private boolean isInitial(int letter, int i) {
        return i == letter + 1 && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(letter));
    }

    /** A quotation of one word that only does grammar ("we", "the"): it can echo no one in particular. */
    boolean grammarWord(Quotation quotation) {
        if (quotation.isMultiParagraph()) {
            return false;
        }
        java.util.List<String> words = Words.split(quotation.content(text));
        if (words.size() != 1) {
            return false;
        }
        String word = words.get(0);
        return lexicon.functionWords.contains(word) || lexicon.stopwords.contains(word) || lexicon.pronouns.contains(word)
                || lexicon.subjects.contains(word) || lexicon.determiners.contains(word) || lexicon.prepositions.contains(word)
                || lexicon.conjunctions.contains(word) || lexicon.auxiliaries.contains(word);
    }

    /** Not prose: no two letters in a row, or one chunk shaped like a path, a handle, a tag or code. */
    boolean notProse(Quotation quotation) {
        Quotation.Part part = quotation.first();
        if (quotation.isMultiParagraph()) {
            return false;
        }
        int letters = 0;
        boolean space = false;
        boolean symbol = false;
        for (int i = part.openEnd(); i < part.close(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Chars.isSpace(c)) {
                space = true;
            } else if ("/\\@#=<>{}[]_|$%^~".indexOf(c) >= 0) {
                symbol = true;
            }
        }
        return letters < 2 || !space && symbol;
    }

    private boolean matchesBackward(ParagraphTokens tokens, int t, String[] phrase) {
        for (int i = 1; i < phrase.length; i++) {
            int u = t - i;
            if (u < 0 || !tokens.isWord(u) || !tokens.word(u).equals(phrase[phrase.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code [from, to)} holds only whitespace and the given punctuation, and is at most {@code longest} long. */
    private boolean onlyPunctuation(int from, int to, String punctuation, int longest) {
        if (to - from > longest || to < from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
