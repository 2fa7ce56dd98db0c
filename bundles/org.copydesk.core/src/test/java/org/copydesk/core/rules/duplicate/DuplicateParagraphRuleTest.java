package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateParagraphRuleTest {
    private static final String PARAGRAPH = "The council approved the new budget on Tuesday after a long debate about"
            + " the costs of the bridge.";

    private final DuplicateParagraphRule rule = new DuplicateParagraphRule();

    @Test
    void reportsTheCopyWithTheFirstOccurrenceAndOneFixThatRemovesIt() {
        String text = PARAGRAPH + "\n\nSomething else happened on Wednesday.\n\n" + PARAGRAPH + "\n";
        List<Finding> findings = check(text, Map.of());
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Duplicate of the paragraph at line 1", finding.message());
        assertEquals(text.lastIndexOf(PARAGRAPH), finding.start());
        assertEquals(0, finding.related().get(0).start());
        assertEquals("first occurrence", finding.related().get(0).message());
        Fix fix = finding.fixes().get(0);
        assertEquals(List.of("Remove duplicate paragraph"), finding.fixes().stream().map(Fix::label).toList());
        assertTrue(fix.automatic());
        assertEquals(PARAGRAPH + "\n\nSomething else happened on Wednesday.\n", FixApplier.apply(text, List.of(fix)).text());
    }

    @Test
    void aCopyThatSaysSomethingNewIsLeftForTheWriterWithTwoChoices() {
        String other = "Something else happened on Wednesday.";
        String copy = PARAGRAPH.replace("long debate", "short debate");
        String text = PARAGRAPH + "\n\n" + other + "\n\n" + copy + "\n";
        Finding finding = check(text, Map.of()).get(0);
        assertEquals("Duplicate of the paragraph at line 1, but says 'short' where line 1 says 'long'", finding.message());
        assertEquals(text.indexOf(copy), finding.start());
        assertEquals("first occurrence", finding.related().get(0).message());
        assertEquals(List.of("Remove this copy", "Keep this copy, remove the one at line 1"),
                finding.fixes().stream().map(Fix::label).toList());
        assertTrue(finding.fixes().stream().noneMatch(Fix::automatic), "nothing for copydesk fix to apply");
        assertEquals(null, finding.automaticFix());
        assertEquals(PARAGRAPH + "\n\n" + other + "\n", FixApplier.apply(text, List.of(finding.fixes().get(0))).text());
        assertEquals(other + "\n\n" + copy + "\n", FixApplier.apply(text, List.of(finding.fixes().get(1))).text());
    }

    @Test
    void aCopyWhoseWordsTheFirstAllHoldsIsRemovedAutomatically() {
        String dropped = PARAGRAPH.replace("new ", "");
        String repunctuated = PARAGRAPH.replace("costs of the bridge.", "costs — of the BRIDGE!");
        String text = PARAGRAPH + "\n\n" + dropped + "\n\n" + repunctuated + "\n";
        List<Finding> findings = check(text, Map.of());
        assertEquals(List.of("Duplicate of the paragraph at line 1, with small differences", "Duplicate of the paragraph at line 1"),
                findings.stream().map(Finding::message).toList());
        assertTrue(findings.stream().allMatch(f -> f.fixes().size() == 1 && f.fixes().get(0).automatic()));
        assertEquals(PARAGRAPH + "\n", FixApplier.apply(text, findings.stream().map(Finding::automaticFix).toList()).text());
    }

    @Test
    void removingEveryCopyIsApplyingEveryFindingsFix() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(PARAGRAPH).append('\n');
        }
        List<Finding> findings = check(text.toString(), Map.of());
        assertEquals(499, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.fixes().size() == 1 && f.fixes().get(0).edits().size() == 1));
        List<Fix> fixes = findings.stream().map(f -> f.fixes().get(0)).toList();
        assertEquals(PARAGRAPH + "\n", FixApplier.apply(text, fixes).text());
    }

    @Test
    void optionsSetTheSimilarityAndTheShortestParagraphChecked() {
        String near = PARAGRAPH.replace("new ", "");
        String text = PARAGRAPH + "\n\n" + near + "\n\nShort line here.\n\nShort line here.\n";
        assertEquals(List.of("Duplicate of the paragraph at line 1, with small differences"),
                check(text, Map.of()).stream().map(Finding::message).toList());
        assertEquals(List.of(), check(text, Map.of("similarity", 1.0)));
        assertEquals(2, check(text, Map.of("min-words", 3)).size());
        assertEquals(List.of(DuplicateParagraphRule.SIMILARITY, DuplicateParagraphRule.MIN_WORDS, DuplicateParagraphRule.SCOPE,
                DuplicateParagraphRule.ALLOW), rule.options());
    }

    @Test
    void fixingTheExampleArticleLeavesItsFirstTwelveLinesAndItsFooter() throws IOException {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/examples/000_4e3a9109ce5d23f9.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Finding> findings = check(article, Map.of());
        assertEquals(8, findings.size());
        String fixed = FixApplier.apply(article, findings.stream().map(f -> f.fixes().get(0)).toList()).text();
        List<String> lines = article.lines().toList();
        assertEquals(String.join("\n", lines.subList(0, 12)) + "\n" + lines.get(20), fixed);
        assertEquals(List.of(), check(fixed, Map.of()));
    }

    @Test
    void hasItsDocumentationPage() {
        String docs = rule.info().docs();
        assertTrue(docs.startsWith("# duplicate-paragraph"), docs);
        assertTrue(docs.contains("`similarity`") && docs.contains("`min-words`") && docs.contains("copydesk-disable"));
    }

    private List<Finding> check(String text, Map<String, Object> options) {
        StringBuilder yaml = new StringBuilder("{");
        options.forEach((key, value) -> yaml.append(yaml.length() > 1 ? ", " : "").append(key).append(": ").append(value));
        return RuleTester.of(rule).options(yaml.append('}').toString()).check(text).findings();
    }
}
