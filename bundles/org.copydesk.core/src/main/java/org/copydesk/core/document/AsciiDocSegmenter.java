package org.copydesk.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.copydesk.core.document.AsciiDocLines.Delimiter;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * AsciiDoc, read by a block scanner (no Java parser of AsciiDoc is light enough), one pass over the lines as
 * Asciidoctor reads them. Listing, literal, passthrough and fenced blocks are code and comment blocks comments,
 * neither looked into; quote, example, sidebar and open blocks are scanned for the blocks they hold. A list
 * item's or an admonition's paragraph starts after its marker or label.
 */
final class AsciiDocSegmenter implements Segmenter {
    @Override
    public List<Block> segment(String text) {
        return new Scan(text).run();
    }

    /** The state of one scan: where it is, which compound blocks are open, what the last attribute line set. */
    private static final class Scan {
        /** Block styles that turn a paragraph into code ({@code [source]} followed by an undelimited block). */
        private static final Set<String> VERBATIM_STYLES = Set.of("source", "listing", "literal", "pass", "stem",
                "latexmath", "asciimath");
        private static final String COMMENT_STYLE = "comment";

        private final String text;
        private final List<Line> lines;
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Delimiter> open = new ArrayDeque<>();
        private int i;
        /** The style the last block attribute line set, for the block that follows; null once used. */
        private String style;
        /** After {@code term::} alone on its line: the definition follows, even indented. */
        private boolean definitionFollows;
        /** After a {@code +} continuation: the next block belongs to a list item, which the next item ends. */
        private boolean attached;

        Scan(String text) {
            this.text = text;
            this.lines = TextLines.of(text, Chars.contentStart(text), text.length());
        }

        List<Block> run() {
            header();
            while (i < lines.size()) {
                block();
            }
            return blocks;
        }

        /** {@code = Title}, then author, revision and attribute lines up to the first blank line. */
        private void header() {
            int title = 0;
            while (title < lines.size() && (isBlank(title) || AsciiDocLines.isLineComment(text, line(title))
                    || AsciiDocLines.isAttributeEntry(text, line(title)))) {
                title++;
            }
            if (title == lines.size() || !AsciiDocLines.isDocumentTitle(text, line(title))) {
                return;
            }
            while (i < title) {
                block();
            }
            if (i != title) {
                return; // an attribute value continued onto the title line
            }
            addLines(Block.Kind.HEADING, i, i);
            for (i++; i < lines.size() && !isBlank(i); i++) {
                if (AsciiDocLines.isLineComment(text, line(i))) {
                    addLines(Block.Kind.COMMENT, i, i);
                } else {
                    addLines(Block.Kind.MARKUP, i, attributeEnd(i));
                    i = attributeEnd(i);
                }
            }
        }

        private void block() {
            Line line = line(i);
            if (line.isBlank(text)) {
                i++;
                attached = false;
                return;
            }
            if (closesOpenBlock(line)) {
                addLines(Block.Kind.MARKUP, i, i);
                i++;
                style = null;
                return;
            }
            Delimiter delimiter = AsciiDocLines.delimiter(text, line);
            if (delimiter != null) {
                delimited(delimiter);
            } else if (AsciiDocLines.isLineComment(text, line)) {
                single(Block.Kind.COMMENT);
            } else if (AsciiDocLines.isBlockAttributes(text, line)) {
                String lineStyle = AsciiDocLines.style(text, line);
                style = lineStyle.isEmpty() ? style : lineStyle;
                addLines(Block.Kind.MARKUP, i, i);
                i++;
            } else if (AsciiDocLines.isBlockTitle(text, line)) {
                addLines(Block.Kind.MARKUP, i, i);
                i++;
            } else if (AsciiDocLines.isSectionTitle(text, line)) {
                single(Block.Kind.HEADING);
            } else if (AsciiDocLines.isAttributeEntry(text, line)) {
                int end = attributeEnd(i);
                addLines(Block.Kind.MARKUP, i, end);
                i = end + 1;
            } else if (AsciiDocLines.isBreak(text, line)) {
                single(Block.Kind.THEMATIC_BREAK);
            } else if (AsciiDocLines.isListContinuation(text, line)) {
                single(Block.Kind.MARKUP);
                attached = true;
            } else if (AsciiDocLines.isBlockMacro(text, line)) {
                single(Block.Kind.MARKUP);
            } else {
                textBlock(line);
            }
        }

