package org.copydesk.core.rules.quote;

import java.util.Set;

import org.copydesk.core.text.Chars;

/**
 * The lexicon's attribution cues in one paragraph: which sentences name a speaker (a reporting verb, a phrasal or
 * separable one, "according to", "in a statement", a possessive before a word for what was said: "her remark
 * that"), and the cues that sit right at a quotation (a colon after a named speaker, a speaker's name as the
 * line's label, a dash credit, "so Müller" after the closing mark, a French incise inside the guillemets,
 * "For Smith, …"). Every test is a hash-set probe on a word near the quotation; sentence cues are computed once
 * per paragraph.
 */
final class AttributionCues {
    private static final int WORDS_BEFORE_COLON = 12;
    private static final int WORDS_AFTER_OPENER = 8;
    private static final int LONGEST_LABEL = 4;
    private static final int LONGEST_CREDIT = 40;
    /** How far a German separable verb's particle may stand from it: "fuhr der Fremde nach einer Weile fort". */
    private static final int PARTICLE_DISTANCE = 12;
    /** Adjectives between a possessive and the word for what was said: "his stock answer". */
    private static final int WORDS_BEFORE_SPEECH_NOUN = 2;
    private static final byte UNKNOWN = 0;
    private static final byte NONE = 1;
    private static final byte STANCE = 2;
    private static final byte REPORT = 3;

    private final String text;
    private final Lexicon lexicon;
    private final ParagraphTokens tokens;
    private final SpeakerPhrase speaker;
    private final int paragraphEnd;

    /**
     * Per sentence, the strongest cue in it, worked out on first use: a verb that reports words or a cue phrase
     * (attributes this sentence's quotations and the next one's), or a stance verb (this sentence's only). Only
     * the sentences around quotations are ever read, so long paragraphs cost little.
     */
    private final byte[] cue;
    private final int[] firstToken;

