package org.copydesk.core.reliability;

import java.util.List;

import org.copydesk.core.document.Format;

/**
 * The structure around prose in Markdown and AsciiDoc drafts, well-formed and broken: headings, code, lists,
 * quotes, tables, comments, suppression comments, front matter and delimiters left open. Plain-text drafts get
 * them too, as text pasted from either.
 */
final class Markup {
    private static final List<String> MARKDOWN_SUPPRESSIONS = List.of(
            "<!-- copydesk-disable -->", "<!-- copydesk-enable -->", "<!-- copydesk-disable duplicate-paragraph -->",
            "<!-- copydesk-enable duplicate-paragraph -->", "<!-- copydesk-disable cms-footer, unattributed-quote -->",
            "<!-- copydesk-disable-next-line -->", "<!-- copydesk-disable-next-line unattributed-quote -->",
            "<!-- copydesk-disable-next-line cms-footer -->", "<!-- a note to the editor -->", "<!--", "-->");

    private static final List<String> ASCIIDOC_SUPPRESSIONS = List.of(
            "// copydesk-disable", "// copydesk-enable", "// copydesk-disable duplicate-paragraph",
            "// copydesk-enable duplicate-paragraph", "// copydesk-disable-next-line",
            "// copydesk-disable-next-line unattributed-quote cms-footer", "// a note to the editor",
            "////\ncopydesk-disable\n////", "[comment]\n--\nA comment block.\n--");

    /** Froala's watermark in its HTML form: chrome, which fixes may delete. */
    static final String FROALA_HTML = "<p>Powered by Froala Editor</p>";

    private static final List<String> MARKDOWN_FIXED = List.of(
            "---", "***", "___", "[ref]: https://example.com \"Title\"", "<div class=\"share\">", "</div>",
            FROALA_HTML, "```", "~~~", "    indented code", "| a | b |\n|---|---|\n| c | d |",
            "- [ ] task", "1) first", "<a ", "](", "`````", "*****", "> ", "#", "+++", "\\");

    private static final List<String> ASCIIDOC_FIXED = List.of(
            "'''", "<<<", "----", "....", "++++", "____", "====", "****", "--", "|===", "```", "+", ":toc:",
            ":attr: value \\\ncontinued", "[[anchor]]", "[#id.role]", "[source,java]", "[quote, Maria Keller]",
            "image::photo.png[]", "include::part.adoc[]", "ifdef::draft[]", "endif::[]", ".A block title",
            "<1> callout", "term::", "  indented literal", "[verse]", "[comment]", "[listing]");

    private Markup() {
    }

    static Gen<String> markdown() {
        Gen<String> p = Prose.paragraph();
        Gen<String> t = Prose.title();
        Gen<List<String>> items = p.list(1, 4);
        return Gen.<String>weighted()
                .gen(3, r -> "#".repeat(1 + r.nextInt(7)) + " " + t.generate(r))
                .gen(1, r -> setext(t.generate(r), '='))
                .gen(1, r -> setext(t.generate(r), '-'))
                .gen(2, r -> fenced(Gen.oneOf("```", "~~~", "```java", "````").generate(r), p.generate(r), r.nextBoolean()))
                .gen(3, r -> joined(Gen.oneOf("- ", "* ", "+ ", "1. ", "2) ", "  - ", "    - ", "- [x] ").generate(r), items.generate(r)))
                .gen(3, r -> Gen.oneOf("> ", ">", "> > ", "> - ", ">> ").generate(r) + p.generate(r))
                .gen(1, r -> "| " + t.generate(r) + " | " + t.generate(r) + " |\n|---|:-:|\n| " + t.generate(r) + " | " + t.generate(r) + " |")
                .gen(1, r -> "<div class=\"entry\">\n" + p.generate(r) + "\n</div>")
                .gen(1, r -> "    " + p.generate(r))
                .gen(3, Gen.oneOf(MARKDOWN_SUPPRESSIONS))
                .gen(2, Gen.oneOf(MARKDOWN_FIXED));
    }

