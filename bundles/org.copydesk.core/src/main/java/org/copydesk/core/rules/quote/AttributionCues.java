package org.copydesk.core.rules.quote;

import org.copydesk.core.text.Chars;

/**
 * The attribution cues of one paragraph: which sentences name a speaker (a reporting verb, "according to",
 * "in a statement", a spokesperson), and the cues that sit right at a quotation (a colon after a named speaker,
 * a dash credit, "so Müller" after the closing mark, a French incise inside the guillemets, "For Smith, …").
 * Every test is a hash-set probe on a word near the quotation; sentence cues are computed once per paragraph.
 */
final class AttributionCues {
    private static final int WORDS_BEFORE_COLON = 12;
    private static final int WORDS_AFTER_OPENER = 8;
    private static final byte UNKNOWN = 0;
    private static final byte NONE = 1;
    private static final byte STANCE = 2;
    private static final byte REPORT = 3;

    private final String text;
    private final Lexicon lexicon;
    private final ParagraphTokens tokens;
    private final int paragraphEnd;

    /**
     * Per sentence, the strongest cue in it, worked out on first use: a verb that reports words or a cue phrase
     * (attributes this sentence's quotations and the next one's), or a stance verb (this sentence's only). Only
     * the sentences around quotations are ever read, so long paragraphs cost little.
     */
    private final byte[] cue;
    private final int[] firstToken;

