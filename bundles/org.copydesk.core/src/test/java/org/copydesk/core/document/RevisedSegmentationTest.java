package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.copydesk.core.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * A revised document's blocks are exactly those of the edited text parsed anew, whatever the edit: thousands of
 * random edits, many of them the marks that change a document's structure (fences, list and quote markers, rules,
 * tables, HTML, blank lines), each compared block by block with a fresh parse.
 */
class RevisedSegmentationTest {
    private static final List<String> MARKS = List.of("\n", "\n\n", "```\n", "~~~", "- ", "* ", "1. ", "> ", "---\n",
            "***\n", "# ", "## ", "Title\n===\n", "    code\n", "<div>\n", "</div>\n", "<!-- copydesk-disable -->\n",
            "| a | b |\n|---|---|\n", "[ref]: /url\n", "+++\n", "\t", "  ", "x", "word ", "\r\n");

    @Test
    void markdown() {
        edit(Format.MARKDOWN, ProseDocuments.markdown(60_000), 11);
    }

    @Test
    void asciiDoc() {
        edit(Format.ASCIIDOC, ProseDocuments.asciiDoc(60_000), 12);
    }

    @Test
    void plainText() {
        edit(Format.PLAIN_TEXT, ProseDocuments.plainText(60_000), 13);
    }

    /** Only the document's start can hold front matter: a re-parsed region starting "--- " holds a paragraph. */
    @Test
    void regionStartingLikeFrontMatter() {
        String text = "# Title\n\nFirst paragraph.\n\n--- dashes open this paragraph\nand it goes on.\n\n"
                + "Middle paragraph.\n\n---\n\nLast paragraph.\n";
        Document document = Document.revisable(null, text, Format.MARKDOWN);
        Document revised = document.revise(TextEdit.insert(text.indexOf("goes"), "still "));
        assertEquals(Document.parse(revised.text(), Format.MARKDOWN).blocks(), revised.blocks());
    }

    private static void edit(Format format, String original, long seed) {
        Random random = new Random(seed);
        Document document = Document.revisable(null, original, format);
        for (int i = 0; i < 1500; i++) {
            String text = document.text();
            int at = random.nextInt(text.length() + 1);
            if (random.nextBoolean()) {
                at = lineStart(text, at);
            }
            TextEdit edit = random.nextInt(3) == 0
                    ? TextEdit.delete(at, Math.min(text.length(), at + 1 + random.nextInt(random.nextBoolean() ? 4 : 200)))
                    : TextEdit.insert(at, MARKS.get(random.nextInt(MARKS.size())));
            document = document.revise(edit);
            assertEquals(Document.parse(document.text(), format).blocks(), document.blocks(), "edit " + i + ": " + edit);
        }
    }

    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }
}
