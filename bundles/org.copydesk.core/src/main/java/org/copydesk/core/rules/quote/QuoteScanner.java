package org.copydesk.core.rules.quote;

import java.util.BitSet;
import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.IntList;

/**
 * Finds quotations in one pass over each prose paragraph with a stack of open marks. Straight marks are told
 * apart by position (a mark after a space and before a word opens, one after a word and before a space or
 * punctuation closes); single marks are also told apart from apostrophes (Trump’s, ’90s, rock ’n’ roll, the
 * Joneses’ car). A quotation left open at a paragraph's end continues when the next paragraph starts with an
 * opening mark, the convention for quotations that run over several paragraphs; otherwise its mark is
 * unbalanced, as is a closing mark with nothing open. Open marks and what is found are kept in int arrays, so that
 * a text of nothing but quotation marks costs a few bytes a mark (see {@link QuoteScan}).
 */
final class QuoteScanner {
    /** The ASCII characters that are neither a quotation mark nor the start of inline markup. */
    private static final boolean[] SKIMMED = new boolean[128];

    static {
        for (char c = 0; c < SKIMMED.length; c++) {
            SKIMMED[c] = !Mark.isMark(c) && c != '`' && c != '<' && c != ']';
        }
    }

    /** How deep below the top of the stack a closing mark looks for its opening mark. */
    private static final int SEARCH_DEPTH = 8;
    /** Characters of a paragraph copied at a time to be skimmed. */
    private static final int WINDOW = 4096;
    /** Depths are kept up to this; only whether a quotation is nested matters. */
    private static final int DEEPEST = 1 << 20;

    /** An open mark's flags, beside its {@link QuoteScan.Marks} packing. */
    private static final int TENTATIVE = 1 << 7;
    private static final int CARRIED = 1 << 8;

    private final String text;
    private final Format format;
    private final List<Block> paragraphs;
    private final BitSet notFollowedDirectly;
    private final InlineMarkup markup;
    private final Apostrophes apostrophes;
    private final InchMarks inches;
    /** The next guillemet, to tell a German opening » with a space after it from a French closing one. */
    private final Lookahead guillemets;
    private final Lookahead singleGuillemets;

    /** The quotations found, in the order they close (see {@link QuoteScan}). */
    private final IntList opens = new IntList();
    private final IntList closes = new IntList();
    private final IntList marks = new IntList();
    /** The parts before the last of quotations over several paragraphs: paragraph, opening mark, its length, end. */
    private final IntList earlierQuotation = new IntList(4);
    private final IntList earlierParagraph = new IntList(4);
    private final IntList earlierOpen = new IntList(4);
    private final IntList earlierLength = new IntList(4);
    private final IntList earlierEnd = new IntList(4);
    /** The first unbalanced marks, and how many there are. */
    private final IntList loneOffsets = new IntList();
    private final IntList loneMarks = new IntList();
    private int loneCount;
    private final BitSet troubled = new BitSet();

    /** The open marks: where each starts and its packed mark, length and flags. */
    private final IntList stackStarts = new IntList();
    private final IntList stackMarks = new IntList();
    /** The earlier parts of the quotation carried from paragraph to paragraph: paragraph, open, length, end. */
    private final IntList carried = new IntList(8);
    private Mark carriedMark;

    /** While a paragraph is scanned for the memo: its first unbalanced marks (offset, packed) and their number. */
    private IntList paragraphLone;
    private int paragraphLoneCount;

    private int paragraph;
    private int paragraphStart;
    private int paragraphEnd;
    private Mark lexedMark;
    private final char[] window = new char[WINDOW];
    private int lexedLength;

    private QuoteScanner(Document document) {
        this.text = document.text();
        this.format = document.format();
        this.paragraphs = document.paragraphs();
        this.notFollowedDirectly = notFollowedDirectly(document);
        this.markup = new InlineMarkup(text, format);
        this.apostrophes = new Apostrophes(text);
        this.inches = new InchMarks(text);
        this.guillemets = new Lookahead(text, "\u00AB\u00BB");
        this.singleGuillemets = new Lookahead(text, "\u2039\u203A");
    }

