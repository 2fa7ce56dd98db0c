package org.copydesk.core.rules.quote;

import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.text.Chars;

/**
 * Decides for every top-level quotation of a document whether the reader is told who speaks. A quotation is
 * attributed:
 * <ul>
 * <li>in its sentence: by a cue of the lexicon ({@link AttributionCues}), or by the frame the sentence gives it
 * whatever its verb ({@link Frames}): {@code "…," put in Lucy}, {@code »Ja«, versetzte er}, a speaker opening
 * the next sentence after a quoted question; as the second half of an interrupted quotation
 * ({@code "A," the Footman went on, "b."});</li>
 * <li>around it: by a verb that reports words, or an attributed quotation, in the sentence before ({@code "A,"
 * she said. "B."}); by the paragraph before ending in a colon or a comma ({@code forcing a smile, she said,}),
 * or, when it opens its paragraph, in an attributed full quotation; by speech attributed elsewhere in its
 * paragraph (one paragraph, one speaker: the speech resumes after a narrative beat);</li>
 * <li>in the document: by repeating an attributed quotation's words, as headlines and pull quotes do.</li>
 * </ul>
 * A quotation that runs over several paragraphs is attributed if any part of it is.
 */
final class AttributionFinder {
    /** The longest line, in words, that can be a headline, a subhead or a teaser echoing the story. */
    private static final int HEADLINE_WORDS = 30;
    /** A quotation of this many words is speech rather than a scare quote, wherever it stands. */
    private static final int SPEECH_WORDS = 4;

    enum Verdict {
        ATTRIBUTED,
        /** A title, a name, a word mentioned, not prose: nothing to attribute. */
        EXEMPT,
        UNATTRIBUTED,
        /** Nested in another quotation, or in a paragraph whose marks do not balance. */
        UNCHECKED
    }

    /** Why a quotation got its verdict: the first reason found. */
    enum Reason {
        OWN_SENTENCE, FRAME_AFTER, COLON_AFTER_SPEAKER, FRAME_BEFORE, SPEAKER_LABEL, NAMED_VIEW, DASH_CREDIT, WORD_AFTER,
        INCISE, CONTINUED, SENTENCE_BEFORE, QUOTATION_BEFORE, SPEAKER_NEXT_SENTENCE, PARAGRAPH_BEFORE_COLON,
        PARAGRAPH_BEFORE_COMMA, PARAGRAPH_BEFORE_QUOTATION, CREDIT_NEXT_PARAGRAPH, SAME_SPEAKER, ECHO, TITLE_BEFORE,
        TITLE_AFTER, TITLE_LIST, NAMED, NICKNAME, TITLE_CASE, NOT_PROSE, NESTED, UNBALANCED, NONE
    }

    /** The verdict and reason of every quotation, by {@link Quotation#index()}. */
    record Analysis(Verdict[] verdicts, Reason[] reasons) {
    }

    private AttributionFinder() {
    }

