package org.copydesk.lsp.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;

class SuppressionCommentTest {
    private static String ignore(String text, Format format, String ruleId, int offset) {
        Document document = Document.parse(text, format);
        return EditPlan.render(text, SuppressionComment.edits(document, ruleId, offset));
    }

    @Test
    void findingOnTheBlocksFirstLine_getsADisableNextLineComment() {
        String text = "First paragraph.\n\n> Quoted \"words\" here.\n";
        assertEquals("First paragraph.\n\n> <!-- copydesk-disable-next-line unbalanced-quote -->\n> Quoted \"words\" here.\n",
                ignore(text, Format.MARKDOWN, "unbalanced-quote", text.indexOf("\"words")));
        assertEquals("// copydesk-disable-next-line cms-footer\nPowered by X\n", ignore("Powered by X\n", Format.ASCIIDOC, "cms-footer", 0));
    }

    @Test
    void findingFurtherDown_isFencedByDisableAndEnable_soNoParagraphIsSplit() {
        String text = "Intro.\n\nA long paragraph\nwrapped over \"three\nlines.\n\nAfter.\n";
        String ignored = ignore(text, Format.MARKDOWN, "unbalanced-quote", text.indexOf("\"three"));
        assertEquals("Intro.\n\n<!-- copydesk-disable unbalanced-quote -->\nA long paragraph\nwrapped over \"three\nlines.\n"
                + "<!-- copydesk-enable unbalanced-quote -->\n\nAfter.\n", ignored);
        Checker checker = new Checker(Config.defaults());
        assertEquals(List.of("unbalanced-quote"), checker.check("a.md", text).findings().stream().map(f -> f.ruleId()).toList());
        assertEquals(List.of(), checker.check("a.md", ignored).findings());
    }

    @Test
    void plainText_hasNoComments() {
        assertEquals(List.of(), SuppressionComment.edits(Document.parse("Text.\n", Format.PLAIN_TEXT), "cms-footer", 0));
    }
}