    static QuoteScan scan(Document document) {
        QuoteScanner scanner = new QuoteScanner(document);
        BlockMemo memo = document.blockMemo();
        for (int i = 0; i < scanner.paragraphs.size(); i++) {
            if (scanner.carriedMark == null && memo.isEnabled()) {
                scanner.scanRemembered(i, memo);
            } else {
                scanner.scanMarks(i);
            }
            scanner.endParagraph();
        }
        QuoteScan.Earlier earlier = scanner.earlierQuotation.isEmpty() ? QuoteScan.Earlier.NONE
                : new QuoteScan.Earlier(scanner.earlierQuotation.toArray(), scanner.earlierParagraph.toArray(),
                        scanner.earlierOpen.toArray(), scanner.earlierLength.toArray(), scanner.earlierEnd.toArray());
        return new QuoteScan(scanner.text.length(), scanner.paragraphs, scanner.notFollowedDirectly, scanner.opens.toArray(),
                scanner.closes.toArray(), scanner.marks.toArray(), earlier, scanner.loneOffsets.toArray(),
                scanner.loneMarks.toArray(), scanner.loneCount, scanner.troubled);
    }

    /** The paragraphs not followed by the next one directly (something but comments stands between). */
    private static BitSet notFollowedDirectly(Document document) {
        BitSet result = new BitSet();
        int index = -1;
        boolean direct = false;
        for (Block block : document.blocks()) {
            if (block.isProse()) {
                if (index >= 0 && !direct) {
                    result.set(index);
                }
                index++;
                direct = true;
            } else if (block.kind() != Block.Kind.COMMENT) {
                direct = false;
            }
        }
        return result;
    }

    /**
     * Scans paragraph {@code index}, which continues no quotation, or takes over what an earlier version of the
     * document found in it: with nothing carried in, a paragraph's marks depend on its text alone.
     */
    private void scanRemembered(int index, BlockMemo memo) {
        Block block = paragraphs.get(index);
        int at = block.start();
        ScannedParagraph scanned = memo.paragraph(ScannedParagraph.KEY, index, format);
        if (scanned == null) {
            int firstQuotation = closes.size();
            paragraphLone = new IntList(4);
            paragraphLoneCount = 0;
            scanMarks(index);
            int[] quotations = new int[(closes.size() - firstQuotation) * 3];
            for (int q = firstQuotation, j = 0; q < closes.size(); q++, j += 3) {
                quotations[j] = opens.get(q) - at;
                quotations[j + 1] = closes.get(q) - at;
                quotations[j + 2] = marks.get(q);
            }
            IntList open = new IntList(2);
            for (int k = 0; k < stackStarts.size(); k++) {
                if (!isSilent(stackMarks.get(k))) { // the others are dropped silently at the paragraph's end
                    open.add(stackStarts.get(k) - at);
                    open.add(stackMarks.get(k));
                }
            }
            scanned = new ScannedParagraph(quotations, paragraphLone.toArray(), paragraphLoneCount, open.toArray());
            paragraphLone = null;
            memo.putParagraph(ScannedParagraph.KEY, index, format, scanned, block, block.start(), block.end());
            return;
        }
        paragraph = index;
        paragraphStart = at;
        paragraphEnd = block.end();
        int[] quotations = scanned.quotations();
        for (int j = 0; j < quotations.length; j += 3) {
            opens.add(at + quotations[j]);
            closes.add(at + quotations[j + 1]);
            marks.add(quotations[j + 2]);
        }
        int[] lone = scanned.unbalanced();
        for (int j = 0; j < lone.length; j += 2) {
            keepLone(at + lone[j], lone[j + 1]);
        }
        loneCount += scanned.unbalancedCount() - lone.length / 2;
        if (scanned.unbalancedCount() > 0) {
            troubled.set(index);
        }
        int[] open = scanned.open();
        for (int j = 0; j < open.length; j += 2) {
            stackStarts.add(at + open[j]);
            stackMarks.add(open[j + 1]);
        }
    }

    /** Reads the marks of paragraph {@code index}, continuing the carried quotation if it starts with a mark. */
    private void scanMarks(int index) {
        Block block = paragraphs.get(index);
        paragraph = index;
        paragraphStart = block.start();
        paragraphEnd = block.end();
        markup.startParagraph(paragraphEnd);
        apostrophes.startParagraph(paragraphStart, paragraphEnd);
        inches.startParagraph(paragraphStart, paragraphEnd);
        guillemets.startParagraph(paragraphStart, paragraphEnd);
        singleGuillemets.startParagraph(paragraphStart, paragraphEnd);
        int i = paragraphStart;
        if (carriedMark != null && lex(i, paragraphEnd)) {
            stackStarts.add(i);
            stackMarks.add(QuoteScan.Marks.pack(carriedMark, 0, lexedLength, 1, true) | CARRIED);
            i += lexedLength;
        }
        // the paragraph is skimmed a window at a time, as an array: most characters are neither marks nor markup
        int windowStart = i;
        int windowEnd = i;
        while (i < paragraphEnd) {
            if (i >= windowEnd || i < windowStart) {
                windowStart = i;
                windowEnd = Math.min(paragraphEnd, i + WINDOW);
                text.getChars(windowStart, windowEnd, window, 0);
            }
            char c = window[i - windowStart];
            if (c < SKIMMED.length ? SKIMMED[c] : !Mark.isMark(c)) {
                i++;
            } else if (lex(i, paragraphEnd)) {
                int length = lexedLength;
                handle(lexedMark, i, length);
                i += length;
            } else {
                int skipped = markup.skip(i);
                i = skipped > i ? skipped : i + 1;
            }
        }
    }

