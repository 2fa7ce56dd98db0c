package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;

/** The quotation scan: every mark style, apostrophes, nesting, paragraphs, unbalanced marks, prose only. */
class QuoteScannerTest {

    private static QuoteScan scan(String text, Format format) {
        return Document.parse(text, format).get(QuoteScan.KEY);
    }

    /** "depth:content" of every quotation, in the order they close. */
    private static List<String> quotations(String text, Format format) {
        QuoteScan scan = scan(text, format);
        return scan.quotations().stream().map(q -> q.depth() + ":" + q.content(text)).toList();
    }

    private static List<String> quotations(String text) {
        return quotations(text, Format.PLAIN_TEXT);
    }

    private static List<String> unbalanced(String text, Format format) {
        return scan(text, format).unbalanced().stream()
                .map(m -> (m.opening() ? "open " : "close ") + text.substring(m.offset(), m.offset() + m.length())).toList();
    }

    @Test
    void findsEveryMarkStyle() {
        assertEquals(List.of("0:straight"), quotations("a \"straight\" b"));
        assertEquals(List.of("0:curly"), quotations("a \u201Ccurly\u201D b"));
        assertEquals(List.of("0:deutsch"), quotations("a \u201Edeutsch\u201C b"));
        assertEquals(List.of("0:Chevrons"), quotations("a \u00BBChevrons\u00AB b"));
        assertEquals(List.of("0: fran\u00E7ais "), quotations("a \u00AB fran\u00E7ais \u00BB b"));
        assertEquals(List.of("0:single"), quotations("a \u2018single\u2019 b"));
        assertEquals(List.of("0:legacy"), quotations("a ''legacy'' b"));
        assertEquals(List.of("0:straight single"), quotations("He said 'straight single' twice."));
        assertEquals(List.of("0:curved"), quotations("a \"`curved`\" b", Format.ASCIIDOC));
    }

    @Test
    void tellsApostrophesFromSingleQuotes() {
        String text = "Trump\u2019s team, the \u201990s, rock \u2019n\u2019 roll, the Joneses\u2019 car, "
                + "rock 'n' roll, the '80s, the players' union, 'em, 6'2\" tall, a 12\" pizza.";
        assertEquals(List.of(), quotations(text));
        assertEquals(List.of(), unbalanced(text, Format.PLAIN_TEXT));
    }

    @Test
    void keepsApostrophesInsideSingleQuotes() {
        assertEquals(List.of("0:The workers\u2019 union won\u2019t accept it,"),
                quotations("\u2018The workers\u2019 union won\u2019t accept it,\u2019 she said."));
        assertEquals(List.of("0:We love rock \u2019n\u2019 roll,"), quotations("\u2018We love rock \u2019n\u2019 roll,\u2019 they said."));
        assertEquals(List.of("0:yes", "0:no"), quotations("\u2018yes\u2019 and \u2018no\u2019"));
        assertEquals(List.of("0:We were sittin\u2019 there,"), quotations("\u2018We were sittin\u2019 there,\u2019 he said."));
    }

    @Test
    void nestsQuotations() {
        assertEquals(List.of("1:You\u2019re fired,", "0:He said, \u2018You\u2019re fired,\u2019 and left,"),
                quotations("\u201CHe said, \u2018You\u2019re fired,\u2019 and left,\u201D Marsh said."));
        assertEquals(List.of("1:No entry", "0:The sign said \u201CNo entry\u201D there,"),
                quotations("\u2018The sign said \u201CNo entry\u201D there,\u2019 he said."));
        assertEquals(List.of("1:labor optimization.", "0:It was about 'labor optimization.' I left."),
                quotations("\"It was about 'labor optimization.' I left.\""));
    }

    @Test
    void findsAQuotationOverSeveralSentences() {
        assertEquals(List.of("0:One. Two? Three!"), quotations("\"One. Two? Three!\" she said."));
    }

    @Test
    void continuesAQuotationIntoTheNextParagraph() {
        String text = "She said:\n\n\"One paragraph.\n\n\"Another one.\n\n\"And the end.\"\n";
        QuoteScan scan = scan(text, Format.PLAIN_TEXT);
        assertEquals(1, scan.quotations().size());
        Quotation quotation = scan.quotations().get(0);
        assertEquals(3, quotation.parts().size());
        assertEquals("One paragraph. Another one. And the end.", quotation.content(text));
        assertEquals(List.of(), scan.unbalanced());
    }

    @Test
    void reportsUnbalancedMarks() {
        assertEquals(List.of("open \""), unbalanced("\"We will win, she said.\n\nThe end.", Format.PLAIN_TEXT));
        assertEquals(List.of("close \u201D"), unbalanced("It is safe.\u201D Nobody believed it.", Format.PLAIN_TEXT));
        assertEquals(List.of("close \u00BB"), unbalanced("Un g\u00E2chis \u00BB. Puis rien.", Format.PLAIN_TEXT));
        assertEquals(List.of("open \u2018"), unbalanced("\u201CHe said, \u2018You\u2019re fired,\u201D she said.", Format.PLAIN_TEXT));
        // the last paragraph of a continued quotation has no closing mark
        assertEquals(List.of("open \""), unbalanced("\"One.\n\n\"Two.\n\nThree.", Format.PLAIN_TEXT));
    }

