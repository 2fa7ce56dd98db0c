package org.copydesk.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.copydesk.core.Checker;
import org.copydesk.core.TextEdit;
import org.copydesk.core.TextEdits;
import org.copydesk.core.config.Config;
import org.junit.jupiter.api.Test;

class SuppressionCommentTest {
    private static String ignore(String text, Format format, String ruleId, String at) {
        TextEdit comment = SuppressionComment.forFinding(Document.parse(text, format), text.indexOf(at), ruleId);
        return TextEdits.apply(text, List.of(comment));
    }

    @Test
    void goesBeforeTheBlockInsideItsBlockQuote() {
        String text = "First paragraph.\n\n> Quoted \"words\" here.\n";
        assertEquals("First paragraph.\n\n> <!-- copydesk-disable-next-line unbalanced-quote -->\n> Quoted \"words\" here.\n",
                ignore(text, Format.MARKDOWN, "unbalanced-quote", "\"words"));
        assertEquals("// copydesk-disable-next-line cms-footer\nPowered by X\n",
                ignore("Powered by X\n", Format.ASCIIDOC, "cms-footer", "Powered"));
    }

    @Test
    void aFindingFurtherDownAParagraphIsCoveredByOneCommentAboveIt() {
        String text = "Intro.\n\nA long paragraph\nwrapped over \"three\nlines.\r\n\r\nAfter.\n";
        String ignored = ignore(text, Format.MARKDOWN, "unbalanced-quote", "\"three");
        assertEquals("Intro.\n\n<!-- copydesk-disable-next-line unbalanced-quote -->\nA long paragraph\nwrapped over \"three\nlines."
                + "\r\n\r\nAfter.\n", ignored);
        Checker checker = new Checker(Config.defaults());
        assertEquals(List.of("unbalanced-quote"), checker.check("a.md", text).findings().stream().map(f -> f.ruleId()).toList());
        assertEquals(List.of(), checker.check("a.md", ignored).findings());
    }

    @Test
    void plainTextHasNoComments() {
        assertNull(SuppressionComment.forFinding(Document.parse("Text.\n", Format.PLAIN_TEXT), 0, "cms-footer"));
    }
}