    static Analysis analyse(Document document, QuoteScan scan, Lexicon lexicon) {
        String text = document.text();
        List<Quotation> quotations = scan.quotations();
        Reason[] attributed = new Reason[quotations.size()];
        Reason[] exempt = new Reason[quotations.size()];
        Exemptions exemptions = new Exemptions(text, lexicon);
        List<Block> paragraphs = scan.paragraphs();
        ParagraphTokens tokens = new ParagraphTokens(text, lexicon);
        BlockMemo memo = document.blockMemo();
        Reason previousEnd = null;
        boolean previousEndsAttributed = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Block block = paragraphs.get(p);
            boolean afterPrevious = p > 0 && scan.followedDirectly(p - 1);
            List<Quotation.Part> parts = scan.topLevelParts(p);
            boolean endsAttributed = false;
            if (!parts.isEmpty() && !scan.isTroubled(p)) {
                boolean nextStartsWithCredit = scan.followedDirectly(p)
                        && AttributionCues.dashThenName(text, paragraphs.get(p + 1).start(), paragraphs.get(p + 1).end());
                Reason previous = !afterPrevious ? null : previousEnd != null ? previousEnd
                        : previousEndsAttributed ? Reason.PARAGRAPH_BEFORE_QUOTATION : null;
                Paragraph paragraph = new Paragraph(text, lexicon, exemptions, tokens, quotations, block, parts, previous,
                        nextStartsWithCredit);
                if (onlyOwnQuotations(parts, quotations)) {
                    // the verdicts depend on this paragraph and what is said of its neighbours: remembered under those
                    Paragraph.Context context = paragraph.context();
                    Paragraph.Verdicts found = memo.paragraph(Paragraph.KEY, p, context);
                    if (found == null) {
                        found = paragraph.ownVerdicts();
                        memo.putParagraph(Paragraph.KEY, p, context, found, block, paragraph.readsFrom(), block.end());
                    }
                    endsAttributed = found.copyInto(parts, exempt, attributed);
                } else {
                    endsAttributed = paragraph.verdicts(exempt, attributed);
                }
            }
            previousEnd = introduces(text, block);
            previousEndsAttributed = endsAttributed;
        }
        echoes(text, scan, quotations, attributed, exempt, exemptions);
        Verdict[] verdicts = new Verdict[quotations.size()];
        Reason[] reasons = new Reason[quotations.size()];
        for (Quotation quotation : quotations) {
            int i = quotation.index();
            if (quotation.depth() > 0) {
                verdicts[i] = Verdict.UNCHECKED;
                reasons[i] = Reason.NESTED;
            } else if (inTroubledParagraph(scan, quotation)) {
                verdicts[i] = Verdict.UNCHECKED;
                reasons[i] = Reason.UNBALANCED;
            } else if (attributed[i] != null) {
                verdicts[i] = Verdict.ATTRIBUTED;
                reasons[i] = attributed[i];
            } else if (exempt[i] != null || exemptions.notProse(quotation)) {
                verdicts[i] = Verdict.EXEMPT;
                reasons[i] = exempt[i] != null ? exempt[i] : Reason.NOT_PROSE;
            } else {
                verdicts[i] = Verdict.UNATTRIBUTED;
                reasons[i] = Reason.NONE;
            }
        }
        return new Analysis(verdicts, reasons);
    }

    /**
     * Attributes the quotations that repeat words the text attributes further on ({@link Echoes}): a headline, a
     * subhead or a teaser announces what the story then quotes with its source. Only quotations in short lines
     * ask; read from the end, so that each is compared with the ones after it; nothing is built when none asks.
     */
    private static void echoes(String text, QuoteScan scan, List<Quotation> quotations, Reason[] attributed,
            Reason[] exempt, Exemptions exemptions) {
        boolean[] candidate = new boolean[quotations.size()];
        int firstCandidate = Integer.MAX_VALUE;
        for (Quotation quotation : quotations) {
            if (isEchoCandidate(text, scan, quotation, attributed, exempt)) {
                candidate[quotation.index()] = true;
                firstCandidate = Math.min(firstCandidate, quotation.start());
            }
        }
        if (firstCandidate == Integer.MAX_VALUE || !attributedAfter(quotations, attributed, firstCandidate)) {
            return;
        }
        Echoes echoes = new Echoes(text, runLengths(text, quotations, candidate));
        // top-level quotations do not overlap, so the order they close in is the order they open in
        for (int q = quotations.size() - 1; q >= 0; q--) {
            Quotation quotation = quotations.get(q);
            int i = quotation.index();
            if (quotation.depth() > 0) {
                continue;
            }
            if (quotation.start() < firstCandidate) {
                break;
            }
            if (candidate[i]) {
                if (!exemptions.notProse(quotation) && !exemptions.grammarWord(quotation) && echoes.echoes(quotation)) {
                    attributed[i] = Reason.ECHO;
                }
            } else if (attributed[i] != null && !inTroubledParagraph(scan, quotation)) {
                echoes.add(quotation);
            }
        }
    }

    private static boolean attributedAfter(List<Quotation> quotations, Reason[] attributed, int start) {
        for (int q = quotations.size() - 1; q >= 0; q--) {
            Quotation quotation = quotations.get(q);
            if (quotation.depth() == 0 && attributed[quotation.index()] != null) {
                return quotation.start() > start; // the last attributed quotation opens last
            }
        }
        return false;
    }

    /** The run lengths the candidates ask about ({@link Echoes#lengthBit}). */
    private static int runLengths(String text, List<Quotation> quotations, boolean[] candidate) {
        Echoes counter = new Echoes(text, 0);
        int lengths = 0;
        for (Quotation quotation : quotations) {
            if (candidate[quotation.index()]) {
                lengths |= Echoes.lengthBit(counter.wordCount(quotation));
            }
        }
        return lengths;
    }

    /** A quotation without a source that stands in a line short enough for a headline, a subhead or a teaser. */
    private static boolean isEchoCandidate(String text, QuoteScan scan, Quotation quotation, Reason[] attributed,
            Reason[] exempt) {
        int i = quotation.index();
        if (quotation.depth() > 0 || attributed[i] != null || exempt[i] != null || quotation.isMultiParagraph()
                || inTroubledParagraph(scan, quotation)) {
            return false;
        }
        Block paragraph = scan.paragraphs().get(quotation.first().paragraph());
        return Words.countUpTo(text, paragraph.start(), paragraph.end(), HEADLINE_WORDS + 1) <= HEADLINE_WORDS;
    }

    /** Whether every quotation with a part in the paragraph lies wholly inside it. */
    private static boolean onlyOwnQuotations(List<Quotation.Part> parts, List<Quotation> quotations) {
        for (Quotation.Part part : parts) {
            if (quotations.get(part.quotation()).isMultiParagraph()) {
                return false;
            }
        }
        return true;
    }

    /** The work on one paragraph with quotations: its tokens and cues, and the verdicts on its quotations. */
    private static final class Paragraph {
        static final BlockMemo.Key<Verdicts> KEY = new BlockMemo.Key<>();

        /** What a paragraph's verdicts depend on beyond its text. */
        record Context(Lexicon lexicon, Reason previous, boolean nextStartsWithCredit) {
        }

        /** The exemption and attribution of each of the paragraph's top-level quotations, in text order. */
        record Verdicts(Reason[] exempt, Reason[] attributed, boolean endsAttributed) {
            boolean copyInto(List<Quotation.Part> parts, Reason[] allExempt, Reason[] allAttributed) {
                for (int j = 0; j < parts.size(); j++) {
                    allExempt[parts.get(j).quotation()] = exempt[j];
                    allAttributed[parts.get(j).quotation()] = attributed[j];
                }
                return endsAttributed;
            }
        }

        private final String text;
        private final Lexicon lexicon;
        private final Exemptions exemptions;
        private final ParagraphTokens tokens;
        private final List<Quotation> quotations;
        private final Block block;
        private final List<Quotation.Part> parts;
        private final Reason previous;
        private final boolean nextStartsWithCredit;

        Paragraph(String text, Lexicon lexicon, Exemptions exemptions, ParagraphTokens tokens, List<Quotation> quotations,
                Block block, List<Quotation.Part> parts, Reason previous, boolean nextStartsWithCredit) {
            this.text = text;
            this.lexicon = lexicon;
            this.exemptions = exemptions;
            this.tokens = tokens;
            this.quotations = quotations;
            this.block = block;
            this.parts = parts;
            this.previous = previous;
            this.nextStartsWithCredit = nextStartsWithCredit;
        }

        Context context() {
            return new Context(lexicon, previous, nextStartsWithCredit);
        }

        /** Where the text read starts: a colon before an opening quotation is looked for past spaces and emphasis. */
        int readsFrom() {
            int j = block.start() - 1;
            while (j >= 0 && (Chars.isSpace(text.charAt(j)) || text.charAt(j) == '*' || text.charAt(j) == '_')) {
                j--;
            }
            return Math.max(0, j);
        }

        /** The verdicts of a paragraph whose quotations all lie inside it, indexed by part. */
        Verdicts ownVerdicts() {
            Reason[] exempt = new Reason[parts.size()];
            Reason[] attributed = new Reason[parts.size()];
            boolean endsAttributed = run(exempt, attributed, true);
            return new Verdicts(exempt, attributed, endsAttributed);
        }

        /** Adds the paragraph's verdicts to those of the document, indexed by quotation; whether it ends attributed. */
        boolean verdicts(Reason[] exempt, Reason[] attributed) {
            return run(exempt, attributed, false);
        }

        private boolean run(Reason[] exempt, Reason[] attributed, boolean byPart) {
            tokens.read(block.start(), block.end(), parts);
            SpeakerPhrase speaker = new SpeakerPhrase(text, lexicon, tokens);
            AttributionCues cues = new AttributionCues(text, lexicon, tokens, speaker, block.end());
            Frames frames = new Frames(text, lexicon, tokens, speaker, cues, block.end());
            boolean[] speechIn = new boolean[tokens.sentences()];
            boolean speech = false;
            boolean endsAttributed = false;
            int lastSentence = tokens.sentences() - 1;
            for (int k = 0; k < tokens.size(); k++) {
                if (!tokens.isQuote(k)) {
                    continue;
                }
                Quotation.Part part = tokens.part(k);
                Quotation quotation = quotations.get(part.quotation());
                int i = index(k, byPart);
                if (exempt[i] == null && part.equals(quotation.first())) {
                    exempt[i] = exemptionBefore(exemptions, tokens, k, quotation);
                }
                if (exempt[i] == null && part.equals(quotation.first()) && inTitleList(tokens, k, exempt, byPart)) {
                    exempt[i] = Reason.TITLE_LIST;
                }
                if (exempt[i] == null && part.equals(quotation.last()) && exemptions.titleAfter(tokens, k)) {
                    exempt[i] = Reason.TITLE_AFTER;
                }
                Reason reason = attribution(cues, frames, tokens, k, speechIn, fromPrevious(k),
                        nextStartsWithCredit && k == tokens.size() - 1);
                if (reason != null && attributed[i] == null) {
                    attributed[i] = reason;
                }
                // speech, not a title or a few words in a sentence, lets the quotations after it continue it
                if (reason != null && exempt[i] == null && isSpeech(cues, k, reason, quotation)) {
                    speechIn[tokens.sentence(k)] = true;
                    speech = true;
                    // only a full quotation at its end hands the paragraph's speaker on to the next paragraph
                    endsAttributed |= tokens.sentence(k) == lastSentence && cues.isFullQuotation(k);
                }
            }
            if (speech) {
                // one paragraph, one speaker: speech resumes after a narrative beat, or opens before its frame
                for (int k = 0; k < tokens.size(); k++) {
                    if (tokens.isQuote(k)) {
                        int i = index(k, byPart);
                        if (attributed[i] == null && exempt[i] == null) {
                            attributed[i] = Reason.SAME_SPEAKER;
                            endsAttributed |= tokens.sentence(k) == lastSentence && cues.isFullQuotation(k);
                        }
                    }
                }
            }
            return endsAttributed;
        }

        private int index(int k, boolean byPart) {
            return byPart ? tokens.partIndex(k) : quotations.get(tokens.part(k).quotation()).index();
        }

        /**
         * What the paragraph before says of quotation token {@code k}: a colon or a comma at its end introduces
         * the whole paragraph; an attributed quotation at its end, only a quotation that opens this one.
         */
        private Reason fromPrevious(int k) {
            return previous == Reason.PARAGRAPH_BEFORE_QUOTATION && k > 0 ? null : previous;
        }

        /**
         * A quotation that stands for speech: a full one, one with a frame of its own, or one longer than a scare
         * quote in a sentence that reports words ({@code they write, "to be religious is…"}); not a title, a word
         * or two in a sentence, or what a stance verb sums up ({@code critics denounce "a plan in disguise"}).
         */
        private boolean isSpeech(AttributionCues cues, int k, Reason reason, Quotation quotation) {
            return cues.isFullQuotation(k) || reason == Reason.FRAME_AFTER || reason == Reason.FRAME_BEFORE
                    || reason == Reason.SPEAKER_NEXT_SENTENCE || reason == Reason.CONTINUED
                    || cues.reportsIn(tokens.sentence(k)) && quotation.hasWords(text, SPEECH_WORDS);
        }

        /** {@code headlines such as "A" and "B"}: a quotation listed after an exempt title is one too. */
        private boolean inTitleList(ParagraphTokens tokens, int k, Reason[] exempt, boolean byPart) {
            int t = k - 1;
            if (t >= 1 && tokens.isWord(t) && tokens.isQuote(t - 1) && lexicon.conjunctions.contains(tokens.word(t))) {
                t--; // "A" and "B"
            }
            if (t < 0 || !tokens.isQuote(t) || tokens.sentence(t) != tokens.sentence(k)) {
                return false;
            }
            Reason before = exempt[index(t, byPart)];
            return before == Reason.TITLE_BEFORE || before == Reason.TITLE_LIST || before == Reason.NAMED;
        }
    }

    private static Reason attribution(AttributionCues cues, Frames frames, ParagraphTokens tokens, int k,
            boolean[] speechIn, Reason previousParagraph, boolean creditInNextParagraph) {
        int s = tokens.sentence(k);
        if (cues.ownSentenceHasCue(k)) {
            return Reason.OWN_SENTENCE;
        }
        if (frames.frameAfter(k)) {
            return Reason.FRAME_AFTER;
        }
        if (cues.colonAfterSpeaker(k)) {
            return Reason.COLON_AFTER_SPEAKER;
        }
        if (frames.frameBefore(k)) {
            return Reason.FRAME_BEFORE;
        }
        if (cues.speakerLabel(k)) {
            return Reason.SPEAKER_LABEL;
        }
        if (cues.namedView(k)) {
            return Reason.NAMED_VIEW;
        }
        if (cues.dashCredit(k)) {
            return Reason.DASH_CREDIT;
        }
        if (cues.cueRightAfter(k)) {
            return Reason.WORD_AFTER;
        }
        if (cues.incise(k)) {
            return Reason.INCISE;
        }
        if (speechIn[s]) {
            return Reason.CONTINUED;
        }
        if (cues.attributesNextSentence(s - 1)) {
            return Reason.SENTENCE_BEFORE;
        }
        if (s > 0 && speechIn[s - 1]) {
            return Reason.QUOTATION_BEFORE;
        }
        if (frames.speakerNextSentence(k)) {
            return Reason.SPEAKER_NEXT_SENTENCE;
        }
        if (previousParagraph != null) {
            return previousParagraph;
        }
        if (creditInNextParagraph && tokens.part(k).isClosed()) {
            return Reason.CREDIT_NEXT_PARAGRAPH;
        }
        return null;
    }

    private static Reason exemptionBefore(Exemptions exemptions, ParagraphTokens tokens, int k, Quotation quotation) {
        if (exemptions.titleBefore(tokens, k)) {
            return Reason.TITLE_BEFORE;
        }
        if (exemptions.namedBefore(tokens, k)) {
            return Reason.NAMED;
        }
        if (exemptions.nickname(tokens, k, quotation)) {
            return Reason.NICKNAME;
        }
        if (exemptions.titleCase(quotation, tokens.isFirstOfSentence(k))) {
            return Reason.TITLE_CASE;
        }
        return null;
    }

    private static boolean inTroubledParagraph(QuoteScan scan, Quotation quotation) {
        for (Quotation.Part part : quotation.parts()) {
            if (scan.isTroubled(part.paragraph())) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that ends with a colon or a comma introduces the next: {@code she said,} then the quotation. */
    private static Reason introduces(String text, Block block) {
        int end = Chars.trimEnd(text, block.start(), block.end());
        char last = end > block.start() ? text.charAt(end - 1) : ' ';
        return last == ':' ? Reason.PARAGRAPH_BEFORE_COLON : last == ',' ? Reason.PARAGRAPH_BEFORE_COMMA : null;
    }
}
