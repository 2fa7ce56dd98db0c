package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

/** Signatures added and turned off in {@code .copydesk.yaml}, read through the real config loader. */
class ConfiguredSignaturesTest {
    private static final String BODY = "The ferry schedule changes on Monday, when the winter timetable takes effect.\n";

    private final ConfigLoader loader = new ConfigLoader(BuiltInRules.all());

    private Config parse(String yaml) throws ConfigException {
        return loader.parse(yaml, "/project/.copydesk.yaml", Path.of("/project"));
    }

    private List<Finding> footers(Config config, String text) {
        CheckResult result = new Checker(config).check("draft.txt", text);
        assertEquals(List.of(), result.failures());
        return result.findings().stream().filter(f -> f.ruleId().equals("cms-footer")).toList();
    }

    @Test
    void aConfiguredLiteralIsFlaggedAsAWholeLine() throws ConfigException {
        Config config = parse("rules:\n  cms-footer:\n    signatures:\n      - Sent from my Fairphone\n");
        String text = BODY + "Sent from my Fairphone\n";
        List<Finding> found = footers(config, text);
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("Configured footer signature"), found.get(0).message());
        assertEquals(BODY, FixApplier.apply(text, List.of(found.get(0).automaticFix())).text());
    }

    @Test
    void aConfiguredRegexMatchesTheTrailingBlockIgnoringCase() throws ConfigException {
        Config config = parse("rules:\n  cms-footer:\n    signatures: ['/read more at the harbour gazette( online)?/']\n");
        String text = BODY + "\nRead more at The Harbour Gazette online\n";
        assertEquals(1, footers(config, text).size());
        assertEquals(0, footers(Config.defaults(), text).size());
    }

    @Test
    void aBuiltInSignatureCanBeTurnedOffById() throws ConfigException {
        String text = BODY + "Sent from my iPhone\n";
        assertEquals(1, footers(Config.defaults(), text).size());
        Config config = parse("rules:\n  cms-footer:\n    disable: [mail-sent-from-apple]\n");
        assertEquals(0, footers(config, text).size());
    }

    @Test
    void aFamilyOfChromeCanBeTurnedOffByName() throws ConfigException {
        String text = BODY + "Copyright © 2024 Harbour Gazette. All rights reserved.\n";
        assertEquals(1, footers(Config.defaults(), text).size());
        Config config = parse("rules:\n  cms-footer:\n    disable: [copyright-line, all-rights-reserved, copyright]\n");
        assertEquals(0, footers(config, text).size());
        assertEquals(1, footers(parse("rules:\n  cms-footer:\n    disable: [copyright]\n"), text).size(),
                "the signature still counts when only the family is off");
    }

    @Test
    void anInvalidRegexIsAConfigErrorNamingFileLineAndKey() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> parse("rules:\n  cms-footer:\n    signatures:\n      - Sent from my Fairphone\n      - /Posted (by/\n"));
        String message = error.getMessage();
        assertTrue(message.startsWith("/project/.copydesk.yaml:4:"), message);
        assertTrue(message.contains("rules.cms-footer.signatures"), message);
        assertTrue(message.contains("signature 2, /Posted (by/, is not a valid regular expression"), message);
    }

    @Test
    void anUnknownSignatureIdIsAConfigError() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> parse("rules:\n  cms-footer:\n    disable: [copyright-line, wordpress-sharethis]\n"));
        assertTrue(error.getMessage().contains("rules.cms-footer.disable: unknown signature id wordpress-sharethis"),
                error.getMessage());
    }

    @Test
    void aCatastrophicRegexGivesUpInsteadOfHanging() throws ConfigException {
        Config config = parse("rules:\n  cms-footer:\n    signatures: ['/(a|aa)+(b|x+)+$/', '/(x+x+)+y/']\n");
        String line = "a".repeat(60) + "!";
        StringBuilder text = new StringBuilder(BODY);
        for (int i = 0; i < 30; i++) {
            text.append("Share this:\n").append(line).append('\n').append("x".repeat(90)).append('\n');
        }
        text.append("Share this:\n");
        List<Finding> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> footers(config, text.toString()));
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void theBudgetStopsABacktrackingMatchEarly() {
        BoundedText.Budget budget = new BoundedText.Budget(1_000_000, 10_000);
        java.util.regex.Pattern evil = java.util.regex.Pattern.compile("(a+)+$");
        long start = System.nanoTime();
        assertEquals(false, budget.matches(evil, "a".repeat(40) + "b"));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        assertEquals(true, budget.matches(java.util.regex.Pattern.compile("a+b"), "aaab"));
    }

    @Test
    void aPatternThatMatchesEveryLineNeverTakesProseTheTitleOrAHeading() throws ConfigException {
        Config config = parse("rules:\n  cms-footer:\n    signatures: ['/.*/']\n");
        StringBuilder essay = new StringBuilder("# My essay\n\n");
        for (int i = 1; i <= 30; i++) {
            essay.append("Paragraph ").append(i).append(": the council met on Tuesday to discuss the harbour budget and the new ferry timetable.\n\n");
        }
        assertEquals(List.of(), footers(config, essay.toString()));
        CheckResult headed = new Checker(config).check("essay.md", essay + "## Notes\n");
        assertEquals(List.of(), headed.findings().stream().filter(f -> f.ruleId().equals("cms-footer")).toList());
    }

    @Test
    void aPatternAloneNeverTakesMoreThanHalfOfTheText() throws ConfigException {
        Config config = parse("rules:\n  cms-footer:\n    signatures: ['/.*/']\n");
        String list = "Things to pack\nRope\nLantern\nTide tables\nBread\nWater\nA warm coat\n";
        assertEquals(List.of(), footers(config, list));
        String article = BODY + BODY + BODY + "\nRead more at the Harbour Gazette\n";
        assertEquals(1, footers(config, article).size(), "a short line at the end of an article is what the pattern is for");
    }

    /**
     * However much a match may read, it may not run past the document's time allowance: with one nanosecond, the
     * first look at the clock (after 256 reads) ends the match, and nothing runs after.
     */
    @Test
    void theClockStopsAMatchTheCountWouldLetRun() {
        BoundedText.Budget budget = new BoundedText.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 1);
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[ab]*c");
        assertEquals(false, budget.matches(pattern, "ab".repeat(500) + "c"));
        assertTrue(budget.exhausted(), "the allowance is spent");
        assertEquals(false, budget.matches(java.util.regex.Pattern.compile("a+b"), "aaab"), "nothing runs once it is spent");
        assertEquals(true, new BoundedText.Budget(Long.MAX_VALUE, Long.MAX_VALUE).matches(pattern, "ab".repeat(500) + "c"));
    }

    @Test
    void aPatternThatRepeatsAnEmptyMatchIsAConfigErrorNamingIt() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> parse("rules:\n  cms-footer:\n    signatures: ['/((){1000000}){1000000}x/']\n"));
        assertTrue(error.getMessage().startsWith("/project/.copydesk.yaml:3:"), error.getMessage());
        assertTrue(error.getMessage().contains("rules.cms-footer.signatures: signature 1, /((){1000000}){1000000}x/, repeats a part "
                + "that can match nothing ('((){1000000' at index 3)"), error.getMessage());
    }
}