    @Test
    void pairsGermanGuillemetsWithASpaceInside() {
        assertEquals(List.of("0: Ah voil\u00E0!", "0:wir warten."),
                quotations("\u00BB Ah voil\u00E0!\u00AB rief sie, \u00BBwir warten.\u00AB"));
        assertEquals(List.of("0: Schau dieses Kreuz "), quotations("\u2013 \u00BB Schau dieses Kreuz \u00AB rief er."));
        assertEquals(List.of("0:'s Gott"), quotations("mit einem freundlichen \u00BB's Gott\u00AB begr\u00FC\u00DFt"));
        // a French closing mark has a space before it too: without a partner ahead it stays alone
        assertEquals(List.of("close \u00BB"), unbalanced("Un g\u00E2chis \u00BB. Puis rien.", Format.PLAIN_TEXT));
    }

    @Test
    void aClosingGuillemetWithNothingOpenIsAloneAndDoesNotSwallowTheNextParagraph() {
        String text = "das entgeht mir.\u2039\n\n\u203AHm\u2039, machte ich.\n";
        assertEquals(List.of("close \u2039"), unbalanced(text, Format.PLAIN_TEXT));
        assertEquals(List.of("0:Hm"), quotations(text));
        // a speech in single guillemets goes on only in a paragraph that opens with a single guillemet
        assertEquals(List.of("open \u203A"), unbalanced("\u203AEine Rede.\n\n\u00BBEine andere.\u00AB\n", Format.PLAIN_TEXT));
    }

    @Test
    void closesALowDoubleMarkWithASpaceBeforeItsPartner() {
        assertEquals(List.of("0:Die Zeitung ", "0:lügt."), quotations("\u201EDie Zeitung \u201C, schrieb er, \u201Elügt.\u201C"));
        assertEquals(List.of(), unbalanced("im \u201ECourrier Europ\u00E9en \u201C vom 7. April", Format.PLAIN_TEXT));
    }

    @Test
    void readsApostrophesElisionsInchesAndFeet() {
        assertEquals(List.of("0:Take \"em up and get \"em unpacked,"),
                quotations("\"Take \"em up and get \"em unpacked,\" he said."));
        assertEquals(List.of("0:He is 5' 10\" and strong,"), quotations("\"He is 5' 10\" and strong,\" she said."));
        assertEquals(List.of("0:Bring the 12\" pan,"), quotations("\"Bring the 12\" pan,\" she said."));
        assertEquals(List.of("0:I counted to 10"), quotations("He said \"I counted to 10\" and left."));
        assertEquals(List.of(), unbalanced("So geht's, hab' ich gesagt, und 's ist wahr; l\u2019affaire d\u2019aujourd\u2019hui.",
                Format.PLAIN_TEXT));
    }

    @Test
    void aQuotationWhoseSpaceWasLostStillOpens() {
        assertEquals(List.of("0:After we came,", "0:We got deceived."),
                quotations("\"After we came,\" said one owner.\"We got deceived.\""));
        assertEquals(List.of("0:joint operations."), quotations("He waxed poetic about\"joint operations.\" Nobody cared."));
        assertEquals(List.of("0:. . . I want somebody"), quotations("said Kristan. \". . . I want somebody\" who speaks."));
        // glued on both sides with nothing to close it, a mark is never reported alone
        assertEquals(List.of(), unbalanced("A 12\"x8\" frame and a\"b typo.", Format.PLAIN_TEXT));
    }

    @Test
    void skipsTagsPastedIntoPlainText() {
        String text = "<tweet id=\"67\" author=\"@mayor\">The bridge opens today.</tweet> Watch <a href=\"https://x.org/a?b=1\">here</a>.";
        assertEquals(List.of(), quotations(text));
        assertEquals(List.of(), unbalanced(text, Format.PLAIN_TEXT));
        assertEquals(List.of("open \""), unbalanced("if a < b and \"c > d then", Format.PLAIN_TEXT));
    }

    @Test
    void readsProseOnly() {
        String markdown = """
                ---
                title: "front matter"
                ---
                # A "heading"

                Run `say "code span"` and read the [link](https://example.com "link title").

                ```
                print("code block")
                ```

                | a | "table" |
                |---|---|
                | b | c |

                <span title="attribute">A "real" one.</span>
                """;
        assertEquals(List.of("0:real"), quotations(markdown, Format.MARKDOWN));
        assertEquals(List.of(), unbalanced("# An \"unclosed heading\n\nText.\n", Format.MARKDOWN));
    }

    @Test
    void scansEachDocumentOnce() {
        Document document = Document.parse("\"We will win,\" she said.", Format.PLAIN_TEXT);
        assertSame(document.get(QuoteScan.KEY), document.get(QuoteScan.KEY));
    }

    /**
     * Unmatched code fences, link destinations, tags and marks of every kind in one paragraph: every mark is
     * accounted for once, and only the first unbalanced ones are kept with their place. How fast it goes is the
     * benchmarks' business, not a unit test's.
     */
    @Test
    void accountsForEveryMarkOfAnAdversarialParagraph() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("`` ](( <a \u201C \u2018 'x \u00BB ");
        }
        QuoteScan plain = scan(text.toString(), Format.PLAIN_TEXT);
        // each unit leaves its \u201C unclosed and its \u00BB without an opening mark
        assertEquals(List.of(0, 40_000), List.of(plain.quotations().size(), plain.unbalancedCount()));
        assertEquals(QuoteScan.KEPT_UNBALANCED, plain.unbalanced().size());
        QuoteScan markdown = scan(text.toString().replace("<a", "a"), Format.MARKDOWN);
        // the `` pair up into code spans, which hide every other unit
        assertEquals(List.of(0, 20_000), List.of(markdown.quotations().size(), markdown.unbalancedCount()));
    }
}
