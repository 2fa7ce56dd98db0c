package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void formatsComeFromTheExtensionInAnyCase() {
        assertEquals(Optional.of(Format.PLAIN_TEXT), Format.ofFileName("notes.txt"));
        assertEquals(Optional.of(Format.PLAIN_TEXT), Format.ofFileName("notes.text"));
        assertEquals(Optional.of(Format.MARKDOWN), Format.ofFileName("docs/DRAFT.MD"));
        assertEquals(Optional.of(Format.MARKDOWN), Format.ofFileName("post.markdown"));
        assertEquals(Optional.of(Format.ASCIIDOC), Format.ofFileName("book.v2.adoc"));
        assertEquals(Optional.of(Format.ASCIIDOC), Format.ofFileName("book.asciidoc"));
    }

    @Test
    void otherNamesHaveNoFormat() {
        assertEquals(Optional.empty(), Format.ofFileName("README"));
        assertEquals(Optional.empty(), Format.ofFileName("archive.tar.gz"));
        assertEquals(Optional.empty(), Format.ofFileName("draft.md.bak"));
        assertEquals(Optional.empty(), Format.ofFileName("draft."));
    }
}