    AttributionCues(String text, Lexicon lexicon, ParagraphTokens tokens, SpeakerPhrase speaker, int paragraphEnd) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.speaker = speaker;
        this.paragraphEnd = paragraphEnd;
        this.cue = new byte[tokens.sentences()];
        this.firstToken = new int[tokens.sentences() + 1];
        firstToken[tokens.sentences()] = tokens.size();
        for (int t = tokens.size() - 1; t >= 0; t--) {
            firstToken[tokens.sentence(t)] = t;
        }
    }

    private byte cue(int s) {
        if (cue[s] == UNKNOWN) {
            byte found = NONE;
            for (int t = firstToken[s]; t < firstToken[s + 1] && found != REPORT; t++) {
                if (tokens.isWord(t)) {
                    byte here = cueAt(t);
                    found = here > found ? here : found;
                }
            }
            cue[s] = found;
        }
        return cue[s];
    }

    private byte cueAt(int t) {
        String word = tokens.word(t);
        int kind = lexicon.kind(word);
        if (kind == 0) {
            return NONE;
        }
        if ((kind & Lexicon.CUE_WORD) != 0 || (kind & Lexicon.VERB) != 0 && isVerbForm(word, t)
                || (kind & Lexicon.SPEECH_NOUN) != 0 && isSpeechNoun(t)) {
            return REPORT;
        }
        if ((kind & Lexicon.PHRASE_START) != 0) {
            for (String[] phrase : lexicon.cues.keyedBy(word)) {
                if (matchesForward(t, phrase)) {
                    return REPORT;
                }
            }
        }
        if ((kind & Lexicon.PARTICLE_VERB) != 0 && !isNoun(t) && hasParticle(t, lexicon.particles.get(word))) {
            return lexicon.stanceParticleVerbs.contains(word) ? STANCE : REPORT;
        }
        return (kind & Lexicon.STANCE_VERB) != 0 && isVerbForm(word, t) ? STANCE : NONE;
    }

    /** Whether sentence {@code s} attributes the quotations of the sentence after it. */
    boolean attributesNextSentence(int s) {
        return s >= 0 && s < cue.length && cue(s) == REPORT;
    }

    /** Whether sentence {@code s} holds a cue that reports words, not only a stance verb. */
    boolean reportsIn(int s) {
        return cue(s) == REPORT;
    }

    boolean ownSentenceHasCue(int k) {
        return cue(tokens.sentence(k)) != NONE;
    }

    /** Whether token {@code t} is a verb of the lexicon (English: in any tense; German: in lower case). */
    boolean isLexiconVerb(int t) {
        return tokens.isWord(t) && (lexicon.kind(tokens.word(t)) & (Lexicon.VERB | Lexicon.STANCE_VERB)) != 0
                && isVerbForm(tokens.word(t), t);
    }

    /** Whether token {@code t} is a report verb of the lexicon, as a verb. */
    boolean isReportVerb(int t) {
        return tokens.isWord(t) && (lexicon.kind(tokens.word(t)) & Lexicon.VERB) != 0 && isVerbForm(tokens.word(t), t);
    }

    /** A verb of the lexicon stands as a verb here, not as the noun some of its forms are too. */
    private boolean isVerbForm(String word, int t) {
        return !isNoun(t) && (!lexicon.nounsToo.contains(word) || verbInContext(t));
    }

    /** German capitalises nouns: {@code Frage}, {@code Antworten} in capitals are no verbs. */
    private boolean isNoun(int t) {
        return lexicon.capitalNouns && tokens.isCapitalized(t);
    }

    /**
     * The particle of a phrasal or separable verb: right after it in English ({@code went on}, {@code put in}),
     * later in the clause in German ({@code fuhr der Fremde fort}).
     */
    private boolean hasParticle(int t, Set<String> particles) {
        int sentence = tokens.sentence(t);
        int reach = lexicon.speakerFirst ? 1 : PARTICLE_DISTANCE;
        for (int u = t + 1; u < tokens.size() && u - t <= reach && tokens.sentence(u) == sentence; u++) {
            if (tokens.isWord(u) && particles.contains(tokens.word(u))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesForward(int t, String[] phrase) {
        for (int i = 1; i < phrase.length; i++) {
            int u = t + i;
            if (u >= tokens.size() || !tokens.isWord(u) || tokens.sentence(u) != tokens.sentence(t)
                    || !tokens.word(u).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A form that is also a noun ("notes", "state", "reply") is a verb next to a speaker ("Reuters notes",
     * "notes the agency", "the girl again thought"), as an infinitive ("obliged to reply"), as a gerund after a
     * preposition ("before saying"), before "that" ("the ad claims that"), or where it introduces a quotation
     * ("he thought: "…""); never after a determiner or a possessive: "the notes", "last year's dispute".
     */
    private boolean verbInContext(int t) {
        String word = tokens.word(t);
        if (t > 0 && tokens.isWord(t - 1)) {
            String before = tokens.word(t - 1);
            if (lexicon.determiners.contains(before) || speaker.isPossessive(t - 1)) {
                return false; // the notes, last year's dispute
            }
            if (before.equals("to") && lexicon.baseForms.contains(word)) {
                return true; // obliged to reply
            }
            if (lexicon.prepositions.contains(before) && !lexicon.conjunctions.contains(before)) {
                return word.endsWith("ing") && lexicon.inflection == Lexicon.Inflection.ENGLISH; // before saying
            }
        }
        if (t > 0 && (tokens.isQuote(t - 1) || isSpeaker(t - 1)) || speaker.speakerBefore(t)) {
            return true;
        }
        int next = speaker.skipModifiers(t + 1, tokens.sentence(t));
        if (next < tokens.size() && tokens.isQuote(next) && next == t + 1) {
            return true; // the ad claims "…", he thought: "…"
        }
        return next < tokens.size() && tokens.isWord(next) && tokens.sentence(next) == tokens.sentence(t)
                && (isSpeaker(next) || lexicon.determiners.contains(tokens.word(next)) || tokens.word(next).equals("that"));
    }

    /**
     * A word for what was said after a possessive: {@code her remark that}, {@code the senator's answer was},
     * {@code Barrett's dictum}, {@code his stock answer}.
     */
    private boolean isSpeechNoun(int t) {
        for (int u = t - 1; u >= 0 && t - u <= WORDS_BEFORE_SPEECH_NOUN + 1 && tokens.isWord(u)
                && tokens.sentence(u) == tokens.sentence(t); u--) {
            String word = tokens.word(u);
            if (speaker.isPossessive(u) || lexicon.pronouns.contains(word) && lexicon.determiners.contains(word)) {
                return true; // Barrett's dictum, her remark
            }
            if (lexicon.determiners.contains(word) || lexicon.functionWords.contains(word)
                    || lexicon.prepositions.contains(word) || tokens.isCapitalized(u)) {
                return false;
            }
        }
        return false;
    }

    /** A word that can name who speaks: a pronoun, a name, a spokesperson, a possessive ('s). */
    boolean isSpeaker(int t) {
        if (!tokens.isWord(t)) {
            return false;
        }
        String word = tokens.word(t);
        return lexicon.pronouns.contains(word) || lexicon.subjects.contains(word) || speaker.isName(t)
                || lexicon.cues.containsWord(word) || speaker.isPossessive(t);
    }

    /** {@code Smith: "…"}, {@code Her verdict: "…"}, {@code The minister told reporters: "…"}. */
    boolean colonAfterSpeaker(int k) {
        if (!colonBefore(k) || isCapitalLabel(k)) {
            return false;
        }
        for (int t = k - 1; t >= 0 && k - t <= WORDS_BEFORE_COLON && tokens.sentence(t) == tokens.sentence(k); t--) {
            if (tokens.isWord(t) && (isSpeaker(t) || isLexiconVerb(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that labels its line with a colon, as headlines and transcripts attribute: {@code Ken Bone: Debate
     * 'got very uncomfortable'}, {@code SMITH: We will "win"}. Not a label such as {@code Update:}.
     */
    boolean speakerLabel(int k) {
        int first = firstToken[tokens.sentence(k)];
        int end = speaker.nameEnd(first);
        if (end == first || end - first > LONGEST_LABEL || end > k) {
            return false;
        }
        int j = Chars.skipWhitespace(text, tokens.end(end - 1), end < tokens.size() ? tokens.start(end) : paragraphEnd);
        return j < paragraphEnd && text.charAt(j) == ':';
    }

    /** {@code QUOTE OF THE DAY: "…"}: words in capitals with a function word among them are a label, not a name. */
    private boolean isCapitalLabel(int k) {
        boolean functionWord = false;
        for (int t = firstToken[tokens.sentence(k)]; t < k; t++) {
            if (!tokens.isWord(t) || !isAllCapitals(t)) {
                return false;
            }
            functionWord |= lexicon.functionWords.contains(tokens.word(t));
        }
        return functionWord;
    }

    private boolean isAllCapitals(int t) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code For Smith, the plan is "…"}, {@code Pour l’écrivain Paul Garnier, …}: a named view. */
    boolean namedView(int k) {
        int first = firstToken[tokens.sentence(k)];
        if (first >= k || !tokens.isWord(first) || !lexicon.openers.contains(tokens.word(first))) {
            return false;
        }
        boolean named = false;
        for (int t = first + 1; t < k && t <= first + WORDS_AFTER_OPENER; t++) {
            named |= speaker.isName(t) || tokens.isWord(t) && lexicon.cues.containsWord(tokens.word(t));
            if (named && text.substring(tokens.end(t), tokens.start(t + 1)).indexOf(',') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A credit after the closing mark: {@code "…" — Mark Twain}, {@code "…" [AP.]}, {@code "…" (Reuters)}. */
    boolean dashCredit(int k) {
        int j = tokens.part(k).closeEnd();
        while (j < paragraphEnd && (Chars.isSpace(text.charAt(j)) || ",.;>".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return dashThenName(text, j, paragraphEnd) || bracketCredit(j);
    }

    /** {@code [AP.]}, {@code (Reuters)}: a source's name of a few words in brackets, as digests credit a quotation. */
    private boolean bracketCredit(int j) {
        if (j >= paragraphEnd || text.charAt(j) != '[' && text.charAt(j) != '(') {
            return false;
        }
        char close = text.charAt(j) == '[' ? ']' : ')';
        int limit = Math.min(paragraphEnd, j + LONGEST_CREDIT);
        if (j + 1 >= limit || !Character.isUpperCase(text.charAt(j + 1))) {
            return false;
        }
        for (int i = j + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == close) {
                return true;
            }
            if (!Character.isLetterOrDigit(c) && !Chars.isSpace(c) && ".&'\u2019-".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** A dash, then a capital: where a credit line starts. */
    static boolean dashThenName(String text, int j, int limit) {
        if (j >= limit) {
            return false;
        }
        char c = text.charAt(j);
        int k;
        if (c == '\u2014' || c == '\u2013' || c == '\u2015') {
            k = j + 1;
        } else if (c == '-' && j + 1 < limit && (text.charAt(j + 1) == '-' || Chars.isSpace(text.charAt(j + 1)))) {
            k = text.charAt(j + 1) == '-' ? j + 2 : j + 1;
        } else {
            return false;
        }
        while (k < limit && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        return k < limit && Character.isUpperCase(text.charAt(k));
    }

    /** {@code „…“, so Müller}: a word that attributes only right after the closing mark. */
    boolean cueRightAfter(int k) {
        int t = k + 1;
        if (t + 1 >= tokens.size() || !tokens.isWord(t) || !lexicon.after.contains(tokens.word(t))) {
            return false;
        }
        CharSequence gap = text.subSequence(tokens.end(k), tokens.start(t));
        if (gap.length() > 3 || !gap.chars().allMatch(c -> Chars.isSpace((char) c) || c == ',')) {
            return false;
        }
        int next = t + 1;
        return tokens.isWord(next) && (speaker.isName(next) || lexicon.determiners.contains(tokens.word(next))
                || lexicon.pronouns.contains(tokens.word(next)));
    }

    /** {@code « Texte, dit-il, texte. »}: see {@link Incise}. */
    boolean incise(int k) {
        return lexicon.incise && Incise.attributes(text, lexicon, tokens.part(k));
    }

    /** The quotation opens its sentence, or follows a colon: a full quotation rather than a few words in a sentence. */
    boolean isFullQuotation(int k) {
        return tokens.isFirstOfSentence(k) || colonBefore(k);
    }

    /** A colon before the opening mark, looking past spaces and emphasis: {@code **Governor Whitlock:** "…"}. */
    boolean colonBefore(int k) {
        int j = tokens.start(k) - 1;
        while (j >= 0 && (Chars.isSpace(text.charAt(j)) || text.charAt(j) == '*' || text.charAt(j) == '_')) {
            j--;
        }
        return j >= 0 && text.charAt(j) == ':';
    }
}
