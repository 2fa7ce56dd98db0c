package org.copydesk.core.document;

import static org.copydesk.core.document.BlockListing.assertBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.core.text.TextLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The three shapes plain-text drafts come in, and the odd bytes they carry. */
class PlainTextSegmenterTest {
    /** 25 paragraphs of news, story and blog prose, one a line. */
    private static final List<String> PROSE = BlockListing.resource("/prose/paragraphs.txt").lines().toList();

    @Test
    void blankLineSeparatedParagraphs() {
        assertBlocks(Format.PLAIN_TEXT, """
                The council approved the budget on Tuesday after a long debate.

                The mayor said the work would start in spring and end next year.


                Construction is due to begin in spring.
                """, """
                PARAGRAPH "The council approved the budget on Tuesday after a long debate."
                PARAGRAPH "The mayor said the work would start in spring and end next year."
                PARAGRAPH "Construction is due to begin in spring."
                """);
    }

    @Test
    void oneParagraphPerLineAsCmsExportsCome() {
        assertBlocks(Format.PLAIN_TEXT, """
                Council Approves Bridge Budget
                Local news
                The city council approved the budget for the new bridge on Tuesday evening, after a debate that ran well past midnight.
                “We have waited eleven years for this,” said Maria Keller, who chairs the transport committee.
                Construction is due to begin in spring.
                Powered by Froala Editor""", """
                PARAGRAPH "Council Approves Bridge Budget"
                PARAGRAPH "Local news"
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday evening, after a debate that ran well past midnight."
                PARAGRAPH "“We have waited eleven years for this,” said Maria Keller, who chairs the transport committee."
                PARAGRAPH "Construction is due to begin in spring."
                PARAGRAPH "Powered by Froala Editor"
                """);
    }

    @Test
    void shortLinesThatAreNotWrappedAreParagraphsOfTheirOwn() {
        assertBlocks(Format.PLAIN_TEXT, """
                Markets rally as inflation cools
                Council approves bridge budget
                Storm leaves thousands without power
                Museum reopens after renovation
                """, """
                PARAGRAPH "Markets rally as inflation cools"
                PARAGRAPH "Council approves bridge budget"
                PARAGRAPH "Storm leaves thousands without power"
                PARAGRAPH "Museum reopens after renovation"
                """);
    }

    @Test
    void listsAddressesAndTitlesAmongWrappedParagraphs() {
        assertBlocks(Format.PLAIN_TEXT, """
                Shopping list for the fete, as agreed at the meeting of the parish council
                on Monday, with thanks to everyone who volunteered to help this year:

                - bread and butter for the sandwiches
                - two crates of lemonade

                Contact:
                Maria Keller
                12 Harbour Road

                Rally in the park
                2,000 people attended the rally on Saturday, the police said.
                """, """
                PARAGRAPH "Shopping list for the fete, as agreed at the meeting of the parish council\\non Monday, with thanks to everyone who volunteered to help this year:"
                PARAGRAPH "- bread and butter for the sandwiches"
                PARAGRAPH "- two crates of lemonade"
                PARAGRAPH "Contact:"
                PARAGRAPH "Maria Keller"
                PARAGRAPH "12 Harbour Road"
                PARAGRAPH "Rally in the park"
                PARAGRAPH "2,000 people attended the rally on Saturday, the police said."
                """);
    }

    @Test
    void hardWrappedParagraphsWithBlankLinesBetween() {
        assertBlocks(Format.PLAIN_TEXT, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight and left several
                members visibly exhausted.

                Construction is due to begin in spring. The bridge will link the old
                harbour district with the industrial estate on the far bank. Roughly
                a third of the cost will come from regional funds.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight and left several\\nmembers visibly exhausted."
                PARAGRAPH "Construction is due to begin in spring. The bridge will link the old\\nharbour district with the industrial estate on the far bank. Roughly\\na third of the cost will come from regional funds."
                """);
    }

    @Test
    void aWrapAtASentenceEndStaysInsideItsParagraphWhenTheLineIsFull() {
        // The second paragraph breaks after "bank." with the next line starting a sentence: only the line being
        // as full as the document's other wrapped lines says it is a wrap.
        assertBlocks(Format.PLAIN_TEXT, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight and left several
                members visibly exhausted.

                The bridge will link the old harbour district with the far river bank.
                Roughly a third of the cost will come from regional funds, the rest
                from a loan.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight and left several\\nmembers visibly exhausted."
                PARAGRAPH "The bridge will link the old harbour district with the far river bank.\\nRoughly a third of the cost will come from regional funds, the rest\\nfrom a loan."
                """);
    }

