package org.copydesk.core.document;

import static org.copydesk.core.document.BlockListing.assertBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AsciiDocSegmenterTest {
    @Test
    void documentHeaderIsATitleThenMarkupUpToTheFirstBlankLine() {
        assertBlocks(Format.ASCIIDOC, """
                // draft for the city desk
                = Council Approves Bridge Budget
                Jane Doe <jane@example.com>
                v1.0, 2024-05-01: First draft
                :toc:
                :description: The council approved the budget \\
                  after a long debate.
                // a comment in the header

                The council met on Tuesday.
                """, """
                COMMENT "// draft for the city desk"
                HEADING "= Council Approves Bridge Budget"
                MARKUP "Jane Doe <jane@example.com>"
                MARKUP "v1.0, 2024-05-01: First draft"
                MARKUP ":toc:"
                MARKUP ":description: The council approved the budget \\\\\\n  after a long debate."
                COMMENT "// a comment in the header"
                PARAGRAPH "The council met on Tuesday."
                """);
    }

    @Test
    void aValueContinuedOntoTheTitleLineTakesIt() {
        assertBlocks(Format.ASCIIDOC, ":note: a value \\\n= still the value\n\nText.\n", """
                MARKUP ":note: a value \\\\\\n= still the value"
                PARAGRAPH "Text."
                """);
    }

    @Test
    void sectionTitlesInBothForms() {
        assertBlocks(Format.ASCIIDOC, """
                == Background

                === Costs

                ====== Deepest

                ## Markdown-style title

                ==Not a title, no space.
                """, """
                HEADING "== Background"
                HEADING "=== Costs"
                HEADING "====== Deepest"
                HEADING "## Markdown-style title"
                PARAGRAPH "==Not a title, no space."
                """);
    }

    @Test
    void attributeEntriesBlockAttributesAndTitlesAreMarkup() {
        assertBlocks(Format.ASCIIDOC, """
                :imagesdir: images
                :sectnums!:
                :!toc:

                [[costs]]
                [#budget.lead]
                .The budget
                The bridge will cost 48 million euros.
                """, """
                MARKUP ":imagesdir: images"
                MARKUP ":sectnums!:"
                MARKUP ":!toc:"
                MARKUP "[[costs]]"
                MARKUP "[#budget.lead]"
                MARKUP ".The budget"
                PARAGRAPH "The bridge will cost 48 million euros."
                """);
    }

    @Test
    void lineCommentsAndCommentBlocks() {
        assertBlocks(Format.ASCIIDOC, """
                // copydesk-disable-next-line
                The council met on Tuesday.
                // a note inside the paragraph
                It approved the budget.

                ////
                An old version of the story.

                The council met on Monday.
                ////
                """, """
                COMMENT "// copydesk-disable-next-line"
                PARAGRAPH "The council met on Tuesday."
                COMMENT "// a note inside the paragraph"
                PARAGRAPH "It approved the budget."
                COMMENT "////\\nAn old version of the story.\\n\\nThe council met on Monday.\\n////"
                """);
    }

    @Test
    void listingLiteralPassthroughAndFencedBlocksAreCodeAndNotReadInside() {
        assertBlocks(Format.ASCIIDOC, """
                [source,java]
                ----
                // not a comment
                == not a heading
                ----

                ....
                * not a list
                ....

                ++++
                <div>Powered by Froala Editor</div>
                ++++

                ```java
                ----
                ```

                ------
                ----
                ------
                """, """
                MARKUP "[source,java]"
                CODE "----\\n// not a comment\\n== not a heading\\n----"
                CODE "....\\n* not a list\\n...."
                CODE "++++\\n<div>Powered by Froala Editor</div>\\n++++"
                CODE "```java\\n----\\n```"
                CODE "------\\n----\\n------"
                """);
    }

    @Test
    void aStyledParagraphWithoutDelimitersIsCodeOrComment() {
        assertBlocks(Format.ASCIIDOC, """
                [source,ruby]
                puts "hello"

                [comment]
                Check the figures with the council.

                [quote, Maria Keller]
                We have waited eleven years for this.
                """, """
                MARKUP "[source,ruby]"
                CODE "puts \\"hello\\""
                MARKUP "[comment]"
                COMMENT "Check the figures with the council."
                MARKUP "[quote, Maria Keller]"
                PARAGRAPH "We have waited eleven years for this."
                """);
    }

    @Test
    void tablesAreTables() {
        assertBlocks(Format.ASCIIDOC, """
                .Seats
                |===
                | Party | Seats

                | Green | 12
                a|
                !===
                ! nested
                !===
                |===

                ,===
                a,b
                ,===
                """, """
                MARKUP ".Seats"
                TABLE "|===\\n| Party | Seats\\n\\n| Green | 12\\na|\\n!===\\n! nested\\n!===\\n|==="
                TABLE ",===\\na,b\\n,==="
                """);
    }

    @Test
    void compoundBlocksHaveMarkupFencesAndTheirContentScanned() {
        assertBlocks(Format.ASCIIDOC, """
                [quote, Maria Keller, Council]
                ____
                We have waited eleven years for this.

                Tonight we started building.
                ____

                ====
                An example.
                ======
                Nested example.
                ======
                ====

                ****
                A sidebar.
                ----
                code
                ----
                ****

                --
                An open block.
                --
                """, """
                MARKUP "[quote, Maria Keller, Council]"
                MARKUP "____"
                PARAGRAPH "We have waited eleven years for this."
                PARAGRAPH "Tonight we started building."
                MARKUP "____"
                MARKUP "===="
                PARAGRAPH "An example."
                MARKUP "======"
                PARAGRAPH "Nested example."
                MARKUP "======"
                MARKUP "===="
                MARKUP "****"
                PARAGRAPH "A sidebar."
                CODE "----\\ncode\\n----"
                MARKUP "****"
                MARKUP "--"
                PARAGRAPH "An open block."
                MARKUP "--"
                """);
    }

    @Test
    void aCommentStyledOpenBlockIsOneComment() {
        assertBlocks(Format.ASCIIDOC, """
                [comment]
                --
                Not for print.
                --
                Printed.
                """, """
                MARKUP "[comment]"
                COMMENT "--\\nNot for print.\\n--"
                PARAGRAPH "Printed."
                """);
    }

    @Test
    void listItemParagraphsStartAfterTheirMarkers() {
        assertBlocks(Format.ASCIIDOC, """
                * The council approved the budget
                  after a long debate.
                ** Nested item
                - Dash item
                . Ordered item
                .. Nested ordered item
                1. Numbered item
                b. Lettered item
                iv) Roman item
                * [x] Done task
                <1> The first callout
                <.> An automatic callout
                """, """
                PARAGRAPH "The council approved the budget\\n  after a long debate."
                PARAGRAPH "Nested item"
                PARAGRAPH "Dash item"
                PARAGRAPH "Ordered item"
                PARAGRAPH "Nested ordered item"
                PARAGRAPH "Numbered item"
                PARAGRAPH "Lettered item"
                PARAGRAPH "Roman item"
                PARAGRAPH "Done task"
                PARAGRAPH "The first callout"
                PARAGRAPH "An automatic callout"
                """);
    }

    @Test
    void listContinuationAttachesTheNextBlock() {
        assertBlocks(Format.ASCIIDOC, """
                * Install the tool.
                +
                ----
                java -jar copydesk.jar
                ----
                +
                Then run it on a draft.
                * Next item
                """, """
                PARAGRAPH "Install the tool."
                MARKUP "+"
                CODE "----\\njava -jar copydesk.jar\\n----"
                MARKUP "+"
                PARAGRAPH "Then run it on a draft."
                PARAGRAPH "Next item"
                """);
    }

    @Test
    void descriptionListsHaveTheirDefinitionsAsParagraphs() {
        assertBlocks(Format.ASCIIDOC, """
                CPU:: The part that computes.
                RAM::
                  The short-term memory,
                  lost at power-off.
                Disk;; Where files live.
                Nested::: Deeper.

                std::vector is not a term.
                """, """
                PARAGRAPH "The part that computes."
                PARAGRAPH "The short-term memory,\\n  lost at power-off."
                PARAGRAPH "Where files live."
                PARAGRAPH "Deeper."
                PARAGRAPH "std::vector is not a term."
                """);
    }

    @Test
    void admonitionParagraphsStartAfterTheLabel() {
        assertBlocks(Format.ASCIIDOC, """
                NOTE: The figures are provisional.

                WARNING: Do not quote the draft
                before Friday.

                NOTES: not an admonition.
                """, """
                PARAGRAPH "The figures are provisional."
                PARAGRAPH "Do not quote the draft\\nbefore Friday."
                PARAGRAPH "NOTES: not an admonition."
                """);
    }

    @Test
    void indentedParagraphsAreLiteral() {
        assertBlocks(Format.ASCIIDOC, """
                Run:

                  copydesk check draft.adoc
                  copydesk fix draft.adoc

                Done.
                """, """
                PARAGRAPH "Run:"
                CODE "  copydesk check draft.adoc\\n  copydesk fix draft.adoc"
                PARAGRAPH "Done."
                """);
    }

    @Test
    void blockMacrosAndPreprocessorDirectivesAreMarkup() {
        assertBlocks(Format.ASCIIDOC, """
                image::bridge.png[The new bridge, 600]
                include::chapters/costs.adoc[leveloffset=+1]
                toc::[]
                ifdef::backend-html5[]
                The council met.
                endif::[]
                video::abc123[youtube]
                """, """
                MARKUP "image::bridge.png[The new bridge, 600]"
                MARKUP "include::chapters/costs.adoc[leveloffset=+1]"
                MARKUP "toc::[]"
                MARKUP "ifdef::backend-html5[]"
                PARAGRAPH "The council met."
                MARKUP "endif::[]"
                MARKUP "video::abc123[youtube]"
                """);
    }

    @Test
    void thematicAndPageBreaks() {
        assertBlocks(Format.ASCIIDOC, """
                One.

                '''

                Two.

                <<<

                ---

                * * *
                """, """
                PARAGRAPH "One."
                THEMATIC_BREAK "'''"
                PARAGRAPH "Two."
                THEMATIC_BREAK "<<<"
                THEMATIC_BREAK "---"
                THEMATIC_BREAK "* * *"
                """);
    }

    @Test
    void aParagraphEndsAtABlockAttributeLineOrADelimiter() {
        assertBlocks(Format.ASCIIDOC, """
                The council met on Tuesday.
                [source]
                ----
                code
                ----
                """, """
                PARAGRAPH "The council met on Tuesday."
                MARKUP "[source]"
                CODE "----\\ncode\\n----"
                """);
    }

    @Test
    void anUnclosedListingRunsToTheEnd() {
        assertBlocks(Format.ASCIIDOC, "Text.\n\n----\ncode\n\nmore code\n", """
                PARAGRAPH "Text."
                CODE "----\\ncode\\n\\nmore code"
                """);
    }

    @Test
    void softWrappedAndSentencePerLineParagraphsStayWhole() {
        assertBlocks(Format.ASCIIDOC, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight.
                Construction is due to begin in spring.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight.\\nConstruction is due to begin in spring."
                """);
    }

    @Test
    void theExampleArticleAsAsciiDocIsOneParagraphPerLine() {
        String article = BlockListing.resource("/examples/000_4e3a9109ce5d23f9.txt");
        List<Block> blocks = Segmenter.of(Format.ASCIIDOC).segment(article);
        assertEquals(article.lines().toList(), blocks.stream().map(b -> b.text(article).toString()).toList());
    }

    @Test
    void byteOrderMarkCrlfAndCrOnly() {
        assertBlocks(Format.ASCIIDOC, "\uFEFF= Title\r\n:toc:\r\n\r\nText.\r\n", """
                HEADING "= Title"
                MARKUP ":toc:"
                PARAGRAPH "Text."
                """);
        assertBlocks(Format.ASCIIDOC, "== Section\r\r----\rcode\r----\rText.\r", """
                HEADING "== Section"
                CODE "----\\rcode\\r----"
                PARAGRAPH "Text."
                """);
    }

    @Test
    void emptyAndBlankDocumentsHaveNoBlocks() {
        assertEquals(List.of(), Segmenter.of(Format.ASCIIDOC).segment(""));
        assertEquals(List.of(), Segmenter.of(Format.ASCIIDOC).segment("\n \n\t"));
        assertEquals(List.of(), Segmenter.of(Format.ASCIIDOC).segment("\uFEFF\n"));
    }

    @Test
    void aOneMegabyteLineIsOneParagraph() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1 << 20) {
            line.append("The council approved the budget for the bridge on Tuesday, said Dr. Keller. ");
        }
        String text = line.toString().strip();
        assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, 0, text.length())), Segmenter.of(Format.ASCIIDOC).segment(text));
    }
}