        /** List items, description lists, admonitions, literal and ordinary paragraphs. */
        private void textBlock(Line line) {
            int itemText = AsciiDocLines.listItemText(text, line);
            if (itemText >= 0) {
                paragraph(itemText, true);
                return;
            }
            int definition = AsciiDocLines.descriptionText(text, line);
            if (definition >= 0 && definition == Chars.trimEnd(text, line.start(), line.end())) {
                definitionFollows = true;
                i++;
            } else if (definition >= 0) {
                paragraph(definition, true);
            } else if (AsciiDocLines.admonitionText(text, line) >= 0) {
                paragraph(AsciiDocLines.admonitionText(text, line), false);
            } else if (AsciiDocLines.isIndented(text, line) && !definitionFollows) {
                int last = i;
                while (last + 1 < lines.size() && !isBlank(last + 1)) {
                    last++;
                }
                addLines(Block.Kind.CODE, i, last);
                i = last + 1;
                style = null;
            } else {
                paragraph(Chars.skipWhitespace(text, line.start(), line.end()), definitionFollows || attached);
            }
        }

        /** A paragraph whose text starts at {@code from} on the current line, up to a blank line or a block. */
        private void paragraph(int from, boolean inList) {
            Line first = line(i);
            List<Line> paragraph = new ArrayList<>();
            paragraph.add(new Line(from, first.end(), first.next()));
            int j = i + 1;
            while (j < lines.size() && !isBlank(j) && !interrupts(line(j), inList)) {
                paragraph.add(line(j++));
            }
            if (style != null && VERBATIM_STYLES.contains(style)) {
                addRange(Block.Kind.CODE, from, paragraph.get(paragraph.size() - 1).end());
            } else if (COMMENT_STYLE.equals(style)) {
                addRange(Block.Kind.COMMENT, from, paragraph.get(paragraph.size() - 1).end());
            } else {
                blocks.addAll(LineParagraphs.ofMarkup(text, paragraph));
            }
            i = j;
            style = null;
            definitionFollows = false;
            attached = false;
        }

        /** Lines that end a paragraph without a blank line, as in Asciidoctor; in a list, a next item too. */
        private boolean interrupts(Line line, boolean inList) {
            if (AsciiDocLines.delimiter(text, line) != null || AsciiDocLines.isBlockAttributes(text, line)
                    || AsciiDocLines.isLineComment(text, line) || AsciiDocLines.isPreprocessorDirective(text, line)) {
                return true;
            }
            return inList && (AsciiDocLines.listItemText(text, line) >= 0 || AsciiDocLines.isListContinuation(text, line)
                    || AsciiDocLines.descriptionText(text, line) >= 0);
        }

        private void delimited(Delimiter delimiter) {
            if (delimiter.compound() && !COMMENT_STYLE.equals(style)) {
                open.push(delimiter);
                single(Block.Kind.MARKUP);
                return;
            }
            Block.Kind kind = COMMENT_STYLE.equals(style) ? Block.Kind.COMMENT : delimiter.kind();
            int close = i + 1;
            while (close < lines.size() && !delimiter.closes(text, line(close))) {
                close++;
            }
            addLines(kind, i, Math.min(close, lines.size() - 1));
            i = close + 1;
            style = null;
        }

        /** Closes the innermost open block this line is the fence of, and any left open inside it. */
        private boolean closesOpenBlock(Line line) {
            if (open.isEmpty() || AsciiDocLines.delimiter(text, line) == null
                    || open.stream().noneMatch(d -> d.closes(text, line))) {
                return false;
            }
            while (!open.pop().closes(text, line)) {
                // blocks opened inside and never closed end with the block that holds them
            }
            return true;
        }

        private void single(Block.Kind kind) {
            addLines(kind, i, i);
            i++;
            if (kind != Block.Kind.COMMENT) {
                style = null;
            }
        }

        /** The last line of an attribute entry whose value goes on over lines ending in {@code " \"}. */
        private int attributeEnd(int first) {
            int last = first;
            while (last + 1 < lines.size() && AsciiDocLines.continuesValue(text, line(last))) {
                last++;
            }
            return last;
        }

        private void addLines(Block.Kind kind, int first, int last) {
            addRange(kind, line(first).start(), line(last).end());
        }

        private void addRange(Block.Kind kind, int start, int end) {
            int to = Chars.trimEnd(text, start, end);
            if (start < to) {
                blocks.add(new Block(kind, start, to));
            }
        }

        private Line line(int index) {
            return lines.get(index);
        }

        private boolean isBlank(int index) {
            return lines.get(index).isBlank(text);
        }
    }
}
