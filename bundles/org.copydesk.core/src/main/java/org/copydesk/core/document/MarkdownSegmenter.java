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
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines;
import org.copydesk.core.text.TextLines.Line;

/**
 * Markdown, parsed by commonmark-java (CommonMark with GFM tables and YAML front matter) with source positions.
 * A paragraph's range starts after the list or quote markers of its first line; its lines, as the parser gives
 * them without their markers, go through {@link LineParagraphs} in case they are a CMS export pasted whole.
 */
final class MarkdownSegmenter implements Segmenter {
    private static final Parser PARSER = parser(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
    /** For the text after YAML front matter that commonmark-java's front matter parser cannot read. */
    private static final Parser WITHOUT_FRONT_MATTER = parser(List.of(TablesExtension.create()));
    private static final String TOML_FENCE = "+++";
    private static final Pattern YAML_START = Pattern.compile("---(\\s.*)?");
    private static final Pattern YAML_END = Pattern.compile("(---|\\.\\.\\.)(\\s.*)?");

    @Override
    public List<Block> segment(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = Chars.contentStart(text);
        int tomlEnd = tomlFrontMatterEnd(text, start);
        if (tomlEnd > 0) {
            blocks.add(new Block(Block.Kind.FRONT_MATTER, start, tomlEnd));
            start = tomlEnd;
        }
        // The parser sees neither the byte order mark (it would hide a heading or front matter) nor TOML.
        String markdown = start == 0 ? text : text.substring(start);
        Node root;
        try {
            root = PARSER.parse(markdown);
        } catch (RuntimeException e) {
            // commonmark-java's front matter parser throws on some values (a lone quote: "title: '"): find the
            // front matter as it does, and parse the rest without it
            int yamlEnd = yamlFrontMatterEnd(text, start);
            if (yamlEnd < 0) {
                throw e;
            }
            blocks.add(new Block(Block.Kind.FRONT_MATTER, start, yamlEnd));
            new Collector(text, yamlEnd, blocks).collect(WITHOUT_FRONT_MATTER.parse(text.substring(yamlEnd)));
            return blocks;
        }
        new Collector(text, start, blocks).collect(root);
        return blocks;
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
