package org.copydesk.core.document;

import static org.copydesk.core.document.BlockListing.assertBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownSegmenterTest {
    @Test
    void atxAndSetextHeadings() {
        assertBlocks(Format.MARKDOWN, """
                # Council approves budget

                Bridge work to start
                ====================

                Opponents
                ---------

                ### Reactions ###
                """, """
                HEADING "# Council approves budget"
                HEADING "Bridge work to start\\n===================="
                HEADING "Opponents\\n---------"
                HEADING "### Reactions ###"
                """);
    }

    @Test
    void fencedAndIndentedCodeAreNotProse() {
        assertBlocks(Format.MARKDOWN, """
                Run the check:

                ```sh
                copydesk check draft.md

                copydesk fix draft.md
                ```

                    java -jar copydesk.jar check .

                ~~~
                code
                ~~~
                """, """
                PARAGRAPH "Run the check:"
                CODE "```sh\\ncopydesk check draft.md\\n\\ncopydesk fix draft.md\\n```"
                CODE "    java -jar copydesk.jar check ."
                CODE "~~~\\ncode\\n~~~"
                """);
    }

    @Test
    void htmlCommentsAreCommentsAndOtherHtmlIsHtml() {
        assertBlocks(Format.MARKDOWN, """
                <!-- copydesk-disable duplicate-paragraph -->

                <div class="footer">
                Powered by Froala Editor
                </div>

                <!--
                a note to the editor
                -->
                The council met.
                """, """
                COMMENT "<!-- copydesk-disable duplicate-paragraph -->"
                HTML "<div class=\\"footer\\">\\nPowered by Froala Editor\\n</div>"
                COMMENT "<!--\\na note to the editor\\n-->"
                PARAGRAPH "The council met."
                """);
    }

    @Test
    void yamlFrontMatter() {
        assertBlocks(Format.MARKDOWN, """
                ---
                title: Council approves budget
                tags: [news, city]
                ---
                The council met on Tuesday.
                """, """
                FRONT_MATTER "---\\ntitle: Council approves budget\\ntags: [news, city]\\n---"
                PARAGRAPH "The council met on Tuesday."
                """);
    }

    @Test
    void tomlFrontMatter() {
        assertBlocks(Format.MARKDOWN, """
                +++
                title = "Council approves budget"
                +++

                # Budget

                The council met on Tuesday.
                """, """
                FRONT_MATTER "+++\\ntitle = \\"Council approves budget\\"\\n+++"
                HEADING "# Budget"
                PARAGRAPH "The council met on Tuesday."
                """);
    }

    @Test
    void anUnclosedTomlFenceIsText() {
        assertBlocks(Format.MARKDOWN, "+++\ntitle = 1\n", """
                PARAGRAPH "+++\\ntitle = 1"
                """);
    }

    @Test
    void gfmTables() {
        assertBlocks(Format.MARKDOWN, """
                Results:

                | Party | Seats |
                |-------|------:|
                | Green | 12    |
                | Blue  | 9     |

                The Greens won.
                """, """
                PARAGRAPH "Results:"
                TABLE "| Party | Seats |\\n|-------|------:|\\n| Green | 12    |\\n| Blue  | 9     |"
                PARAGRAPH "The Greens won."
                """);
    }

    @Test
    void blockQuoteParagraphsStartAfterTheMarker() {
        assertBlocks(Format.MARKDOWN, """
                > “We have waited eleven years for this,” said Maria Keller,
                > who chairs the committee.
                >
                > > Nested quote.
                """, """
                PARAGRAPH "“We have waited eleven years for this,” said Maria Keller,\\n> who chairs the committee."
                PARAGRAPH "Nested quote."
                """);
    }

    @Test
    void listItemsAndNestedListsStartAfterTheirMarkers() {
        assertBlocks(Format.MARKDOWN, """
                - The council approved the budget
                  after a long debate.
                - Opponents asked for buses.
                  1. More buses at night.
                  2. Cheaper tickets.
                * [x] A task
                3) Third
                """, """
                PARAGRAPH "The council approved the budget\\n  after a long debate."
                PARAGRAPH "Opponents asked for buses."
                PARAGRAPH "More buses at night."
                PARAGRAPH "Cheaper tickets."
                PARAGRAPH "[x] A task"
                PARAGRAPH "Third"
                """);
    }

    @Test
    void linkReferenceDefinitionsAreMarkup() {
        assertBlocks(Format.MARKDOWN, """
                See [the report][report].

                [report]: https://example.com/report "The report"
                [other]: <https://example.org>
                Text after the definitions.
                """, """
                PARAGRAPH "See [the report][report]."
                MARKUP "[report]: https://example.com/report \\"The report\\""
                MARKUP "[other]: <https://example.org>"
                PARAGRAPH "Text after the definitions."
                """);
    }

    @Test
    void thematicBreaks() {
        assertBlocks(Format.MARKDOWN, """
                One.

                ***

                Two.

                - - -
                Three.
                """, """
                PARAGRAPH "One."
                THEMATIC_BREAK "***"
                PARAGRAPH "Two."
                THEMATIC_BREAK "- - -"
                PARAGRAPH "Three."
                """);
    }

    @Test
    void softWrappedParagraphsAreNotSplit() {
        assertBlocks(Format.MARKDOWN, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight. The mayor was
                not there.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight. The mayor was\\nnot there."
                """);
    }

    @Test
    void oneSentencePerLineParagraphsAreNotSplit() {
        assertBlocks(Format.MARKDOWN, """
                The city council approved the budget for the new bridge on Tuesday evening.
                The debate ran well past midnight and left several members of the transport committee visibly exhausted after eleven years of waiting.
                Construction is due to begin in spring.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday evening.\\nThe debate ran well past midnight and left several members of the transport committee visibly exhausted after eleven years of waiting.\\nConstruction is due to begin in spring."
                """);
    }

    @Test
    void aCmsExportPastedWithoutBlankLinesIsOneParagraphPerLine() {
        assertBlocks(Format.MARKDOWN, """
                ## World

                Donald Trump’s team is considering holding direct talks with North Korean leader Kim Jong Un in hopes of improving relations between the US and North Korea, Reuters reports. Officials declined to comment on Friday.
                According to the Reuters agency, Trump’s team hopes to revive direct negotiations with Kim Jong Un to restore US-North Korea relations and "break the ice" between the countries, two sources said.
                Officials in Washington said on Friday that the talks had made “real progress,” although neither side would say which points had been settled.
                """, """
                HEADING "## World"
                PARAGRAPH "Donald Trump’s team is considering holding direct talks with North Korean leader Kim Jong Un in hopes of improving relations between the US and North Korea, Reuters reports. Officials declined to comment on Friday."
                PARAGRAPH "According to the Reuters agency, Trump’s team hopes to revive direct negotiations with Kim Jong Un to restore US-North Korea relations and \\"break the ice\\" between the countries, two sources said."
                PARAGRAPH "Officials in Washington said on Friday that the talks had made “real progress,” although neither side would say which points had been settled."
                """);
    }

    @Test
    void theExampleArticleAsMarkdownIsStillOneParagraphPerLine() {
        String article = BlockListing.resource("/examples/000_4e3a9109ce5d23f9.txt");
        List<Block> blocks = Segmenter.of(Format.MARKDOWN).segment(article);
        assertEquals(article.lines().toList(), blocks.stream().map(b -> b.text(article).toString()).toList());
    }

    @Test
    void aByteOrderMarkHidesNeitherHeadingNorFrontMatter() {
        assertBlocks(Format.MARKDOWN, "\uFEFF---\ntitle: x\n---\n# Title\nText.", """
                FRONT_MATTER "---\\ntitle: x\\n---"
                HEADING "# Title"
                PARAGRAPH "Text."
                """);
        assertBlocks(Format.MARKDOWN, "\uFEFF# Title\r\n\r\nText.\r\n", """
                HEADING "# Title"
                PARAGRAPH "Text."
                """);
    }

    @Test
    void crOnlyLineBreaks() {
        assertBlocks(Format.MARKDOWN, "# Title\r\rFirst line\rsecond line.\r\r```\rcode\r```\r", """
                HEADING "# Title"
                PARAGRAPH "First line\\rsecond line."
                CODE "```\\rcode\\r```"
                """);
    }

    @Test
    void emptyAndBlankDocumentsHaveNoBlocks() {
        assertEquals(List.of(), Segmenter.of(Format.MARKDOWN).segment(""));
        assertEquals(List.of(), Segmenter.of(Format.MARKDOWN).segment(" \n\t\n"));
        assertEquals(List.of(), Segmenter.of(Format.MARKDOWN).segment("\uFEFF"));
    }

    @Test
    void aOneMegabyteLineIsOneParagraph() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1 << 20) {
            line.append("The council approved the budget for the bridge on Tuesday, said Dr. Keller. ");
        }
        String text = line.toString().strip();
        assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, 0, text.length())), Segmenter.of(Format.MARKDOWN).segment(text));
    }
}
