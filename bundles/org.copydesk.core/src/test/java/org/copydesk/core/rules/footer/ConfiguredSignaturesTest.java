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

    /**
     * The count of reads alone, with no clock to help, ends a match at its share: a match that must read past it
     * fails, and two such matches spend the document's whole allowance. Time plays no part in the check.
     */
    @Test
    void theCountOfReadsEndsEachMatchAtItsShare() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[ab]*c");
        String text = "ab".repeat(500) + "c";
        BoundedText.Budget budget = new BoundedText.Budget(1_000, 500, Long.MAX_VALUE);
        assertEquals(false, budget.matches(pattern, text));
        assertEquals(false, budget.exhausted(), "one match spends no more than its share");
        assertEquals(false, budget.matches(pattern, text));
        assertTrue(budget.exhausted(), "two matches cut at their share spend the allowance");
        assertEquals(true, new BoundedText.Budget(1_000_000, 10_000, Long.MAX_VALUE).matches(pattern, text), "with room, it matches");
    }

    /** A lighthouse keeper's log: a title, then short entries that are each a sentence, and a closing heading. */
    private static String keepersLog(int entries) {
        StringBuilder log = new StringBuilder("# A winter at the north light\n\n");
        for (int day = 1; day <= entries; day++) {
            log.append("Day ").append(day).append(": the lamp was trimmed at dusk and the fog bell rang twice before midnight.\n\n");
        }
        return log.toString();
    }

    @Test
    void aPatternThatMatchesEveryLineNeverTakesProseTheTitleOrAHeading() throws ConfigException {
        for (String pattern : List.of("/.*/", "/.+/", "/^.*$/")) {
            Config config = parse("rules:\n  cms-footer:\n    signatures: ['" + pattern + "']\n");
            for (String text : List.of(keepersLog(30), keepersLog(2), keepersLog(30) + "## Afterword\n")) {
                CheckResult result = new Checker(config).check("log.md", text);
                assertEquals(List.of(), result.failures());
                assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("cms-footer")).toList(), pattern);
                assertEquals(text, FixApplier.apply(text, result.automaticFixes()).text(), pattern + ": the fix keeps every line");
            }
        }
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