    /** Reads the mark at {@code i}, if any, into {@link #lexedMark} and {@link #lexedLength}. */
    private boolean lex(int i, int limit) {
        char c = text.charAt(i);
        char next = i + 1 < limit ? text.charAt(i + 1) : ' ';
        if (format == Format.ASCIIDOC) {
            // AsciiDoc writes curved quotes as "`…`" and '`…`'
            if ((c == '"' || c == '\'') && next == '`') {
                return lexed(c == '"' ? Mark.LEFT_DOUBLE : Mark.LEFT_SINGLE, 2);
            }
            if (c == '`' && (next == '"' || next == '\'')) {
                return lexed(next == '"' ? Mark.RIGHT_DOUBLE : Mark.RIGHT_SINGLE, 2);
            }
        }
        if (c == '\'' && next == '\'') {
            return lexed(Mark.STRAIGHT_DOUBLE, 2);
        }
        Mark mark = Mark.of(c);
        return mark != null && lexed(mark, 1);
    }

    private boolean lexed(Mark mark, int length) {
        lexedMark = mark;
        lexedLength = length;
        return true;
    }

    private void handle(Mark mark, int at, int length) {
        char prev = MarkPosition.before(text, at, paragraphStart);
        char next = MarkPosition.after(text, at + length, paragraphEnd);
        boolean prevSpace = Chars.isSpace(prev);
        boolean nextSpace = Chars.isSpace(next);
        boolean opening = MarkPosition.opensAfter(prev) && MarkPosition.opensBefore(text, at + length, paragraphEnd);
        boolean closing = !prevSpace && MarkPosition.closesBefore(next);
        switch (mark) {
            case STRAIGHT_DOUBLE -> straightDouble(at, length, prev, next, opening, closing, prevSpace, nextSpace);
            case LEFT_DOUBLE -> {
                // closes „… (German, also with a space before it: „Englands “) and the misused “…“; otherwise it opens
                if (!(!opening && close(mark, at, length, closing))) {
                    if (opening || !closing) {
                        push(mark, at, length);
                    } else {
                        unbalancedMark(mark, at, length, false);
                    }
                }
            }
            case RIGHT_DOUBLE -> {
                if (!close(mark, at, length, closing)) {
                    if (opening && !closing) {
                        push(mark, at, length); // ”…” as Swedish and Finnish write it
                    } else {
                        unbalancedMark(mark, at, length, false);
                    }
                }
            }
            case LOW_DOUBLE -> push(mark, at, length);
            case LEFT_GUILLEMET, LEFT_SINGLE_GUILLEMET -> {
                // « opens in French; it closes German »…« unless it sits where an opening mark does
                if (prevSpace && !nextSpace || !close(mark, at, length, closing)) {
                    if (closing && !opening) {
                        unbalancedMark(mark, at, length, false); // »…« begun before the text: nothing to close
                    } else {
                        push(mark, at, length);
                    }
                }
            }
            case RIGHT_GUILLEMET, RIGHT_SINGLE_GUILLEMET -> {
                if (!close(mark, at, length, closing)) {
                    if (opening || !MarkPosition.closesBefore(next) || !closing && pairsAhead(mark, at + length)) {
                        push(mark, at, length); // German »…«, also with a space inside: » Ah voilà!«
                    } else {
                        unbalancedMark(mark, at, length, false); // a French closing » without its «
                    }
                }
            }
            case LOW_SINGLE -> {
                if (opening) {
                    push(mark, at, length);
                }
            }
            case LEFT_SINGLE -> leftSingle(at, length, opening, closing);
            case RIGHT_SINGLE, STRAIGHT_SINGLE -> apostropheOrSingle(mark, at, length, prev, next, opening, closing);
        }
    }

