package org.copydesk.core.document;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.copydesk.core.text.TextLines;

/** Markdown, parsed by commonmark-java (CommonMark with GFM tables and YAML front matter) with source positions. */
final class MarkdownSegmenter implements Segmenter {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    @Override
    public List<Block> segment(String text) {
        List<Block> blocks = new ArrayList<>();
        collect(PARSER.parse(text), text, blocks);
        return blocks;
    }

    private static void collect(Node parent, String text, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                collect(node, text, blocks);
                continue;
            }
            int start = spans.get(0).getInputIndex();
            SourceSpan last = spans.get(spans.size() - 1);
            int end = last.getInputIndex() + last.getLength();
            if (node instanceof Paragraph) {
                blocks.addAll(LineParagraphs.ofMarkup(text, TextLines.of(text, start, end)));
            } else if (node instanceof Heading) {
                blocks.add(new Block(Block.Kind.HEADING, start, end));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                blocks.add(new Block(Block.Kind.CODE, start, end));
            } else if (node instanceof HtmlBlock html) {
                boolean comment = html.getLiteral().stripLeading().startsWith("<!--");
                blocks.add(new Block(comment ? Block.Kind.COMMENT : Block.Kind.HTML, start, end));
            } else if (node instanceof ThematicBreak) {
                blocks.add(new Block(Block.Kind.THEMATIC_BREAK, start, end));
            } else if (node instanceof TableBlock) {
                blocks.add(new Block(Block.Kind.TABLE, start, end));
            } else if (node instanceof YamlFrontMatterBlock) {
                blocks.add(new Block(Block.Kind.FRONT_MATTER, start, end));
            } else {
                collect(node, text, blocks);
            }
        }
    }
}
