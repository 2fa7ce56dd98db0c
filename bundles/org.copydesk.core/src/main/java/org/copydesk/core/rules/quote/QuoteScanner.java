package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.text.Chars;

/**
 * Finds quotations in one pass over each prose paragraph with a stack of open marks. Straight marks are told
 * apart by position (a mark after a space and before a word opens, one after a word and before a space or
 * punctuation closes); single marks are also told apart from apostrophes (Trump’s, ’90s, rock ’n’ roll, the
 * Joneses’ car). A quotation left open at a paragraph's end continues when the next paragraph starts with an
 * opening mark, the convention for quotations that run over several paragraphs; otherwise its mark is
 * unbalanced, as is a closing mark with nothing open.
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

    /** A mark waiting for its partner, and the earlier paragraphs of its quotation if it continues one. */
    private static final class Open {
        final Mark mark;
        /** A mark that may open a quotation but need not (glued to words on both sides): never reported alone. */
        final boolean tentative;
        int paragraph;
        int start;
        int length;
        final List<int[]> earlier = new ArrayList<>();

        Open(Mark mark, boolean tentative, int paragraph, int start, int length) {
            this.mark = mark;
            this.tentative = tentative;
            this.paragraph = paragraph;
            this.start = start;
            this.length = length;
        }

        boolean isSilent() {
            return tentative || mark.isApostropheLike();
        }
    }

    private final String text;
    private final Format format;
    private final List<Block> paragraphs;
    private final boolean[] followedDirectly;
    private final InlineMarkup markup;
    private final Apostrophes apostrophes;
    private final InchMarks inches;
    /** The next guillemet, to tell a German opening » with a space after it from a French closing one. */
    private final Lookahead guillemets;
    private final Lookahead singleGuillemets;
    private final List<Quotation> quotations = new ArrayList<>();
    private final List<UnbalancedMark> unbalanced = new ArrayList<>();
    private final BitSet troubled = new BitSet();
    private final List<Open> stack = new ArrayList<>();

    private int paragraph;
    private int paragraphStart;
    private int paragraphEnd;
    private Mark lexedMark;
    private char[] chars = new char[256];
    private int lexedLength;

    private QuoteScanner(Document document) {
        this.text = document.text();
        this.format = document.format();
        this.paragraphs = document.paragraphs();
        this.followedDirectly = followedDirectly(document);
        this.markup = new InlineMarkup(text, format);
        this.apostrophes = new Apostrophes(text);
        this.inches = new InchMarks(text);
        this.guillemets = new Lookahead(text, "\u00AB\u00BB");
        this.singleGuillemets = new Lookahead(text, "\u2039\u203A");
    }

    static QuoteScan scan(Document document) {
        QuoteScanner scanner = new QuoteScanner(document);
        BlockMemo memo = document.blockMemo();
        Open carried = null;
        for (int i = 0; i < scanner.paragraphs.size(); i++) {
            if (carried == null && memo.isEnabled()) {
                scanner.scanRemembered(i, memo);
            } else {
                scanner.scanMarks(i, carried);
            }
            carried = scanner.endParagraph();
        }
        return new QuoteScan(scanner.paragraphs, scanner.followedDirectly, scanner.quotations, scanner.unbalanced,
                scanner.troubled);
    }

    private static boolean[] followedDirectly(Document document) {
        boolean[] result = new boolean[document.paragraphs().size()];
        int index = -1;
        boolean direct = false;
        for (Block block : document.blocks()) {
            if (block.isProse()) {
                if (index >= 0 && direct) {
                    result[index] = true;
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
        ScannedParagraph scanned = memo.paragraph(ScannedParagraph.KEY, index, format);
        if (scanned == null) {
            int firstQuotation = quotations.size();
            int firstUnbalanced = unbalanced.size();
            scanMarks(index, null);
            List<ScannedParagraph.Lone> open = new ArrayList<>(stack.size());
            for (Open mark : stack) {
                if (mark.isSilent()) {
                    continue; // dropped silently at the paragraph's end
                }
                open.add(new ScannedParagraph.Lone(mark.start - block.start(), mark.length, mark.mark, true));
            }
            scanned = ScannedParagraph.of(block.start(), firstQuotation, quotations.subList(firstQuotation, quotations.size()),
                    unbalanced.subList(firstUnbalanced, unbalanced.size()), open);
            memo.putParagraph(ScannedParagraph.KEY, index, format, scanned, block, block.start(), block.end());
            return;
        }
        paragraph = index;
        paragraphEnd = block.end();
        int base = quotations.size();
        for (ScannedParagraph.Closed closed : scanned.quotations()) {
            int quotationIndex = base + closed.index();
            int at = block.start();
            quotations.add(new Quotation(quotationIndex, closed.depth(), closed.mark(), List.of(new Quotation.Part(
                    quotationIndex, index, at + closed.open(), at + closed.openEnd(), at + closed.close(), at + closed.closeEnd()))));
        }
        for (ScannedParagraph.Lone mark : scanned.unbalanced()) {
            unbalanced.add(new UnbalancedMark(block.start() + mark.offset(), mark.length(), mark.mark(), mark.opening(), index));
            troubled.set(index);
        }
        for (ScannedParagraph.Lone open : scanned.open()) {
            stack.add(new Open(open.mark(), false, index, block.start() + open.offset(), open.length()));
        }
    }

    /** Reads the marks of paragraph {@code index}, continuing {@code carried} if it starts with a mark. */
    private void scanMarks(int index, Open carried) {
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
        if (carried != null && lex(i, paragraphEnd)) {
            carried.paragraph = index;
            carried.start = i;
            carried.length = lexedLength;
            stack.add(carried);
            i += lexedLength;
        }
        // the paragraph is copied once and skimmed as an array: most characters are neither marks nor markup
        int paragraphLength = paragraphEnd - paragraphStart;
        if (chars.length < paragraphLength) {
            chars = new char[Math.max(paragraphLength, chars.length * 2)];
        }
        text.getChars(paragraphStart, paragraphEnd, chars, 0);
        while (i < paragraphEnd) {
            char c = chars[i - paragraphStart];
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
        stack.add(new Open(mark, false, paragraph, at, length));
    }

    private void pushTentative(Mark mark, int at, int length) {
        stack.add(new Open(mark, true, paragraph, at, length));
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
        for (int k = stack.size() - 1, seen = 0; k >= 0 && seen < SEARCH_DEPTH; k--, seen++) {
            if (stack.get(k).mark.closedBy(closer, closingPosition)) {
                return k;
            }
        }
        return -1;
    }

    private void closeAt(int k, int at, int length) {
        while (stack.size() - 1 > k) {
            drop(stack.remove(stack.size() - 1));
        }
        Open open = stack.remove(k);
        int index = quotations.size();
        List<Quotation.Part> parts = new ArrayList<>();
        for (int[] earlier : open.earlier) {
            parts.add(new Quotation.Part(index, earlier[0], earlier[1], earlier[2], earlier[3], earlier[3]));
        }
        parts.add(new Quotation.Part(index, paragraph, open.start, open.start + open.length, at, at + length));
        quotations.add(new Quotation(index, k, open.mark, parts));
    }

    /** An opening mark that will never be closed; apostrophe-like ones are dropped silently. */
    private void drop(Open open) {
        if (open.isSilent()) {
            return;
        }
        unbalanced.add(new UnbalancedMark(open.start, open.length, open.mark, true, open.paragraph));
        troubled.set(open.paragraph);
        for (int[] earlier : open.earlier) {
            troubled.set(earlier[0]);
        }
    }

    private void unbalancedMark(Mark mark, int at, int length, boolean opening) {
        unbalanced.add(new UnbalancedMark(at, length, mark, opening, paragraph));
        troubled.set(paragraph);
    }

    private Open endParagraph() {
        stack.removeIf(Open::isSilent);
        if (stack.isEmpty()) {
            return null;
        }
        if (stack.size() == 1 && followedDirectly[paragraph] && continues(stack.get(0).mark, paragraph + 1)) {
            Open open = stack.remove(0);
            open.earlier.add(new int[] {paragraph, open.start, open.start + open.length, paragraphEnd});
            return open;
        }
        for (Open open : stack) {
            drop(open);
        }
        stack.clear();
        return null;
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
