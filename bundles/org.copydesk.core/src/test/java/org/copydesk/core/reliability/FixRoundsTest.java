package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.FixApplier;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How many rounds of automatic fixing a text needs. Usually one; the generated drafts found shapes that need two,
 * where removing one thing lets another be seen: a watermark glued onto a copy hides the copy, a copy after a
 * footer keeps the footer from ending the text, chrome glued onto chrome counts only once the outer piece is gone,
 * a plain-text footer line changes the wrap width inferred for its run of lines. {@link AutomaticFixer} (what
 * {@code copydesk fix} and the editor's "Fix all" use) fixes round after round and gives the exact clean text.
 */
class FixRoundsTest {
    private static final String PARAGRAPH = "The council approved the budget on Tuesday after a long debate about the bridge.";

    /** A watermark glued onto a copy hides the copy: the copy is flagged only once the watermark is gone. */
    private static final String COPY_WITH_GLUED_WATERMARK = PARAGRAPH + "\n\n" + PARAGRAPH + "Powered by Froala Editor\n";
    /** A copy after a footer line keeps the footer from being the end of the text until the copy is gone. */
    private static final String COPY_AFTER_FOOTER = PARAGRAPH + "\n\nShare this:\n\n" + PARAGRAPH + "\n";
    /** A footer glued onto a licence banner: the banner only ends its line, and so counts, once the footer is gone. */
    private static final String FOOTER_GLUED_ONTO_BANNER =
            "This CKEditor 4.1 version is not secure. Consider upgrading to the latest one, 4.1-lts.Like Loading...";
    /**
     * Plain text without blank lines: the footer line at the top changes the wrap width the segmenter infers for
     * the whole run of lines, so the hard-wrapped copy is cut into three paragraphs until the footer is removed.
     */
    private static final String COPY_RESEGMENTED_AFTER_FOOTER = "Proudly powered by WordPress\nG\n"
            + "\u2014it plan said Long Berlin Keller.The mayor said\u00ABApproved mayor Berlin school\ttold is Keller of Keller said "
            + "Tuesday bridge.win city a the\n\u2014it plan said Long Berlin\nKeller The mayor said\u00ABApproved\nmayor Berlin school"
            + "\ttold is\nKeller of Keller said Tuesday\nbridge!win city a the";

    @Test
    void oneRoundRemovesCopiesAndATrailingFooter() {
        String text = PARAGRAPH + "\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n\nShare this:\nLike this:\n\nLike Loading...\n";
        assertEquals(PARAGRAPH + "\n", fixOnce(Format.PLAIN_TEXT, text));
        assertEquals(List.of(), Invariants.remainingAfterOneRound(Format.PLAIN_TEXT, text, Invariants.CHECKER.check("draft.txt", text)));
    }

    @Test
    void oneRoundRemovesAFooterGluedOntoTheLastSentence() {
        String text = "Other news.\n\n" + PARAGRAPH + "Powered by Froala Editor\n";
        assertEquals("Other news.\n\n" + PARAGRAPH + "\n", fixOnce(Format.MARKDOWN, text));
    }

    @Test
    void fixingToTheEndGivesTheCleanText() {
        assertEquals(PARAGRAPH + "\n", fixToTheEnd(Format.PLAIN_TEXT, COPY_WITH_GLUED_WATERMARK));
        assertEquals(PARAGRAPH + "\n", fixToTheEnd(Format.MARKDOWN, COPY_AFTER_FOOTER));
        assertEquals("", fixToTheEnd(Format.MARKDOWN, FOOTER_GLUED_ONTO_BANNER));
        assertEquals("G\n\u2014it plan said Long Berlin Keller.The mayor said\u00ABApproved mayor Berlin school\ttold is Keller of Keller "
                + "said Tuesday bridge.win city a the\n", fixToTheEnd(Format.PLAIN_TEXT, COPY_RESEGMENTED_AFTER_FOOTER));
    }

    /**
     * A copy whose only extra is chrome glued on is not removed with the chrome (the copy's words would not all be
     * in the paragraph it copies); the footer fix takes the chrome, and the copy, exact now, goes in the next round.
     */
    @ParameterizedTest
    @ValueSource(strings = { "Powered by Froala Editor", " Powered by Froala Editor" })
    void aCopyWhoseOnlyExtraIsAGluedWatermarkGoesInTheNextRound(String watermark) {
        String text = PARAGRAPH + "\n\nThe vote is on Friday.\n\n" + PARAGRAPH + watermark + "\n\nThe mayor will speak first.\n";
        AutomaticFixer.Result fixed = AutomaticFixer.fix(Invariants.CHECKER, "draft.txt", text);
        assertEquals(PARAGRAPH + "\n\nThe vote is on Friday.\n\nThe mayor will speak first.\n", fixed.text());
        assertEquals(2, fixed.fixed(), "the watermark, then the copy");
        assertEquals(List.of(), fixed.after().findings());
    }

    /** Chrome glued onto the last copy, at the end of the text, goes the same way. */
    @Test
    void aLastCopyWithAFooterGluedOnGoesInTheNextRound() {
        String text = PARAGRAPH + "\n\nThe vote is on Friday.\n\n" + PARAGRAPH + "Share this:\n";
        assertEquals(PARAGRAPH + "\n\nThe vote is on Friday.\n", fixToTheEnd(Format.PLAIN_TEXT, text));
    }

    /** A copy with chrome and a sentence of the writer's: the chrome goes, the copy stays for the writer. */
    @Test
    void aCopyThatAlsoCarriesAWritersSentenceStays() {
        String copy = PARAGRAPH + " The vote was close.";
        String text = PARAGRAPH + "\n\nThe vote is on Friday.\n\n" + copy + "Powered by Froala Editor\n";
        AutomaticFixer.Result fixed = AutomaticFixer.fix(Invariants.CHECKER, "draft.txt", text);
        assertEquals(PARAGRAPH + "\n\nThe vote is on Friday.\n\n" + copy + "\n", fixed.text());
        assertEquals(List.of("Duplicate of the paragraph at line 1, and adds 'The vote was close.'"),
                fixed.after().findings().stream().map(f -> f.message()).toList());
    }

    private static String fixOnce(Format format, String text) {
        return FixApplier.apply(text, Invariants.CHECKER.check(Document.parse("draft", text, format)).automaticFixes()).text();
    }

    private static String fixToTheEnd(Format format, String text) {
        AutomaticFixer.Result fixed = AutomaticFixer.fix(Invariants.CHECKER, "draft." + format.extensions().get(0), text);
        assertEquals(List.of(), fixed.after().automaticFixes());
        return fixed.text();
    }
}
