package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * Attributions that the shape of the sentence gives, whatever its verb, so that verbs no lexicon lists still
 * find their speaker:
 * <ul>
 * <li>a frame after the quotation: the quoted words end in a comma, a question or an exclamation mark, a dash or
 * an ellipsis, and the sentence goes on ({@code "…," put in Lucy}, {@code »Ja«, versetzte er},
 * {@code »Was suchst du hier?« schrie ihn der Hüter an}, {@code « … », a-t-il dit});</li>
 * <li>a frame before it: a clause that names a speaker, a comma or a dash, and a quotation that starts a sentence
 * of its own ({@code Clinton shared her anxiety with an audience, "I do not know…"});</li>
 * <li>a speaker opening the next sentence: a quoted question or exclamation, then a name or a pronoun and a verb
 * ({@code "Would it be negotiable?" Hannity pressed.}); after a full stop, a name and a reporting verb.</li>
 * </ul>
 */
final class Frames {
    private static final int WORDS_BEFORE_COMMA = 24;
    private static final int WORDS_INTO_NEXT_SENTENCE = 4;

    private final String text;
    private final Lexicon lexicon;
    private final ParagraphTokens tokens;
    private final SpeakerPhrase speaker;
    private final AttributionCues cues;
    private final int paragraphEnd;

