package org.copydesk.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.copydesk.core.TextEdit;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;
import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * Markdown, parsed by commonmark-java (CommonMark with GFM tables and YAML front matter) with source positions.
 * A paragraph's range starts after the list or quote markers of its first line; its lines, as the parser gives
 * them without their markers, go through {@link LineParagraphs} in case they are a CMS export pasted whole.
 */
final class MarkdownSegmenter implements Segmenter {
    private static final Parser PARSER = parser(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
    /**
     * For text that does not start the document: after YAML front matter that commonmark-java's front matter
     * parser cannot read, and a revision's re-parsed region, whose first line may look like front matter.
     */
    private static final Parser WITHOUT_FRONT_MATTER = parser(List.of(TablesExtension.create()));
    private static final String TOML_FENCE = "+++";
    private static final Pattern YAML_START = Pattern.compile("---(\\s.*)?");
    private static final Pattern YAML_END = Pattern.compile("(---|\\.\\.\\.)(\\s.*)?");

    @Override
    public List<Block> segment(String text) {
        return segmentation(text).blocks();
    }

    /**
     * The blocks, and the restart points of the parse: the lines where a top-level paragraph or heading starts
     * after a blank line. There the parser holds nothing open but the document, so parsing from such a line on
     * gives what parsing the whole text gives from there, which is what {@link #revise} relies on.
     */
    record Parsed(List<Block> blocks, int[] restarts) implements Segmentation {
    }

    @Override
    public Parsed segmentation(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = Chars.contentStart(text);
        int tomlEnd = tomlFrontMatterEnd(text, start);
        if (tomlEnd > 0) {
            blocks.add(new Block(Block.Kind.FRONT_MATTER, start, tomlEnd));
            start = tomlEnd;
        }
        // The parser sees neither the byte order mark (it would hide a heading or front matter) nor TOML.
        String markdown = start == 0 ? text : text.substring(start);
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (RuntimeException e) {
            // commonmark-java's front matter parser throws on some values (a lone quote: "title: '"): find the
            // front matter as it does, and parse the rest without it; with no restart points, a revision of this
            // text parses it whole again
            int yamlEnd = yamlFrontMatterEnd(text, start);
            if (yamlEnd < 0) {
                throw e;
            }
            blocks.add(new Block(Block.Kind.FRONT_MATTER, start, yamlEnd));
            new Collector(text, yamlEnd, blocks).collect(WITHOUT_FRONT_MATTER.parse(text.substring(yamlEnd)));
            return new Parsed(blocks, new int[0]);
        }
        new Collector(text, start, blocks).collect(document);
        return new Parsed(blocks, restarts(text, start, document, start, Integer.MAX_VALUE).stream().mapToInt(i -> i).toArray());
    }

    /**
     * Re-parses only from the last restart point before the edit to the first one after it at which the new
     * parse agrees with the old: there the parser holds nothing open in either, and the text on is the same, so
     * the old blocks from there on are the new ones, shifted. The restart lines themselves and the blank lines
     * before them must lie outside the edit, since they decide that nothing is open. Where no such points are
     * found, the whole text is parsed.
     */
    @Override
    public Segmentation revise(Segmentation previous, String text, TextEdit edit) {
        if (!(previous instanceof Parsed parsed)) {
            return segmentation(text);
        }
        int offset = edit.offset();
        int newEnd = offset + edit.replacement().length();
        int delta = newEnd - edit.end();
        int[] restarts = parsed.restarts();
        int r = -1;
        while (r + 1 < restarts.length && Removal.lineEnd(text, restarts[r + 1]) < offset) {
            r++;
        }
        int c = r + 1;
        while (c < restarts.length && restarts[c] + delta <= newEnd) {
            c++;
        }
        // the blank line before a resync point must lie after the edit too
        while (c < restarts.length && Removal.lineStart(text, restarts[c] + delta - 1) <= newEnd) {
            c++;
        }
        if (r < 0 || c >= restarts.length) {
            return segmentation(text);
        }
        int from = restarts[r];
        for (int step = 1; c < restarts.length; c += step, step *= 2) {
            int resync = restarts[c] + delta;
            int to = Math.min(text.length(), Removal.lineEnd(text, resync) + 1);
            Node document = WITHOUT_FRONT_MATTER.parse(text.substring(from, to));
            if (startsTopLevelText(document, from, resync)) {
                return spliced(parsed, text, document, from, resync, c, delta);
            }
        }
        return segmentation(text);
    }

    /** Whether a top-level paragraph or heading of the parse of {@code text[from, …)} starts on the line at {@code line}. */
    private static boolean startsTopLevelText(Node document, int from, int line) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty() && from + spans.get(0).getInputIndex() - spans.get(0).getColumnIndex() == line) {
                return node instanceof Paragraph || node instanceof Heading;
            }
        }
        return false;
    }

    /** The old blocks before {@code from}, the re-parsed ones up to {@code resync}, the old ones after, shifted. */
    private static Parsed spliced(Parsed parsed, String text, Node document, int from, int resync, int resyncIndex,
            int delta) {
        List<Block> region = new ArrayList<>();
        new Collector(text, from, region).collect(document);
        int oldResync = resync - delta;
        List<Block> blocks = new ArrayList<>(parsed.blocks().size() + region.size());
        for (Block block : parsed.blocks()) {
            if (block.start() >= from) {
                break;
            }
            blocks.add(block);
        }
        for (Block block : region) {
            if (block.start() < resync) {
                blocks.add(block);
            }
        }
        List<Block> old = parsed.blocks();
        int first = firstAtOrAfter(old, oldResync);
        for (int i = first; i < old.size(); i++) {
            Block block = old.get(i);
            blocks.add(new Block(block.kind(), block.start() + delta, block.end() + delta));
        }
        int[] oldRestarts = parsed.restarts();
        List<Integer> restarts = new ArrayList<>();
        for (int restart : oldRestarts) {
            if (restart > from) {
                break;
            }
            restarts.add(restart); // the one parsed from stays one: its line and what is before it are unchanged
        }
        restarts.addAll(restarts(text, from, document, from, resync));
        int[] merged = new int[restarts.size() + oldRestarts.length - resyncIndex];
        for (int i = 0; i < restarts.size(); i++) {
            merged[i] = restarts.get(i);
        }
        for (int i = resyncIndex; i < oldRestarts.length; i++) {
            merged[restarts.size() + i - resyncIndex] = oldRestarts[i] + delta;
        }
        return new Parsed(blocks, merged);
    }

    private static int firstAtOrAfter(List<Block> blocks, int offset) {
        int low = 0;
        int high = blocks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The restart points among the top-level blocks of a parse of {@code text[shift, …)}, in {@code [from, to)}:
     * lines where a paragraph or heading starts, with a blank line before. The first block of the parse is
     * never one: what comes before the parsed text decides what is open there.
     */
    private static List<Integer> restarts(String text, int shift, Node document, int from, int to) {
        List<Integer> restarts = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty() || !(node instanceof Paragraph || node instanceof Heading)) {
                continue;
            }
            int line = shift + spans.get(0).getInputIndex() - spans.get(0).getColumnIndex();
            if (line > shift && line >= from && line < to && isBlankLineBefore(text, line)) {
                restarts.add(line);
            }
        }
        return restarts;
    }

    /** Whether the line before the one starting at {@code line} is blank (a line break ends it). */
    private static boolean isBlankLineBefore(String text, int line) {
        if (line == 0 || !Chars.isLineBreak(text.charAt(line - 1))) {
            return false;
        }
        int contentEnd = line - 1;
        if (text.charAt(contentEnd) == '\n' && contentEnd > 0 && text.charAt(contentEnd - 1) == '\r') {
            contentEnd--;
        }
        return Chars.isBlank(text, Removal.lineStart(text, contentEnd), contentEnd);
    }

    private static Parser parser(List<org.commonmark.Extension> extensions) {
        return Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                // Segmenting needs blocks only; parsing their inline content would be most of the parser's time.
                .inlineParserFactory(context -> (lines, node) -> { })
                .build();
    }

    /** Where YAML front matter ends as commonmark-java reads it (at its closing line, or the text's end), or -1. */
    private static int yamlFrontMatterEnd(String text, int start) {
        List<Line> lines = TextLines.of(text, start, text.length());
        if (!YAML_START.matcher(text.subSequence(lines.get(0).start(), lines.get(0).end())).matches()) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (YAML_END.matcher(text.subSequence(lines.get(i).start(), lines.get(i).end())).matches()) {
                return lines.get(i).end();
            }
        }
        return lines.get(lines.size() - 1).end();
    }

    /** Hugo's {@code +++} TOML front matter, which commonmark-java does not know: where it ends, or -1. */
    private static int tomlFrontMatterEnd(String text, int start) {
        if (!text.startsWith(TOML_FENCE, start)) {
            return -1;
        }
        List<Line> lines = TextLines.of(text, start, text.length());
        if (!isFence(text, lines.get(0))) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(text, lines.get(i))) {
                return lines.get(i).end();
            }
        }
        return -1;
    }

    private static boolean isFence(String text, Line line) {
        return Chars.trimEnd(text, line.start(), line.end()) - line.start() == TOML_FENCE.length()
                && text.startsWith(TOML_FENCE, line.start());
    }

    /** Walks the parsed tree; {@code shift} turns the parser's offsets into offsets of the whole text. */
    private record Collector(String text, int shift, List<Block> blocks) {
        /** Depth first, in document order; iterative, as quotes and lists can nest thousands deep. */
        void collect(Node parent) {
            Deque<Node> resume = new ArrayDeque<>();
            Node node = parent.getFirstChild();
            while (node != null || !resume.isEmpty()) {
                if (node == null) {
                    node = resume.pop();
                }
                List<SourceSpan> spans = node.getSourceSpans();
                Block.Kind kind = spans.isEmpty() ? null : kindOf(node);
                if (node instanceof Paragraph && !spans.isEmpty()) {
                    blocks.addAll(LineParagraphs.ofMarkup(text, lines(spans)));
                } else if (kind != null) {
                    SourceSpan last = spans.get(spans.size() - 1);
                    blocks.add(new Block(kind, shift + spans.get(0).getInputIndex(), shift + last.getInputIndex() + last.getLength()));
                } else if (node.getFirstChild() != null) {
                    if (node.getNext() != null) {
                        resume.push(node.getNext());
                    }
                    node = node.getFirstChild();
                    continue;
                }
                node = node.getNext();
            }
        }

        private List<Line> lines(List<SourceSpan> spans) {
            List<Line> lines = new ArrayList<>(spans.size());
            for (SourceSpan span : spans) {
                int start = shift + span.getInputIndex();
                lines.add(new Line(start, start + span.getLength(), start + span.getLength()));
            }
            return lines;
        }

        /** The kind of a leaf block, or null for a container (quote, list) whose children are the blocks. */
        private static Block.Kind kindOf(Node node) {
            if (node instanceof Paragraph) {
                return Block.Kind.PARAGRAPH;
            } else if (node instanceof Heading) {
                return Block.Kind.HEADING;
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                return Block.Kind.CODE;
            } else if (node instanceof HtmlBlock html) {
                return html.getLiteral().stripLeading().startsWith("<!--") ? Block.Kind.COMMENT : Block.Kind.HTML;
            } else if (node instanceof ThematicBreak) {
                return Block.Kind.THEMATIC_BREAK;
            } else if (node instanceof TableBlock) {
                return Block.Kind.TABLE;
            } else if (node instanceof YamlFrontMatterBlock) {
                return Block.Kind.FRONT_MATTER;
            } else if (node instanceof LinkReferenceDefinition) {
                return Block.Kind.MARKUP;
            }
            return null;
        }
    }
}
