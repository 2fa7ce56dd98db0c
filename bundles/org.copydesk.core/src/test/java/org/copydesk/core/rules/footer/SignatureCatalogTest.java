package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every catalog entry, through its example: at the end of an article, glued onto its last sentence, and quoted in prose. */
class SignatureCatalogTest {
    private static final String BODY = "The orchard survived the late frost because the growers lit smudge pots along every row.\n"
            + "By morning the blossoms were intact, and the cooperative expects a full harvest in September.\n";
    private static final String LAST = "Visitors can tour the orchard on weekends and taste the harvest firsthand.";

    private final Checker checker = new Checker(new Config(Map.of("duplicate-paragraph", new RuleSettings(false, null, Map.of())),
            List.of(), null, null), List.of(new CmsFooterRule()));

    @Test
    void hasAtLeastFortySignaturesFromFifteenPlatforms() {
        List<Signature> catalog = SignatureCatalog.builtIn();
        Set<String> platforms = catalog.stream().map(Signature::platform).collect(Collectors.toSet());
        assertTrue(catalog.size() >= 40, catalog.size() + " signatures");
        assertTrue(platforms.size() >= 15, platforms.size() + " platforms");
    }

    @Test
    void theDocsPageListsEverySignature() {
        String docs = new CmsFooterRule().info().docs();
        for (Signature signature : SignatureCatalog.builtIn()) {
            assertTrue(docs.contains("| `" + signature.id() + "` |"), signature.id() + " missing from cms-footer.md");
        }
    }

    @TestFactory
    Stream<DynamicTest> everySignatureAtTheEnd() {
        return SignatureCatalog.builtIn().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            String footer = s.where() == Where.COMPANION ? "Share this:\n" + s.example() : s.example();
            String text = BODY + LAST + "\n\n" + footer + "\n";
            Finding finding = onlyFinding(text);
            assertEquals(text.indexOf(footer), finding.start(), finding.message());
            assertFixedTo(BODY + LAST + "\n", text);
            if (s.where().isAnchor()) {
                assertTrue(finding.message().startsWith(s.description()), finding.message());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAnchorGluedOntoTheLastSentence() {
        return SignatureCatalog.builtIn().stream().filter(s -> s.where().isAnchor())
                .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
                    String text = BODY + LAST + s.example() + "\n";
                    Finding finding = onlyFinding(text);
                    assertEquals(text.indexOf(s.example()), finding.start(), finding.message());
                    assertFixedTo(BODY + LAST + "\n", text);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyLineSignatureAsAWholeLineInTheMiddle() {
        return SignatureCatalog.builtIn().stream().filter(s -> s.where() == Where.LINE || s.where() == Where.ANYWHERE)
                .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
                    String text = BODY + s.example() + "\n" + LAST + "\n";
                    Finding finding = onlyFinding(text);
                    assertEquals(BODY.length(), finding.start(), finding.message());
                    assertFixedTo(BODY + LAST + "\n", text);
                }));
    }

    @TestFactory
    Stream<DynamicTest> noSignatureQuotedInsideASentence() {
        return SignatureCatalog.builtIn().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            String text = BODY + "At the bottom of the old page, the line " + s.example() + " was set in grey type.\n";
            CheckResult result = checker.check(Document.parse(text, Format.PLAIN_TEXT));
            assertEquals(List.of(), result.findings());
        }));
    }

    private Finding onlyFinding(String text) {
        CheckResult result = checker.check(Document.parse(text, Format.PLAIN_TEXT));
        assertEquals(List.of(), result.failures());
        assertEquals(1, result.findings().size(), () -> "findings in:\n" + text + "\n" + result.findings());
        return result.findings().get(0);
    }

    private void assertFixedTo(String expected, String text) {
        CheckResult result = checker.check(Document.parse(text, Format.PLAIN_TEXT));
        String fixed = FixApplier.apply(text, result.automaticFixes()).text();
        assertEquals(expected, fixed);
        assertEquals(List.of(), checker.check(Document.parse(fixed, Format.PLAIN_TEXT)).findings());
    }
}