    AttributionCues(String text, Lexicon lexicon, ParagraphTokens tokens, int paragraphEnd) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
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
                    if (isReportCue(t)) {
                        found = REPORT;
                    } else if (found == NONE && isVerb(lexicon.stanceVerbs, t)) {
                        found = STANCE;
                    }
                }
            }
            cue[s] = found;
        }
        return cue[s];
    }

    /** Whether sentence {@code s} attributes the quotations of the sentence after it. */
    boolean attributesNextSentence(int s) {
        return s >= 0 && s < cue.length && cue(s) == REPORT;
    }

    boolean ownSentenceHasCue(int k) {
        return cue(tokens.sentence(k)) != NONE;
    }

    private boolean isReportCue(int t) {
        String word = tokens.word(t);
        if (isVerb(lexicon.verbs, t) || lexicon.cues.containsWord(word)) {
            return true;
        }
        for (String[] phrase : lexicon.cues.keyedBy(word)) {
            if (matchesForward(t, phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerb(java.util.Set<String> verbs, int t) {
        String word = tokens.word(t);
        return verbs.contains(word) && (!lexicon.nounsToo.contains(word) || verbInContext(t));
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
     * A form that is also a noun ("notes", "state", "call") is a verb only after a speaker or a quotation, or
     * before a speaker, and
     * never after a determiner, a preposition or a possessive: "Reuters notes", "notes the agency", but not
     * "the notes" or "the year's dispute".
     */
    private boolean verbInContext(int t) {
        if (t > 0 && tokens.isWord(t - 1) && (lexicon.determiners.contains(tokens.word(t - 1))
                || lexicon.prepositions.contains(tokens.word(t - 1)) || isPossessive(t - 1))) {
            return false; // the notes, in a post, last year's dispute
        }
        boolean before = t > 0 && (tokens.isQuote(t - 1) || isSpeaker(t - 1));
        boolean after = t + 1 < tokens.size() && (isSpeaker(t + 1) || lexicon.determiners.contains(tokens.word(t + 1)));
        return before || after;
    }

    /** A word that can name who speaks: a pronoun, a name, a spokesperson, a possessive ('s). */
    boolean isSpeaker(int t) {
        if (!tokens.isWord(t)) {
            return false;
        }
        String word = tokens.word(t);
        return lexicon.pronouns.contains(word) || isName(t) || lexicon.cues.containsWord(word) || isPossessive(t);
    }

    boolean isName(int t) {
        if (!tokens.isWord(t) || !tokens.isCapitalized(t)) {
            return false;
        }
        String word = tokens.word(t);
        return !lexicon.functionWords.contains(word) && !lexicon.stopwords.contains(word);
    }

    private boolean isPossessive(int t) {
        if (!tokens.word(t).equals("s") || t == 0 || tokens.start(t) - tokens.end(t - 1) != 1) {
            return false;
        }
        char apostrophe = text.charAt(tokens.end(t - 1));
        return apostrophe == '\'' || apostrophe == '\u2019';
    }

    /** {@code Smith: "…"}, {@code Her verdict: "…"}, {@code The minister told reporters: "…"}. */
    boolean colonAfterSpeaker(int k) {
        if (!colonBefore(k) || isCapitalLabel(k)) {
            return false;
        }
        for (int t = k - 1; t >= 0 && k - t <= WORDS_BEFORE_COLON && tokens.sentence(t) == tokens.sentence(k); t--) {
            if (tokens.isWord(t) && (isSpeaker(t) || isVerb(lexicon.verbs, t) || isVerb(lexicon.stanceVerbs, t))) {
                return true;
            }
        }
        return false;
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

    /**
     * {@code "…," Brennan chuckles.}, {@code "…," grins his daughter.}, {@code "Why?" she asks.}: where a
     * quotation ends in a comma, a question or an exclamation inside its marks and the sentence goes on with a
     * speaker, or with a word and then a speaker, the attribution follows, whatever its verb. Only languages
     * that put the comma inside the marks (English) write it this way.
     */
    boolean continuesIntoSpeaker(int k) {
        Quotation.Part part = tokens.part(k);
        int t = k + 1;
        if (!lexicon.commaInside || !part.isClosed() || t >= tokens.size() || !tokens.isWord(t)
                || tokens.sentence(t) != tokens.sentence(k)) {
            return false;
        }
        int last = Chars.trimEnd(text, part.openEnd(), part.close());
        char end = last > part.openEnd() ? text.charAt(last - 1) : ' ';
        if (end != ',' && end != '?' && end != '!') {
            return false;
        }
        if (isPersonLike(t)) {
            return true;
        }
        return !tokens.isCapitalized(t) && !lexicon.prepositions.contains(tokens.word(t)) && t + 1 < tokens.size()
                && isPersonLike(t + 1);
    }

    private boolean isPersonLike(int t) {
        if (!tokens.isWord(t)) {
            return false;
        }
        String word = tokens.word(t);
        return lexicon.pronouns.contains(word) || isName(t) || lexicon.determiners.contains(word);
    }

    /** {@code For Smith, the plan is "…"}, {@code Pour l’écrivain Paul Garnier, …}: a named view. */
    boolean namedView(int k) {
        int first = firstToken[tokens.sentence(k)];
        if (first >= k || !tokens.isWord(first) || !lexicon.openers.contains(tokens.word(first))) {
            return false;
        }
        boolean named = false;
        for (int t = first + 1; t < k && t <= first + WORDS_AFTER_OPENER; t++) {
            named |= isName(t) || tokens.isWord(t) && lexicon.cues.containsWord(tokens.word(t));
            if (named && text.substring(tokens.end(t), tokens.start(t + 1)).indexOf(',') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A credit line after the closing mark: {@code "…" — Mark Twain}. */
    boolean dashCredit(int k) {
        int j = tokens.part(k).closeEnd();
        while (j < paragraphEnd && (Chars.isSpace(text.charAt(j)) || ",.;>".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return dashThenName(j, paragraphEnd);
    }

    /** A dash, then a capital: where a credit line starts. */
    boolean dashThenName(int j, int limit) {
        return dashThenName(text, j, limit);
    }

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
        return tokens.isWord(next) && (isName(next) || lexicon.determiners.contains(tokens.word(next))
                || lexicon.pronouns.contains(tokens.word(next)));
    }

    /** {@code « Texte, dit-il, texte. »}: see {@link Incise}. */
    boolean incise(int k) {
        return lexicon.incise && Incise.attributes(text, lexicon, tokens.part(k));
    }

    /**
     * {@code "Will we win?" Smith asked.}: a question or exclamation ends the sentence before its attribution,
     * so a reporting verb among the first words of the next sentence attributes it.
     */
    boolean verbRightAfterQuestion(int k) {
        Quotation.Part part = tokens.part(k);
        if (!part.isClosed() || !tokens.isLastOfSentence(k) || k + 1 >= tokens.size()) {
            return false;
        }
        int last = Chars.trimEnd(text, part.openEnd(), part.close());
        if (last == part.openEnd() || (text.charAt(last - 1) != '?' && text.charAt(last - 1) != '!')) {
            return false;
        }
        for (int t = k + 1; t < tokens.size() && t <= k + 4 && tokens.sentence(t) == tokens.sentence(k) + 1; t++) {
            if (tokens.isWord(t) && lexicon.isAnyVerb(tokens.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** The quotation opens its sentence, or follows a colon: a full quotation rather than a few words in a sentence. */
    boolean isFullQuotation(int k) {
        return tokens.isFirstOfSentence(k) || colonBefore(k);
    }

    /** A colon before the opening mark, looking past spaces and emphasis: {@code **Governor Whitlock:** "…"}. */
    private boolean colonBefore(int k) {
        int j = tokens.start(k) - 1;
        while (j >= 0 && (Chars.isSpace(text.charAt(j)) || text.charAt(j) == '*' || text.charAt(j) == '_')) {
            j--;
        }
        return j >= 0 && text.charAt(j) == ':';
    }
}