    /** Whether the next guillemet of the paragraph is the German partner of {@code mark}: » … «, › … ‹. */
    private boolean pairsAhead(Mark mark, int from) {
        boolean single = mark == Mark.RIGHT_SINGLE_GUILLEMET;
        int next = (single ? singleGuillemets : guillemets).next(from);
        return next >= 0 && text.charAt(next) == (single ? '\u2039' : '\u00AB');
    }

    private void straightDouble(int at, int length, char prev, char next, boolean opening, boolean closing,
            boolean prevSpace, boolean nextSpace) {
        if (opening && Apostrophes.isDoubledElision(text, at + length, paragraphEnd)) {
            return; // "em, "tis: an apostrophe typed as a double mark
        }
        if (closing && !opening) {
            if (Character.isDigit(prev) && inches.isInchMark(at, length)) {
                return; // 12", 5' 10": inches
            }
            if (!close(Mark.STRAIGHT_DOUBLE, at, length, true) && !Character.isDigit(prev)) {
                unbalancedMark(Mark.STRAIGHT_DOUBLE, at, length, false);
            }
        } else if (opening && !closing) {
            push(Mark.STRAIGHT_DOUBLE, at, length);
        } else if (opening) {
            if (!close(Mark.STRAIGHT_DOUBLE, at, length, true)) {
                push(Mark.STRAIGHT_DOUBLE, at, length);
            }
        } else if (!prevSpace && !nextSpace) {
            // glued to words on both sides: 12"x8" is inches; a"b closes what is open, else it may open a quotation
            // whose space was lost (about"joint operations", said."We)
            if (!Character.isDigit(prev) && !close(Mark.STRAIGHT_DOUBLE, at, length, true) && MarkPosition.opensBefore(next)) {
                pushTentative(Mark.STRAIGHT_DOUBLE, at, length);
            }
        } else {
            close(Mark.STRAIGHT_DOUBLE, at, length, true);
        }
    }

    private void leftSingle(int at, int length, boolean opening, boolean closing) {
        if (closing && !opening && close(Mark.LEFT_SINGLE, at, length, true)) {
            return; // German ‚…‘
        }
        if (opening && !Apostrophes.isElision(text, at + length, paragraphEnd)) {
            push(Mark.LEFT_SINGLE, at, length);
        }
        // ‘ anywhere else is a mistyped apostrophe: ‘90s, Trump‘s
    }

    private void apostropheOrSingle(Mark mark, int at, int length, char prev, char next, boolean opening, boolean closing) {
        if (Words.isWordChar(prev) && Words.isWordChar(next)) {
            return; // don’t, Trump’s
        }
        if (Character.isDigit(prev) && InchMarks.digitFollows(text, at + length, paragraphEnd)) {
            return; // 5' 10": feet
        }
        if (opening && !closing) {
            // ’ never opens (’90s, ’n’, ’em); ' opens unless it starts an elision
            if (mark == Mark.STRAIGHT_SINGLE && !Apostrophes.isElision(text, at + length, paragraphEnd)) {
                push(mark, at, length);
            }
            return;
        }
        if (closing) {
            int k = acceptor(mark, true);
            if (k >= 0 && !apostrophes.likelyApostrophe(at)) {
                closeAt(k, at, length);
            }
            // with nothing open it is an apostrophe: the Joneses’ car, 6' tall
        }
    }

    private void push(Mark mark, int at, int length) {
        stackStarts.add(at);
        stackMarks.add(QuoteScan.Marks.pack(mark, 0, length, 1, true));
    }

    /** A mark that may open a quotation but need not (glued to words on both sides): never reported alone. */
    private void pushTentative(Mark mark, int at, int length) {
        stackStarts.add(at);
        stackMarks.add(QuoteScan.Marks.pack(mark, 0, length, 1, true) | TENTATIVE);
    }

    /** Open marks that are dropped without a word: tentative ones, and those that double as apostrophes. */
    private static boolean isSilent(int packed) {
        return (packed & TENTATIVE) != 0 || QuoteScan.Marks.mark(packed).isApostropheLike();
    }

    private boolean close(Mark closer, int at, int length, boolean closingPosition) {
        int k = acceptor(closer, closingPosition);
        if (k < 0) {
            return false;
        }
        closeAt(k, at, length);
        return true;
    }

    private int acceptor(Mark closer, boolean closingPosition) {
        for (int k = stackStarts.size() - 1, seen = 0; k >= 0 && seen < SEARCH_DEPTH; k--, seen++) {
            if (QuoteScan.Marks.mark(stackMarks.get(k)).closedBy(closer, closingPosition)) {
                return k;
            }
        }
        return -1;
    }

