package org.copydesk.core.document;

/**
 * A top-to-bottom piece of a document with its exact source range {@code [start, end)}. Only
 * {@link Kind#PARAGRAPH} blocks are prose that the checks read; the other kinds are kept so that checks can
 * see what surrounds a paragraph (a heading, a code block) without ever looking inside it.
 */
public record Block(Kind kind, int start, int end) {

    public enum Kind {
        /** Prose: a paragraph, a list item's text, a block quote's text. */
        PARAGRAPH,
        HEADING,
        /** Markup or HTML copied from a web page; not prose, but where pasted site chrome hides. */
        HTML,
        TABLE,
        CODE,
        FRONT_MATTER,
        COMMENT,
        /** AsciiDoc attribute entries, block attributes, titles and other structure. */
        MARKUP,
        THEMATIC_BREAK
    }

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public boolean isProse() {
        return kind == Kind.PARAGRAPH;
    }

    public int length() {
        return end - start;
    }

    public CharSequence text(CharSequence document) {
        return document.subSequence(start, end);
    }
}