    static Gen<String> asciiDoc() {
        Gen<String> p = Prose.paragraph();
        Gen<String> t = Prose.title();
        Gen<List<String>> items = p.list(1, 4);
        return Gen.<String>weighted()
                .gen(3, r -> "=".repeat(2 + r.nextInt(6)) + " " + t.generate(r))
                .gen(1, r -> "## " + t.generate(r))
                .gen(2, r -> fenced(Gen.oneOf("----", "....", "++++", "```", "////").generate(r), p.generate(r), r.nextBoolean()))
                .gen(2, r -> Gen.oneOf("[source,java]\n", "[quote, Maria Keller]\n", "[verse]\n", "[comment]\n", "").generate(r)
                        + fenced(Gen.oneOf("____", "====", "****", "--", "----").generate(r), p.generate(r), r.nextBoolean()))
                .gen(3, r -> joined(Gen.oneOf("* ", "** ", "- ", ". ", ".. ", "1. ", "a. ", "iv) ", "* [ ] ", "<1> ").generate(r), items.generate(r)))
                .gen(1, r -> t.generate(r) + ":: " + p.generate(r))
                .gen(1, r -> t.generate(r) + "::\n  " + p.generate(r))
                .gen(1, r -> "* " + p.generate(r) + "\n+\n" + p.generate(r))
                .gen(2, r -> Gen.oneOf("NOTE: ", "TIP: ", "WARNING: ").generate(r) + p.generate(r))
                .gen(1, r -> "|===\n| " + t.generate(r) + " | " + t.generate(r) + "\n| " + t.generate(r) + " | " + t.generate(r) + "\n|===")
                .gen(1, r -> "ifdef::draft[]\n" + p.generate(r) + "\nendif::[]")
                .gen(1, r -> ":name" + r.nextInt(100) + ": " + t.generate(r))
                .gen(3, Gen.oneOf(ASCIIDOC_SUPPRESSIONS))
                .gen(2, Gen.oneOf(ASCIIDOC_FIXED));
    }

    /** What a document's first lines may be: front matter, a document header, or nothing special. */
    static Gen<String> opening(Format format) {
        Gen<String> t = Prose.title();
        return switch (format) {
            case MARKDOWN -> Gen.<String>weighted().value(6, "")
                    .gen(2, r -> "---\ntitle: " + t.generate(r) + "\ntags: [a, b]\n---\n")
                    .gen(1, r -> "+++\ntitle = \"" + t.generate(r) + "\"\n+++\n")
                    .gen(1, r -> "---\ntitle: " + t.generate(r) + "\n");
            case ASCIIDOC -> Gen.<String>weighted().value(5, "")
                    .gen(2, r -> "= " + t.generate(r) + "\nMaria Keller <maria@example.org>\nv1.0, 2024-01-01\n:toc:\n")
                    .gen(1, r -> "// a comment\n:attr: x\n= " + t.generate(r) + "\n")
                    .gen(1, r -> "= " + t.generate(r) + "\n:description: a value \\\n  that continues\n");
            case PLAIN_TEXT -> Gen.<String>weighted().value(6, "")
                    .gen(1, r -> t.generate(r) + "\n")
                    .gen(1, r -> "---\ntitle: " + t.generate(r) + "\n---\n");
        };
    }

    private static String setext(String title, char underline) {
        return title + "\n" + String.valueOf(underline).repeat(Math.max(1, title.length() / 2));
    }

    /** A delimited block; a left-open one runs to the end of the document in most parsers. */
    private static String fenced(String fence, String content, boolean closed) {
        return fence + "\n" + content + (closed ? "\n" + fence.replace("java", "") : "");
    }

    private static String joined(String marker, List<String> items) {
        return marker + String.join("\n" + marker, items);
    }
}
