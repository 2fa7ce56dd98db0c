package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.copydesk.core.config.Config;
import org.copydesk.core.document.LineMap;
import org.junit.jupiter.api.Test;

/** The real article in releng/examples and what a check of it must report (its .expected.md). */
class ExampleArticleTest {
    private static final String NAME = "000_4e3a9109ce5d23f9.txt";

    private final Checker checker = new Checker(Config.defaults());
    private final String article = read(NAME);
    private final CheckResult result = checker.check(NAME, article);
    private final LineMap lines = new LineMap(article);

    @Test
    void flagsLines13To20AsCopiesOfLines5To12() {
        List<Finding> duplicates = ofRule("duplicate-paragraph");
        assertEquals(IntStream.rangeClosed(13, 20).boxed().toList(), duplicates.stream().map(f -> lines.line(f.start())).toList());
        for (Finding finding : duplicates) {
            int original = lines.line(finding.start()) - 8;
            assertTrue(finding.message().contains("line " + original), finding.message());
            assertEquals(original, lines.line(finding.related().get(0).start()));
        }
    }

    @Test
    void flagsTheFroalaWatermarkOnLine21Once() {
        List<Finding> footers = ofRule("cms-footer");
        assertEquals(1, footers.size(), footers::toString);
        Finding footer = footers.get(0);
        assertEquals(21, lines.line(footer.start()));
        assertEquals("Powered by Froala Editor", article.substring(footer.start(), footer.end()));
        assertTrue(footer.message().contains("Froala Editor watermark"), footer.message());
    }

    @Test
    void fixingEverythingLeavesTheFirstTwelveLinesAndNothingToFixAgain() {
        String fixed = FixApplier.apply(article, result.automaticFixes()).text();
        assertEquals(headLines(article, 12), fixed);
        CheckResult again = checker.check(NAME, fixed);
        assertEquals(List.of(), again.findings().stream()
                .filter(f -> f.ruleId().equals("duplicate-paragraph") || f.ruleId().equals("cms-footer")).toList());
        assertEquals(fixed, FixApplier.apply(fixed, again.automaticFixes()).text());
    }

    /** What {@code head -n count} prints: the first lines, each with its line break. */
    private static String headLines(String text, int count) {
        int end = 0;
        for (int line = 0; line < count; line++) {
            int newline = text.indexOf('\n', end);
            end = newline < 0 ? text.length() : newline + 1;
        }
        return text.substring(0, end);
    }

    @Test
    void flagsNoneOfTheSevenAttributedQuotationsNorTheirCopies() {
        for (Finding finding : ofRule("unattributed-quote")) {
            // only "comprehensive" (line 10 and its copy on line 18) may be hinted at, as a possible scare quote
            assertEquals("\"comprehensive\"", article.substring(finding.start(), finding.end()), finding.message());
            assertEquals(Severity.INFO, finding.severity(), finding.message());
            assertTrue(finding.message().contains("scare quote"), finding.message());
        }
    }

    @Test
    void reportsNoUnbalancedQuote() {
        assertEquals(List.of(), ofRule("unbalanced-quote"));
    }

    @Test
    void reportsNoFailures() {
        assertEquals(List.of(), result.failures());
    }

    private List<Finding> ofRule(String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static String read(String name) {
        try (InputStream in = ExampleArticleTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
