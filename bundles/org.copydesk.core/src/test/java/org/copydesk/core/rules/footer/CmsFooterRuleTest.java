package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.document.Format;
import org.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** What samples cannot express: missing final newlines, CRLF, whole-document chrome, the fix-all fix. */
class CmsFooterRuleTest {
    private static final String BODY = "The ferry runs every hour until midnight.";

    private static final RuleTester TESTER = RuleTester.of(new CmsFooterRule());

    private CheckResult check(String text) {
        return TESTER.check(text);
    }

    private String fixed(String text) {
        return TESTER.applyFix(text, "remove-footer");
    }

    @Test
    void aTrailingBlockGoesButTheLastLineKeepsItsLineBreak() {
        assertEquals(BODY + "\n", fixed(BODY + "\nPowered by Froala Editor"));
        assertEquals(BODY + "\n", fixed(BODY + "\n\n\n\nCopyright © 2024 Harbour Gazette.\n\n"));
    }

    @Test
    void aGluedSignatureGoesAndTheFileKeepsItsEnding() {
        assertEquals(BODY, fixed(BODY + "Powered by Froala Editor"));
        assertEquals(BODY + "\n", fixed(BODY + "Powered by Froala Editor  \n"));
        assertEquals(BODY, fixed(BODY + " Powered by Froala Editor"));
    }

    @Test
    void gluedChromeNeverStartsInsideANumber() {
        assertEquals("The tide rose 4.5.", fixed("The tide rose 4.5.Made with Carrd"));
        assertEquals("4.5.", fixed("4.5.Made with Carrd"));
        assertEquals("Next meeting: 12.03.2024.", fixed("Next meeting: 12.03.2024.Powered by Froala Editor"));
    }

    @Test
    void windowsLineBreaksStayWindowsLineBreaks() {
        String text = "Harbour news\r\n" + BODY + "\r\nShare this:\r\nTwitter\r\nFacebook\r\n";
        assertEquals("Harbour news\r\n" + BODY + "\r\n", fixed(text));
        assertEquals(3, new org.copydesk.core.document.LineMap(text).line(check(text).findings().get(0).start()));
    }

    @Test
    void oldMacLineBreaksWorkToo() {
        assertEquals(BODY + "\r", fixed(BODY + "\rShare this:\rTwitter\r"));
        assertEquals(BODY + "\r" + BODY + "\r", fixed(BODY + "\rSent from my iPhone\r" + BODY + "\r"));
    }

    @Test
    void aTextMadeOfNothingButChromeKeepsItsFirstLine() {
        assertEquals("Share this:\n", fixed("Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n"));
    }

    @Test
    void theMessageNamesPlatformAndKind() {
        Finding finding = check(BODY + "\nShare this:\nTwitter\nLike this:\nLike Loading...\n").findings().get(0);
        assertEquals("WordPress share block, WordPress like button: pasted with the text, not part of it", finding.message());
    }

    @Test
    void severalFootersCanBeRemovedAtOnce() {
        String text = "Unlicensed copy of the Froala Editor. Use it legally by purchasing a license.\n" + BODY + "\nAdvertisement\n"
                + BODY + "\nSent from my iPhone\n";
        CheckResult result = check(text);
        assertEquals(3, result.findings().size(), result.findings()::toString);
        assertEquals(List.of(1, 1, 1), result.findings().stream().map(f -> f.fixes().size()).toList());
        assertEquals(BODY + "\n" + BODY + "\n", fixed(text));
    }

    @Test
    void companionsAloneAreNotAFooter() {
        assertEquals(List.of(), check(BODY + "\nFind us on:\nTwitter\nFacebook\nInstagram\n").findings());
    }

    @Test
    void aWatermarkInsideASentenceIsProse() {
        assertEquals(List.of(), check("The old editor added Powered by Froala Editor to every post, so we switched.\n").findings());
    }

    @Test
    void aFooterInsideACodeBlockIsNeverLookedAt() {
        String text = "# Cleaning pasted text\n\n```\nPowered by Froala Editor\nShare this:\n```\n";
        assertEquals(List.of(), TESTER.format(Format.MARKDOWN).check(text).findings());
    }

    @Test
    void chromeAfterACodeBlockIsStillFound() {
        String text = "# Cleaning pasted text\n\n```\nsed -i '$d' post.txt\n```\n\nPowered by Froala Editor\n";
        CheckResult result = TESTER.format(Format.MARKDOWN).check(text);
        assertEquals(1, result.findings().size());
        assertEquals("# Cleaning pasted text\n\n```\nsed -i '$d' post.txt\n```\n",
                FixApplier.apply(text, result.automaticFixes()).text());
    }

    @Test
    void aLongRunOfChromeLikeLinesIsAListNotAFooter() {
        StringBuilder text = new StringBuilder(BODY + "\nShare this:\n");
        for (int i = 0; i < 100; i++) {
            text.append(i % 2 == 0 ? "Twitter\n" : "Facebook\n");
        }
        assertTrue(check(text.toString()).findings().isEmpty());
    }

    @Test
    void aBylineUnderTheHeadlineIsTheArticlesOwn() {
        String text = "Harbour news\nPosted by Jane Miller on March 3, 2021 at 9:14 AM\n" + BODY + "\nThe last boat leaves at eleven.\n";
        assertEquals(List.of(), check(text).findings());
    }

    @Test
    void aGenericChromeLineNeedsCompanyToBeAFooter() {
        assertEquals(List.of(), check(BODY + "\n\nRelated Posts\n").findings());
        String text = BODY + "\n\nRelated Posts\nFerry timetable for the summer\nNight trains return\n";
        List<Finding> findings = check(text).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(text.indexOf("Related"), findings.get(0).start());
        assertEquals(BODY + "\n", fixed(text));
    }

    @Test
    void theMessageNamesWhatWasRecognised() {
        assertEquals("copyright line: pasted with the text, not part of it",
                check(BODY + "\n© 2023 Hafenblatt GmbH. Alle Rechte vorbehalten.\n").findings().get(0).message());
        assertEquals("share labels, comment section: pasted with the text, not part of it",
                check(BODY + "\nShare | Tweet\n12 Comments\n").findings().get(0).message());
        assertTrue(check(BODY + "\nSimple template. Powered by Blogger.\n").findings().get(0).message().startsWith("Blogger theme credit"));
    }

    @Test
    void gluedChromeNeverCutsASentence() {
        assertEquals(List.of(), check(BODY + "\nWhy won't the mayor answer? Share and comment below.\n").findings());
        assertEquals(List.of(), check(BODY + "\nThe old page read Share this post in grey type, the archivist said.\n").findings());
        String glued = BODY + "\nSee you all next year! Share this post\n";
        assertEquals(BODY + "\nSee you all next year!\n", fixed(glued));
    }

    @Test
    void chromeAboveReadersCommentsGoesAndTheCommentsStay() {
        String comments = "\nI waited years for this ferry, and it was worth it.\n\nWill the night boat carry bicycles too?\n";
        String text = BODY + "\n\nShare this:\nTwitter\nFacebook\n12 Comments\n" + comments;
        List<Finding> findings = check(text).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(text.indexOf("Share"), findings.get(0).start());
        assertEquals(BODY + "\n" + comments, fixed(text));
    }
}
