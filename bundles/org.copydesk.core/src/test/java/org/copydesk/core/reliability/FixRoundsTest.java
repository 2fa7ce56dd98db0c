package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.FixApplier;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * How many rounds of automatic fixing a text needs. Usually one; the generated drafts found shapes that need two,
 * where removing one thing lets another be seen. Each such shape is kept here twice: fixing to the end gives the
 * exact clean text (enabled), and one round alone should already do so (disabled until the rules see it).
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

    @Test
    @Disabled("duplicate-paragraph compares the copy with the watermark glued onto it; cms-footer removes the watermark "
            + "first, so a second round is needed (copydesk fix does one round)")
    void oneRoundRemovesACopyWithAGluedWatermark() {
        assertEquals(PARAGRAPH + "\n", fixOnce(Format.PLAIN_TEXT, COPY_WITH_GLUED_WATERMARK));
    }

    @Test
    @Disabled("cms-footer sees the footer only once the copy after it is removed: a second round is needed")
    void oneRoundRemovesACopyAndTheFooterBeforeIt() {
        assertEquals(PARAGRAPH + "\n", fixOnce(Format.MARKDOWN, COPY_AFTER_FOOTER));
    }

    @Test
    @Disabled("cms-footer: a watermark counts only where it ends its line, so chrome glued onto chrome takes two rounds")
    void oneRoundRemovesFooterGluedOntoFooter() {
        assertEquals("", fixOnce(Format.MARKDOWN, FOOTER_GLUED_ONTO_BANNER));
    }

    @Test
    @Disabled("plain text: the wrap width is inferred per run of lines, so removing a footer line re-segments the run")
    void oneRoundRemovesACopyResegmentedAfterAFooter() {
        assertEquals(List.of(), Invariants.remainingAfterOneRound(Format.PLAIN_TEXT, COPY_RESEGMENTED_AFTER_FOOTER,
                Invariants.CHECKER.check("draft.txt", COPY_RESEGMENTED_AFTER_FOOTER)));
    }

    private static String fixOnce(Format format, String text) {
        return FixApplier.apply(text, Invariants.CHECKER.check(Document.parse("draft", text, format)).automaticFixes()).text();
    }

    private static String fixToTheEnd(Format format, String text) {
        String current = text;
        for (int round = 0; round < Invariants.MAX_ROUNDS; round++) {
            String next = fixOnce(format, current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        throw new AssertionError("no fixed point after " + Invariants.MAX_ROUNDS + " rounds: " + Draft.escape(current));
    }
}
