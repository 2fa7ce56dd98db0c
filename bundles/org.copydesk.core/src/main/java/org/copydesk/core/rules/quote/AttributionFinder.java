package org.copydesk.core.rules.quote;

import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.text.Chars;

/**
 * Decides for every top-level quotation of a document whether the reader is told who speaks. A quotation is
 * attributed by a cue in its own sentence or at its marks; by a verb that reports words, or an attributed
 * quotation, in the sentence before ({@code "A," she said. "B."}, and chains of such); by a reporting verb right
 * after a quoted question; and, when it opens a paragraph, by the previous paragraph ending in a colon or in an
 * attributed full quotation. A quotation that runs over several paragraphs is attributed if any part of it is.
 */
final class AttributionFinder {
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
        OWN_SENTENCE, SPEAKER_AFTER, COLON_AFTER_SPEAKER, NAMED_VIEW, DASH_CREDIT, WORD_AFTER, INCISE, SENTENCE_BEFORE,
        QUOTATION_BEFORE, QUESTION_THEN_VERB, PARAGRAPH_BEFORE_COLON, PARAGRAPH_BEFORE_QUOTATION, CREDIT_NEXT_PARAGRAPH,
        TITLE_BEFORE, TITLE_AFTER, NAMED, NICKNAME, TITLE_CASE, NOT_PROSE, NESTED, UNBALANCED, NONE
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
        boolean previousEndsWithColon = false;
        boolean previousEndsAttributed = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Block block = paragraphs.get(p);
            boolean afterPrevious = p > 0 && scan.followedDirectly(p - 1);
            List<Quotation.Part> parts = scan.topLevelParts(p);
            boolean endsAttributed = false;
            if (!parts.isEmpty() && !scan.isTroubled(p)) {
                boolean nextStartsWithCredit = scan.followedDirectly(p)
                        && AttributionCues.dashThenName(text, paragraphs.get(p + 1).start(), paragraphs.get(p + 1).end());
                Reason previous = !afterPrevious ? null : previousEndsWithColon ? Reason.PARAGRAPH_BEFORE_COLON
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
            previousEndsWithColon = endsWithColon(text, block);
            previousEndsAttributed = endsAttributed;
        }
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
            AttributionCues cues = new AttributionCues(text, lexicon, tokens, block.end());
            boolean[] quoteAttributedIn = new boolean[tokens.sentences()];
            boolean endsAttributed = false;
            for (int k = 0; k < tokens.size(); k++) {
                if (!tokens.isQuote(k)) {
                    continue;
                }
                Quotation.Part part = tokens.part(k);
                Quotation quotation = quotations.get(part.quotation());
                int i = byPart ? tokens.partIndex(k) : quotation.index();
                if (exempt[i] == null && part.equals(quotation.first())) {
                    exempt[i] = exemptionBefore(exemptions, tokens, k, quotation);
                }
                if (exempt[i] == null && part.equals(quotation.last()) && exemptions.titleAfter(tokens, k)) {
                    exempt[i] = Reason.TITLE_AFTER;
                }
                Reason reason = attribution(cues, tokens, k, quoteAttributedIn, k == 0 ? previous : null,
                        nextStartsWithCredit && k == tokens.size() - 1);
                if (reason != null && attributed[i] == null) {
                    attributed[i] = reason;
                }
                // only a full quotation, not a title or a few words in a sentence, lets the next one continue it
                if (reason != null && exempt[i] == null && cues.isFullQuotation(k)) {
                    quoteAttributedIn[tokens.sentence(k)] = true;
                    endsAttributed |= tokens.sentence(k) == tokens.sentences() - 1;
                }
            }
            return endsAttributed;
        }
    }

    private static Reason attribution(AttributionCues cues, ParagraphTokens tokens, int k, boolean[] quoteAttributedIn,
            Reason previousParagraph, boolean creditInNextParagraph) {
        int s = tokens.sentence(k);
        if (cues.ownSentenceHasCue(k)) {
            return Reason.OWN_SENTENCE;
        }
        if (cues.continuesIntoSpeaker(k)) {
            return Reason.SPEAKER_AFTER;
        }
        if (cues.colonAfterSpeaker(k)) {
            return Reason.COLON_AFTER_SPEAKER;
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
        if (cues.attributesNextSentence(s - 1)) {
            return Reason.SENTENCE_BEFORE;
        }
        if (s > 0 && quoteAttributedIn[s - 1]) {
            return Reason.QUOTATION_BEFORE;
        }
        if (cues.verbRightAfterQuestion(k)) {
            return Reason.QUESTION_THEN_VERB;
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

    private static boolean endsWithColon(String text, Block block) {
        int end = Chars.trimEnd(text, block.start(), block.end());
        return end > block.start() && text.charAt(end - 1) == ':';
    }
}