    @Test
    void hardWrappedParagraphsWithoutBlankLinesEndAtTheirShortLastLine() {
        assertBlocks(Format.PLAIN_TEXT, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight.
                Opponents of the project argued that the money would be better spent
                on the bus network, which has lost many passengers.
                Construction is due to begin in spring.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight."
                PARAGRAPH "Opponents of the project argued that the money would be better spent\\non the bus network, which has lost many passengers."
                PARAGRAPH "Construction is due to begin in spring."
                """);
    }

    @Test
    void aLoneWrappedParagraphWhoseLinesStartWithNames() {
        assertBlocks(Format.PLAIN_TEXT, """
                In recent years, Kim Jong Un has been "emboldened" by North
                Korea’s expanding missile arsenal and strengthened ties with
                Moscow, writes Reuters. This, in turn, led to the signing of
                a "comprehensive" strategic partnership agreement between
                North Korea and Russia.
                """, """
                PARAGRAPH "In recent years, Kim Jong Un has been \\"emboldened\\" by North\\nKorea’s expanding missile arsenal and strengthened ties with\\nMoscow, writes Reuters. This, in turn, led to the signing of\\na \\"comprehensive\\" strategic partnership agreement between\\nNorth Korea and Russia."
                """);
    }

    @Test
    void aLineLengthenedByAnEditAfterWrappingStaysInItsParagraph() {
        assertBlocks(Format.PLAIN_TEXT, """
                The city council approved the budget for the new bridge on Tuesday
                evening, after a debate that ran well past midnight, and which several members later described as bitter,
                and left several members visibly exhausted. The mayor was not
                there.
                """, """
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday\\nevening, after a debate that ran well past midnight, and which several members later described as bitter,\\nand left several members visibly exhausted. The mayor was not\\nthere."
                """);
    }

    @Test
    void aSentenceEndingShortOfTheWrapColumnStaysInItsParagraphWhenBlankLinesSeparateParagraphs() {
        // Texts wrapped by hand leave room at a line's end; where blank lines separate paragraphs, a roughly full
        // line that ends a sentence inside a run is a wrap. A short one (an address, a list) still ends a paragraph.
        String text = wrapped(PROSE.subList(0, 6), 72, "\n\n") + """


                The harbour master had seen storms before, but never one like this. He
                knew the boats would not go out. Nobody asked him to sign.
                The fishermen sat in the tavern and waited for the wind to turn, as
                they always did.

                Contact:
                Maria Keller
                """;
        List<Block> blocks = Segmenter.of(Format.PLAIN_TEXT).segment(text);
        List<String> last = blocks.subList(blocks.size() - 3, blocks.size()).stream().map(b -> unwrapped(b.text(text))).toList();
        assertEquals(List.of("The harbour master had seen storms before, but never one like this. He knew the boats would"
                + " not go out. Nobody asked him to sign. The fishermen sat in the tavern and waited for the wind to"
                + " turn, as they always did.", "Contact:", "Maria Keller"), last);
    }

    @Test
    void paragraphsWithoutBlankLinesStillEndAtASentenceShortOfTheWrapColumn() {
        // the near miss of the above: with no blank lines between paragraphs, only a full line is a wrap
        String text = wrapped(PROSE.subList(0, 6), 72, "\n") + "\n";
        assertEquals(PROSE.subList(0, 6), Segmenter.of(Format.PLAIN_TEXT).segment(text).stream()
                .map(b -> unwrapped(b.text(text))).toList());
    }

    @Test
    void aWrappedLineOfShortWordsAndNamesIsNoHeadline() {
        assertBlocks(Format.PLAIN_TEXT, """
                The inn was full of people who had nowhere better to go, and the rain
                had not stopped since the morning, so nobody thought of leaving.

                "But here you are as safe as you are in Leeds. Mrs. Pell Hart is so
                English in her ways."

                Council Approves Bridge Budget After Long Night Of Debate In The Hall
                The city council approved the budget for the new bridge on Tuesday.
                """, """
                PARAGRAPH "The inn was full of people who had nowhere better to go, and the rain\\nhad not stopped since the morning, so nobody thought of leaving."
                PARAGRAPH "\\\"But here you are as safe as you are in Leeds. Mrs. Pell Hart is so\\nEnglish in her ways.\\\""
                PARAGRAPH "Council Approves Bridge Budget After Long Night Of Debate In The Hall"
                PARAGRAPH "The city council approved the budget for the new bridge on Tuesday."
                """);
    }

    @Test
    void verseQuotedLineByLineIsOneParagraph() {
        // lines of verse end without a comma and start with a capital; the quotation around them holds them together
        assertBlocks(Format.PLAIN_TEXT, """
                The inn was full of people who had nowhere better to go, and the rain
                had not stopped since the morning, so nobody thought of leaving, and
                the boy sat by the door and sang to himself to pass the time.

                "You are young," said the boy to the old man by the gate,
                    "And your boots are as bright as the sun;
                And yet you go walking in mud when it's late--
                    Do you think it is wise, or is it for fun?"

                "I have answered you twice, and that is enough,"
                    Said the old man; "don't give yourself airs!
                Do you think I can stand here all day for such stuff?
                    Be off, or I'll chase you down stairs!"

                When evening lays her shadow down
                And hangs it on a star
                """, """
                PARAGRAPH "The inn was full of people who had nowhere better to go, and the rain\\nhad not stopped since the morning, so nobody thought of leaving, and\\nthe boy sat by the door and sang to himself to pass the time."
                PARAGRAPH "\\\"You are young,\\\" said the boy to the old man by the gate,\\n    \\\"And your boots are as bright as the sun;\\nAnd yet you go walking in mud when it's late--\\n    Do you think it is wise, or is it for fun?\\\""
                PARAGRAPH "\\\"I have answered you twice, and that is enough,\\\"\\n    Said the old man; \\\"don't give yourself airs!\\nDo you think I can stand here all day for such stuff?\\n    Be off, or I'll chase you down stairs!\\\""
                PARAGRAPH "When evening lays her shadow down"
                PARAGRAPH "And hangs it on a star"
                """);
    }

    @Test
    void aQuotationOverSeveralParagraphsStillEndsEachOfThem() {
        // the convention: each paragraph of one speech opens with a mark again, and only the last one closes
        assertBlocks(Format.PLAIN_TEXT, """
                "The first paragraph of the speech ends without a closing mark.
                "The second opens with one again.
                "And the last one closes it," she said.
                """, """
                PARAGRAPH "\\\"The first paragraph of the speech ends without a closing mark."
                PARAGRAPH "\\\"The second opens with one again."
                PARAGRAPH "\\\"And the last one closes it,\\\" she said."
                """);
    }

    @Test
    void aCopyRewrappedInADocumentOfOneParagraphPerLineIsOneParagraph() {
        // German capitalises its nouns and names fill news lines: few breaks visibly run on, but every line is full
        assertBlocks(Format.PLAIN_TEXT, """
                Am Morgen kam der Bote mit einem Brief, den niemand im Haus erwartet hatte, und legte ihn auf den Tisch.

                Da stand die Tochter auf und sagte: »Bitte, Vater, nur keine langen
                Reden.« Und am Tage darauf sprach niemand mehr davon.

                Die Alte ist nicht mehr hinter ihm. Ist sie in einer
                Grube des Bodens versunken oder durch die in dichten
                Nebeln sich wälzenden Dunstmassen entflohen?

                Democrats supporting Mrs. Keller have pointed to Senators Harry
                Lamb of Nevada, Elena Warren of Massachusetts and Charles
                Berger of New York as likely peacemakers, should the campaign
                keep up its attacks.
                """, """
                PARAGRAPH "Am Morgen kam der Bote mit einem Brief, den niemand im Haus erwartet hatte, und legte ihn auf den Tisch."
                PARAGRAPH "Da stand die Tochter auf und sagte: »Bitte, Vater, nur keine langen\\nReden.« Und am Tage darauf sprach niemand mehr davon."
                PARAGRAPH "Die Alte ist nicht mehr hinter ihm. Ist sie in einer\\nGrube des Bodens versunken oder durch die in dichten\\nNebeln sich wälzenden Dunstmassen entflohen?"
                PARAGRAPH "Democrats supporting Mrs. Keller have pointed to Senators Harry\\nLamb of Nevada, Elena Warren of Massachusetts and Charles\\nBerger of New York as likely peacemakers, should the campaign\\nkeep up its attacks."
                """);
    }

    @Test
    void aHeadlineOrShortSentencesOverAParagraphInALineDocumentStayApart() {
        // near misses of the above: a headline in title case, and sentences that each end their line
        assertBlocks(Format.PLAIN_TEXT, """
                Am Morgen kam der Bote mit einem Brief, den niemand im Haus erwartet hatte, und legte ihn auf den Tisch.

                The Daily Council Takes A Closer Look At The Harbour Bridge Plans
                The council approved the budget for the bridge on Tuesday evening.

                The council approved the budget for the new bridge on Tuesday.
                Construction is due to begin in spring, the mayor said.
                """, """
                PARAGRAPH "Am Morgen kam der Bote mit einem Brief, den niemand im Haus erwartet hatte, und legte ihn auf den Tisch."
                PARAGRAPH "The Daily Council Takes A Closer Look At The Harbour Bridge Plans"
                PARAGRAPH "The council approved the budget for the bridge on Tuesday evening."
                PARAGRAPH "The council approved the budget for the new bridge on Tuesday."
                PARAGRAPH "Construction is due to begin in spring, the mayor said."
                """);
    }

    @Test
    void exampleArticleHasEachOfItsLinesAsAParagraph() {
        String article = BlockListing.resource("/examples/000_4e3a9109ce5d23f9.txt");
        List<Block> blocks = Segmenter.of(Format.PLAIN_TEXT).segment(article);
        List<String> lines = article.lines().toList();
        assertEquals(21, lines.size());
        assertEquals(lines, blocks.stream().map(b -> b.text(article).toString()).toList());
        assertEquals(List.of(Block.Kind.PARAGRAPH), blocks.stream().map(Block::kind).distinct().toList());
    }

    @ParameterizedTest(name = "wrapped at {0}")
    @ValueSource(ints = {56, 60, 64, 66, 68, 72, 76, 78, 80})
    void exampleArticleWrappedUnderItsTitleAndKicker(int width) {
        // News prose: many lines start with a name, so few breaks visibly run on; the lines being full tells.
        List<String> lines = BlockListing.resource("/examples/000_4e3a9109ce5d23f9.txt").lines().toList();
        String text = lines.get(0) + "\n" + lines.get(1) + "\n\n" + wrapped(lines.subList(2, 12), width, "\n\n") + "\n";
        List<Block> blocks = Segmenter.of(Format.PLAIN_TEXT).segment(text);
        assertEquals(lines.subList(0, 12), blocks.stream().map(b -> unwrapped(b.text(text))).toList());
    }

    static Stream<Arguments> proseInEveryShape() {
        List<Arguments> shapes = new ArrayList<>();
        shapes.add(Arguments.of("one paragraph per line", String.join("\n", PROSE) + "\n"));
        shapes.add(Arguments.of("one paragraph per line, blank lines between", String.join("\n\n", PROSE)));
        for (int width = 60; width <= 80; width += 4) {
            shapes.add(Arguments.of("greedy wrap at " + width, wrapped(width, "\n\n")));
        }
        for (int width : new int[] {60, 72, 80}) {
            shapes.add(Arguments.of("fmt -w " + width, BlockListing.resource("/prose/fmt-" + width + ".txt")));
        }
        shapes.add(Arguments.of("wrapped, then lines, then wrapped",
                wrapped(PROSE.subList(0, 8), 72, "\n\n") + "\n\n" + String.join("\n", PROSE.subList(8, 17)) + "\n\n"
                        + wrapped(PROSE.subList(17, PROSE.size()), 68, "\n\n")));
        shapes.add(Arguments.of("lines, then wrapped at 72", String.join("\n", PROSE.subList(0, 12)) + "\n\n"
                + wrapped(PROSE.subList(12, PROSE.size()), 72, "\n\n")));
        return shapes.stream().flatMap(shape -> Stream.of(shape,
                Arguments.of(shape.get()[0] + ", CRLF", ((String) shape.get()[1]).replace("\n", "\r\n")),
                Arguments.of(shape.get()[0] + ", CR only", ((String) shape.get()[1]).replace("\n", "\r"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proseInEveryShape")
    void findsEveryParagraphOfProseInEveryShape(String shape, String text) {
        List<Block> blocks = Segmenter.of(Format.PLAIN_TEXT).segment(text);
        BlockListing.assertOrdered(text, blocks);
        assertEquals(String.join("\n", PROSE), blocks.stream().map(b -> unwrapped(b.text(text))).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @Test
    void copiesRewrappedNarrowerStayWholeParagraphs() {
        StringBuilder text = new StringBuilder(wrapped(72, "\n\n"));
        int[] widths = {50, 56, 60, 64, 45};
        for (int p = 0; p < PROSE.size(); p++) {
            text.append("\n\n").append(wrapped(List.of(PROSE.get(p)), widths[p % widths.length], ""));
        }
        List<Block> blocks = Segmenter.of(Format.PLAIN_TEXT).segment(text.toString());
        List<String> twice = new ArrayList<>(PROSE);
        twice.addAll(PROSE);
        assertEquals(twice, blocks.stream().map(b -> unwrapped(b.text(text))).toList());
    }

    @Test
    void crlfAndCrOnlyLineBreaksSeparateLikeLineFeeds() {
        String text = "Title of the story\r\nThe council approved the budget.\r\n\r\nThe mayor was pleased.\rIt rained.\r";
        assertBlocks(Format.PLAIN_TEXT, text, """
                PARAGRAPH "Title of the story"
                PARAGRAPH "The council approved the budget."
                PARAGRAPH "The mayor was pleased."
                PARAGRAPH "It rained."
                """);
    }

    @Test
    void indentationTabsAndNoBreakSpacesAreNotText() {
        String text = "\tThe council approved the budget for the bridge.\u00A0\n\u00A0\u00A0\n    The mayor was pleased.\t\n";
        assertBlocks(Format.PLAIN_TEXT, text, """
                PARAGRAPH "The council approved the budget for the bridge."
                PARAGRAPH "The mayor was pleased."
                """);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstParagraph() {
        assertBlocks(Format.PLAIN_TEXT, "\uFEFFThe council approved the budget.\nThe mayor was pleased.", """
                PARAGRAPH "The council approved the budget."
                PARAGRAPH "The mayor was pleased."
                """);
        assertBlocks(Format.PLAIN_TEXT, "\uFEFF\n\nThe council approved the budget.", """
                PARAGRAPH "The council approved the budget."
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", " \t\n\u00A0\n", "\uFEFF", "\uFEFF\n \n"})
    void emptyAndWhitespaceOnlyDocumentsHaveNoBlocks(String text) {
        assertEquals(List.of(), Segmenter.of(Format.PLAIN_TEXT).segment(text));
    }

    @Test
    void aOneMegabyteLineIsOneParagraph() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1 << 20) {
            line.append(PROSE.get(line.length() % PROSE.size())).append(' ');
        }
        String text = line.toString().strip() + "\n";
        assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, 0, text.length() - 1)), Segmenter.of(Format.PLAIN_TEXT).segment(text));
    }

    /** Wraps each paragraph greedily at {@code width} columns, as an editor's "wrap paragraph" does. */
    static String wrapped(int width, String separator) {
        return wrapped(PROSE, width, separator);
    }

    static String wrapped(List<String> paragraphs, int width, String separator) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder wrapped = new StringBuilder();
            int lineLength = 0;
            for (String word : paragraph.split(" ")) {
                if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                    wrapped.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    wrapped.append(' ');
                    lineLength++;
                }
                wrapped.append(word);
                lineLength += word.length();
            }
            out.add(wrapped.toString());
        }
        return String.join(separator, out);
    }

    private static String unwrapped(CharSequence paragraph) {
        return TextLines.of(paragraph).stream().map(l -> paragraph.subSequence(l.start(), l.end()).toString().strip())
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