    private void closeAt(int k, int at, int length) {
        for (int top = stackStarts.size() - 1; top > k; top--) {
            drop(top);
        }
        int start = stackStarts.get(k);
        int packed = stackMarks.get(k);
        stackStarts.truncate(k);
        stackMarks.truncate(k);
        int openLength = QuoteScan.Marks.openLength(packed);
        boolean isCarried = (packed & CARRIED) != 0;
        if (start + openLength == at && !isCarried) {
            return; // "": no quotation, and nothing unbalanced either
        }
        int index = closes.size();
        if (isCarried) {
            for (int j = 0; j < carried.size(); j += 4) {
                earlierQuotation.add(index);
                earlierParagraph.add(carried.get(j));
                earlierOpen.add(carried.get(j + 1));
                earlierLength.add(carried.get(j + 2));
                earlierEnd.add(carried.get(j + 3));
            }
            carried.clear();
            carriedMark = null;
        }
        opens.add(start);
        closes.add(at);
        marks.add(QuoteScan.Marks.pack(QuoteScan.Marks.mark(packed), Math.min(k, DEEPEST), openLength, length, false));
    }

    /** The open mark at {@code k} will never be closed; apostrophe-like and tentative ones are dropped silently. */
    private void drop(int k) {
        int packed = stackMarks.get(k);
        if ((packed & CARRIED) != 0) {
            for (int j = 0; j < carried.size(); j += 4) {
                troubled.set(carried.get(j));
            }
            carried.clear();
            carriedMark = null;
        }
        if (!isSilent(packed)) {
            lone(stackStarts.get(k), QuoteScan.Marks.pack(QuoteScan.Marks.mark(packed), 0,
                    QuoteScan.Marks.openLength(packed), 1, true));
        }
    }

    private void unbalancedMark(Mark mark, int at, int length, boolean opening) {
        lone(at, QuoteScan.Marks.pack(mark, 0, length, 1, opening));
    }

    /** A mark of the current paragraph without a partner: counted, and kept while few are. */
    private void lone(int at, int packed) {
        keepLone(at, packed);
        troubled.set(paragraph);
        if (paragraphLone != null) {
            paragraphLoneCount++;
            if (paragraphLone.size() < 2 * QuoteScan.KEPT_UNBALANCED) {
                paragraphLone.add(at - paragraphStart);
                paragraphLone.add(packed);
            }
        }
    }

    private void keepLone(int at, int packed) {
        loneCount++;
        if (loneOffsets.size() < QuoteScan.KEPT_UNBALANCED) {
            loneOffsets.add(at);
            loneMarks.add(packed);
        }
    }

    /** Carries the one quotation left open into the next paragraph if that goes on with it; drops the rest. */
    private void endParagraph() {
        int kept = 0;
        for (int k = 0; k < stackStarts.size(); k++) {
            if (!isSilent(stackMarks.get(k))) {
                stackStarts.set(kept, stackStarts.get(k));
                stackMarks.set(kept, stackMarks.get(k));
                kept++;
            }
        }
        stackStarts.truncate(kept);
        stackMarks.truncate(kept);
        if (kept == 0) {
            return;
        }
        Mark mark = QuoteScan.Marks.mark(stackMarks.get(0));
        if (kept == 1 && !notFollowedDirectly.get(paragraph) && paragraph + 1 < paragraphs.size()
                && continues(mark, paragraph + 1)) {
            int start = stackStarts.get(0);
            carried.add(paragraph);
            carried.add(start);
            carried.add(QuoteScan.Marks.openLength(stackMarks.get(0)));
            carried.add(paragraphEnd);
            carriedMark = mark;
            stackStarts.clear();
            stackMarks.clear();
            return;
        }
        for (int k = 0; k < kept; k++) {
            drop(k);
        }
        stackStarts.clear();
        stackMarks.clear();
    }

    /** Whether paragraph {@code next} starts with a mark that continues a quotation opened with {@code mark}. */
    private boolean continues(Mark mark, int next) {
        Block block = paragraphs.get(next);
        if (block.length() == 0 || !lex(block.start(), block.end()) || !mark.continuedBy(lexedMark)) {
            return false;
        }
        int after = block.start() + lexedLength;
        if (after >= block.end()) {
            return false;
        }
        char following = text.charAt(after);
        if (lexedMark.isSingle() && Apostrophes.isElision(text, after, block.end())) {
            return false;
        }
        return lexedMark.isGuillemet() || !Chars.isSpace(following);
    }
}
