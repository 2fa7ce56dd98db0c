package org.copydesk.ui.hover;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown as a hover shows it: the text without its markup, and what the markup meant as styles over ranges of
 * that text (bold, italic, code, links, headings) and indents of lines (list items, quotations, code blocks).
 * No browser is needed, so the hover looks the same on every platform and in the dark theme.
 */
public record StyledMarkdown(String text, List<Span> spans, List<Indent> indents) {
    /** How a span of the text looks. */
    public enum Style { BOLD, ITALIC, CODE, LINK, HEADING, RULE }

    /** A style over {@code [start, end)} of the text. */
    public record Span(int start, int end, Style style) {
    }

    /** Lines starting at {@code offset} (up to the next indent) are indented by {@code level} steps. */
    public record Indent(int offset, int level) {
    }

    private static final Parser PARSER = Parser.builder().build();

    public static StyledMarkdown of(String markdown) {
        Renderer renderer = new Renderer();
        PARSER.parse(markdown).accept(renderer);
        String text = renderer.out.toString().strip();
        return new StyledMarkdown(text, List.copyOf(renderer.spans), List.copyOf(renderer.indents));
    }

    /** Escapes text so that Markdown shows it as it is. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final class Renderer extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final List<Indent> indents = new ArrayList<>();
        private int level;

        @Override
        public void visit(Heading heading) {
            block(() -> styled(heading, Style.HEADING));
        }

        @Override
        public void visit(Paragraph paragraph) {
            // a list item's paragraph follows its bullet on the same line
            boolean tight = paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null;
            if (tight) {
                visitChildren(paragraph);
                newline();
            } else {
                block(() -> visitChildren(paragraph));
            }
        }

        @Override
        public void visit(BulletList list) {
            items(list, false);
        }

        @Override
        public void visit(OrderedList list) {
            items(list, true);
        }

        private void items(Node list, boolean numbered) {
            separate();
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null ? ordered.getMarkerStartNumber() : 1;
            level++;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                indents.add(new Indent(out.length(), level));
                out.append(numbered ? number++ + ". " : "\u2022 ");
                visitChildren(item);
                trimTrailingBlankLines();
            }
            level--;
            indents.add(new Indent(out.length(), level));
            out.append('\n');
        }

        @Override
        public void visit(BlockQuote quote) {
            separate();
            level++;
            indents.add(new Indent(out.length(), level));
            int start = out.length();
            visitChildren(quote);
            spans.add(new Span(start, out.length(), Style.ITALIC));
            level--;
            indents.add(new Indent(out.length(), level));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            separate();
            indents.add(new Indent(out.length(), level + 1));
            int start = out.length();
            out.append(literal.stripTrailing());
            spans.add(new Span(start, out.length(), Style.CODE));
            out.append('\n');
            indents.add(new Indent(out.length(), level));
            out.append('\n');
        }

        @Override
        public void visit(ThematicBreak rule) {
            separate();
            int start = out.length();
            out.append("\u2500".repeat(24));
            spans.add(new Span(start, out.length(), Style.RULE));
            out.append("\n\n");
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            int start = out.length();
            out.append(code.getLiteral());
            spans.add(new Span(start, out.length(), Style.CODE));
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(emphasis, Style.ITALIC);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(strong, Style.BOLD);
        }

        @Override
        public void visit(Link link) {
            styled(link, Style.LINK);
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlBlock html) {
            // comments and markup are not for reading
        }

        @Override
        public void visit(HtmlInline html) {
            // idem
        }

        private void styled(Node node, Style style) {
            int start = out.length();
            visitChildren(node);
            spans.add(new Span(start, out.length(), style));
        }

        private void block(Runnable content) {
            separate();
            content.run();
            out.append("\n\n");
        }

        /** Starts a block on a line of its own. */
        private void separate() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void newline() {
            if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void trimTrailingBlankLines() {
            while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
                out.setLength(out.length() - 1);
            }
        }
    }
}