    Frames(String text, Lexicon lexicon, ParagraphTokens tokens, SpeakerPhrase speaker, AttributionCues cues,
            int paragraphEnd) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.speaker = speaker;
        this.cues = cues;
        this.paragraphEnd = paragraphEnd;
    }

    /** The last character of the quoted words, before the closing mark; a space if there is none. */
    private char innerEnd(Quotation.Part part) {
        int last = Chars.trimEnd(text, part.openEnd(), part.close());
        return last > part.openEnd() ? text.charAt(last - 1) : ' ';
    }

    private static boolean isQuestionOrExclamation(char c) {
        return c == '?' || c == '!';
    }

    /**
     * The quoted words stop where the sentence does not: a comma, semicolon, question or exclamation mark, dash or
     * ellipsis inside the marks, or a comma or dash right after them ({@code »Ja«, versetzte er}).
     */
    private boolean stopsShortOfSentenceEnd(Quotation.Part part) {
        int last = Chars.trimEnd(text, part.openEnd(), part.close());
        if (last == part.openEnd()) {
            return false;
        }
        char inner = text.charAt(last - 1);
        if (",;?!-\u2026\u2014\u2013".indexOf(inner) >= 0
                || inner == '.' && last - 2 > part.openEnd() && text.charAt(last - 2) == '.') {
            return true;
        }
        int j = Chars.skipWhitespace(text, part.closeEnd(), paragraphEnd);
        return j < paragraphEnd && (text.charAt(j) == ',' || text.charAt(j) == '\u2014' || text.charAt(j) == '\u2013');
    }

    /**
     * {@code "…," the Footman went on}, {@code "…," was her next remark}, {@code »Gott!« bat sie},
     * {@code „Meine Herren,“ hub der Holländer an}: a quotation that opens its sentence and stops short of its end,
     * and a sentence that goes on with the frame. In English the speaker may come first ({@code she said}); in
     * German and French the verb does ({@code versetzte er}, {@code dit-il}), so a word in lower case follows. A
     * conjunction or preposition goes on with something else ({@code "…," and then}). After a question or an
     * exclamation the sentence goes on wherever the quotation stands: German and French frames then start with
     * the verb, English ones with the speaker or a verb of the lexicon ({@code "…?" asked the mayor}).
     */
    boolean frameAfter(int k) {
        Quotation.Part part = tokens.part(k);
        int t = k + 1;
        int sentence = tokens.sentence(k);
        if (!part.isClosed() || !stopsShortOfSentenceEnd(part) || t >= tokens.size() || !tokens.isWord(t)
                || tokens.sentence(t) != sentence) {
            return false;
        }
        String word = tokens.word(t);
        if (lexicon.conjunctions.contains(word) || lexicon.prepositions.contains(word)) {
            return false;
        }
        boolean opensClause = opensClause(k);
        if (!opensClause && !isQuestionOrExclamation(innerEnd(part))) {
            return false;
        }
        if (speaker.isName(t) || lexicon.subjects.contains(word)
                || lexicon.speakerFirst && (lexicon.pronouns.contains(word) || lexicon.determiners.contains(word))) {
            return true;
        }
        if (lexicon.speakerFirst && !opensClause) {
            return cues.isLexiconVerb(t); // the list of "Who will pay?" all week
        }
        return !tokens.isCapitalized(t) && !lexicon.determiners.contains(word) && !lexicon.functionWords.contains(word)
                && !Character.isDigit(word.charAt(0));
    }

    /**
     * The quotation starts its clause: first in its sentence, after a colon, after another quotation
     * ({@code "A," "B," she said}), or after a sentence's opening conjunction ({@code Und »…«, sagte sie}).
     */
    private boolean opensClause(int k) {
        if (tokens.isFirstOfSentence(k) || cues.colonBefore(k) || tokens.isQuote(k - 1)) {
            return true;
        }
        return tokens.isFirstOfSentence(k - 1) && lexicon.conjunctions.contains(tokens.word(k - 1));
    }

    /**
     * {@code Clinton shared her anxiety with an audience, "I do not know…"}, {@code began by saying, "I don’t…"},
     * {@code Hillary Clinton cracked — "I'm a progressive…"}: a comma or a dash before a quotation that starts
     * with a capital, as a sentence does, after a clause that names a speaker.
     */
    boolean frameBefore(int k) {
        int t = k - 1;
        if (t < 0 || !tokens.isWord(t) || tokens.sentence(t) != tokens.sentence(k)
                || !commaOrDashOnly(tokens.end(t), tokens.start(k)) || !startsLikeASentence(tokens.part(k))) {
            return false;
        }
        for (int u = t; u >= 0 && k - u <= WORDS_BEFORE_COMMA && tokens.sentence(u) == tokens.sentence(k); u--) {
            if (tokens.isWord(u) && (cues.isLexiconVerb(u) || speaker.isPossessive(u) || startsClause(u))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speaker and a verb start the main clause at token {@code u}: {@code Clinton shared}, {@code he began}. A
     * capitalised word alone is not enough: the first word of a sentence is one ({@code Crucially, "…"}); nor is
     * a subordinate clause, whose subject is seldom the speaker ({@code When Smith arrived, "…"}).
     */
    private boolean startsClause(int u) {
        boolean nameStart = u == 0 || !speaker.isName(u - 1) || tokens.sentence(u - 1) != tokens.sentence(u);
        return nameStart && speaker.verbAfterSpeaker(u) >= 0 && !inSubordinateClause(u);
    }

    /** A subordinating conjunction opens the clause of token {@code u}: nothing but words back to it, no comma. */
    private boolean inSubordinateClause(int u) {
        for (int v = u; v >= 0 && u - v <= WORDS_BEFORE_COMMA && tokens.isWord(v) && tokens.sentence(v) == tokens.sentence(u);
                v--) {
            if (v < u && lexicon.subordinators.contains(tokens.word(v))) {
                return true;
            }
            if (v > 0 && text.substring(tokens.end(v - 1), tokens.start(v)).indexOf(',') >= 0) {
                return false;
            }
        }
        return false;
    }

    private boolean commaOrDashOnly(int from, int to) {
        boolean found = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u2014' || c == '\u2013' || c == '-') {
                found = true;
            } else if (!Chars.isSpace(c) && c != '*' && c != '_') {
                return false;
            }
        }
        return found;
    }

    /** The quoted words start with a capital, past spaces, brackets and an ellipsis: {@code "[I am] concerned"}. */
    private boolean startsLikeASentence(Quotation.Part part) {
        for (int i = part.openEnd(); i < part.close(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    /**
     * {@code "What are you taking home, Anne?" Diana wanted to know.}, {@code "Why?" Miller, a retired worker,
     * asked}, {@code "…missing." Trump said.}: the next sentence opens with the speaker. After a question or an
     * exclamation a name or a pronoun and any verb will do, or a verb of the lexicon among its first words; after
     * a full stop only a name or a noun phrase and a reporting verb, as a writer who ended the quotation early.
     */
    boolean speakerNextSentence(int k) {
        Quotation.Part part = tokens.part(k);
        int t = k + 1;
        if (!part.isClosed() || !tokens.isLastOfSentence(k) || t >= tokens.size() || !tokens.isWord(t)) {
            return false;
        }
        int verb = speaker.verbAfterSpeaker(t);
        if (isQuestionOrExclamation(innerEnd(part))) {
            if (verb >= 0) {
                return true;
            }
            for (int u = t; u < tokens.size() && u - t < WORDS_INTO_NEXT_SENTENCE && tokens.sentence(u) == tokens.sentence(t); u++) {
                if (cues.isLexiconVerb(u)) {
                    return true;
                }
            }
            return false;
        }
        if (verb >= 0) {
            return cues.isReportVerb(verb);
        }
        if (lexicon.speakerFirst && lexicon.determiners.contains(tokens.word(t))) {
            for (int u = t + 1; u < tokens.size() && u - t < WORDS_INTO_NEXT_SENTENCE && tokens.isWord(u)
                    && tokens.sentence(u) == tokens.sentence(t); u++) {
                if (cues.isReportVerb(u)) {
                    return true;
                }
            }
        }
        return false;
    }
}
