package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * The shallow grammar of who speaks, read on a paragraph's tokens: a speaker (a subject pronoun, or a name of up
 * to six words such as {@code US Senator Jeff Sessions}), then maybe an appositive between commas or brackets ({@code , the editor in chief of RT,}), adverbs and
 * auxiliaries ({@code also}, {@code sarcastically}, {@code had}), and the verb: any word that is none of those
 * and no function word. It knows no verbs, so that a verb the lexicon lacks still finds its speaker.
 */
final class SpeakerPhrase {
    private static final int LONGEST_NAME = 6;
    private static final int LONGEST_APPOSITIVE = 16;
    private static final int MODIFIERS = 4;

    private final String text;
    private final Lexicon lexicon;
    private final ParagraphTokens tokens;

    SpeakerPhrase(String text, Lexicon lexicon, ParagraphTokens tokens) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** A capitalised word that can be part of a name: not a function word, a stop word or a sentence opener. */
    boolean isName(int t) {
        if (!isWordInSentence(t, tokens.sentence(t)) || !tokens.isCapitalized(t)) {
            return false;
        }
        String word = tokens.word(t);
        return !lexicon.functionWords.contains(word) && !lexicon.stopwords.contains(word)
                && !lexicon.notNames.contains(word) && !lexicon.subjects.contains(word);
    }

    /** The token after the name that starts at {@code t} ({@code Mrs. Oakley}, {@code Jean de La Fontaine}), or {@code t}. */
    int nameEnd(int t) {
        if (!isName(t)) {
            return t;
        }
        int u = t + 1;
        while (u < tokens.size() && u - t < LONGEST_NAME && tokens.sentence(u) == tokens.sentence(t)
                && joinsName(tokens.end(u - 1), tokens.start(u))) {
            if (isName(u)) {
                u++;
            } else if (tokens.isWord(u) && lexicon.functionWords.contains(tokens.word(u)) && !tokens.isCapitalized(u)
                    && u + 1 < tokens.size() && isName(u + 1) && tokens.sentence(u + 1) == tokens.sentence(t)) {
                u += 2; // de, van, von
            } else {
                break;
            }
        }
        return u;
    }

    /** Only spaces, a full stop (Dr.) or a hyphen between two words of a name. */
    private boolean joinsName(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return to > from;
    }

    /** The token after a speaker that starts at {@code t}: a subject pronoun or a name; -1 if none starts there. */
    int speakerEnd(int t) {
        if (t >= tokens.size() || !tokens.isWord(t)) {
            return -1;
        }
        if (lexicon.subjects.contains(tokens.word(t))) {
            return t + 1;
        }
        int end = nameEnd(t);
        return end > t && !isPossessive(end) ? end : -1;
    }

    /**
     * The verb after the speaker that starts at {@code t}, past an appositive, adverbs and auxiliaries:
     * {@code Murphy, the head of the group, tweeted}, {@code Mrs. Oakley had taken}; -1 if there is none.
     */
    int verbAfterSpeaker(int t) {
        int end = speakerEnd(t);
        if (end < 0) {
            return -1;
        }
        int u = skipModifiers(skipAppositive(end, tokens.sentence(t)), tokens.sentence(t));
        return isVerbLike(u, tokens.sentence(t)) ? u : -1;
    }

    /** Past {@code , a Clinton supporter,} or {@code (R-FL)} when token {@code u} opens one; else {@code u}. */
    int skipAppositive(int u, int sentence) {
        if (u >= tokens.size() || u == 0 || !opensAside(tokens.end(u - 1), tokens.start(u))) {
            return u;
        }
        for (int v = u + 1; v < tokens.size() && v - u <= LONGEST_APPOSITIVE; v++) {
            if (tokens.sentence(v) != sentence || tokens.isQuote(v)) {
                return u;
            }
            if (closesAside(tokens.end(v - 1), tokens.start(v))) {
                return v;
            }
        }
        return u;
    }

    private boolean opensAside(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '(' || c == '\u2014' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }

    private boolean closesAside(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ')' || c == '\u2014' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }

    /** Past adverbs and auxiliaries: {@code also}, {@code sarcastically}, {@code had}, {@code did not}. */
    int skipModifiers(int u, int sentence) {
        int v = u;
        while (v < tokens.size() && v - u < MODIFIERS && isModifier(v, sentence)) {
            v++;
        }
        return v;
    }

    private boolean isModifier(int t, int sentence) {
        if (!isWordInSentence(t, sentence)) {
            return false;
        }
        String word = tokens.word(t);
        return lexicon.auxiliaries.contains(word) || lexicon.isAdverb(word);
    }

    /**
     * A word that can be the verb: in lower case (or a lexicon verb written in capitals), and no function word,
     * determiner, preposition, conjunction, pronoun, auxiliary or number.
     */
    boolean isVerbLike(int t, int sentence) {
        if (!isWordInSentence(t, sentence)) {
            return false;
        }
        String word = tokens.word(t);
        if (tokens.isCapitalized(t) && !lexicon.isAnyVerb(word)) {
            return false;
        }
        return !Character.isDigit(word.charAt(0)) && !lexicon.functionWords.contains(word)
                && !lexicon.determiners.contains(word) && !lexicon.prepositions.contains(word)
                && !lexicon.conjunctions.contains(word) && !lexicon.pronouns.contains(word)
                && !lexicon.subjects.contains(word) && !lexicon.auxiliaries.contains(word);
    }

    /**
     * A speaker right before token {@code t}, looking back past adverbs, auxiliaries and an appositive:
     * {@code she again thought}, {@code Cruz would not comment}, {@code Murphy, the head of the group, tweeted}.
     */
    boolean speakerBefore(int t) {
        int sentence = tokens.sentence(t);
        int u = t - 1;
        for (int skipped = 0; skipped < MODIFIERS && u >= 0 && isModifier(u, sentence); skipped++) {
            u--;
        }
        if (u < 0 || !tokens.isWord(u) || tokens.sentence(u) != sentence) {
            return false;
        }
        if (closesAside(tokens.end(u), tokens.start(u + 1))) {
            for (int v = u; v >= 0 && u - v <= LONGEST_APPOSITIVE && tokens.sentence(v) == sentence && tokens.isWord(v); v--) {
                if (v > 0 && opensAside(tokens.end(v - 1), tokens.start(v))) {
                    return isSpeakerWord(v - 1);
                }
            }
            return false;
        }
        return isSpeakerWord(u);
    }

    /** A subject pronoun or the last word of a name. */
    private boolean isSpeakerWord(int u) {
        return u >= 0 && tokens.isWord(u) && (lexicon.subjects.contains(tokens.word(u)) || isName(u));
    }

    /** Token {@code t} is the {@code s} of a possessive ({@code Trump's}): the name is no subject then. */
    boolean isPossessive(int t) {
        if (t <= 0 || t >= tokens.size() || !tokens.isWord(t) || !tokens.word(t).equals("s")
                || tokens.start(t) - tokens.end(t - 1) != 1) {
            return false;
        }
        char apostrophe = text.charAt(tokens.end(t - 1));
        return apostrophe == '\'' || apostrophe == '\u2019';
    }

    private boolean isWordInSentence(int t, int sentence) {
        return t >= 0 && t < tokens.size() && tokens.isWord(t) && tokens.sentence(t) == sentence;
    }
}
