package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Config files built to hurt: not YAML, YAML of the wrong shape, alias bombs, a huge file, and user regexes that
 * backtrack catastrophically. Each gives, within seconds, a usable config or a {@link ConfigException} whose
 * message is one line in the {@code file:line:column: key: problem} form, with no exception class or stack
 * frame leaking into it.
 */
class HostileConfigTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String NAME = "/work/.copydesk.yaml";
    /** {@code file:line:column: key: problem} or, when the parser cannot say where, {@code file: problem}. */
    private static final Pattern MESSAGE = Pattern.compile(Pattern.quote(NAME) + "(:\\d+:\\d+)?: [^\\n\\r]+");
    private static final ConfigLoader LOADER = new ConfigLoader(BuiltInRules.all());

    @ParameterizedTest
    @ValueSource(strings = {"rules: [unclosed", "rules:\n\t- tab", "\u0000\u0001\u0002", "key: value: other", "{\"rules\": ",
            "# Title\n\nSome *Markdown* text: with a colon.\n- and a list", "rules:\n  cms-footer: off\n cms-footer: on",
            "@at", "`tick", "rules: !!binary AAAA", "rules: !custom {a: 1}", "%YAML 9.9\n---\nrules: {}", "---\n---\n---",
            "<?xml version=\"1.0\"?><rules/>", "rules: *undefined", "rules: &a\n  x: *a", "r}+\n...\n%\n\u00C5p", "%\n", "%\t",
            "!\u0007", " !**%d", "rules: !<%20> x", "!%41 a"})
    void textThatIsNotAUsableConfig(String yaml) {
        assertConfigError(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules: 5", "rules: [a, b]", "rules: {cms-footer: [1]}", "rules: {nope: off}",
            "rules: {duplicate-paragraph: {min-words: many}}", "rules: {duplicate-paragraph: {min-words: [1, 2]}}",
            "rules: {duplicate-paragraph: {min-words: 99999999999999999999}}", "rules: {duplicate-paragraph: {min-words: 1.5}}",
            "rules: {duplicate-paragraph: {min-words: -1}}", "rules: {duplicate-paragraph: {min-words: .nan}}",
            "rules: {duplicate-paragraph: {min-words: ~}}", "rules: {duplicate-paragraph: {severity: {a: b}}}",
            "rules: {duplicate-paragraph: {severity: fatal}}", "rules: {duplicate-paragraph: {enabled: maybe}}",
            "rules: {duplicate-paragraph: {nope: 1}}", "ignore: {a: b}", "ignore: [[a]]", "ignore: ['[']", "ignore: ['{a']", "ignore: [drafts/**, '']", "unknown: 1", "[1, 2]", "just text",
            "rules: {cms-footer: {signatures: {a: b}}}", "rules: {cms-footer: {signatures: [[nested]]}}",
            "rules: {cms-footer: {signatures: ['/(unclosed/']}}", "rules: {cms-footer: {disable: [no-such-id]}}",
            "rules: {unattributed-quote: {scare-quote-words: 1000}}", "rules: {unattributed-quote: {language: klingon}}",
            "? [a, b]\n: c", "rules: {? {a: b} : off}", "rules:\n  cms-footer:\n    signatures: !!set {a, b}",
            "rules:\n  duplicate-paragraph:\n    min-words: 2\n\n      - x", "rules:\n  \"cms\\nfooter\": off",
            "rules: {unattributed-quote: {language: \"en\\r\\nfr\"}}"})
    void yamlOfTheWrongShape(String yaml) {
        assertConfigError(yaml);
    }

    @Test
    void emptyAndCommentOnlyFilesAreTheDefaults() throws ConfigException {
        for (String yaml : List.of("", "   \n", "# nothing here\n", "rules: {}\nignore: []")) {
            Config config = LOADER.parse(yaml, NAME, null);
            assertTrue(config.rules().isEmpty() && config.ignore().isEmpty(), yaml);
        }
    }

    /**
     * A document marker alone or a key without a value is not taken for the defaults: it says what it expected.
     * ("ignore:" used to become the glob "", which ignores every absolute path outside the config's folder.)
     */
    @Test
    void nearlyEmptyFilesSayWhatTheyLack() {
        assertConfigError("---\n");
        assertConfigError("rules:");
        assertConfigError("ignore:");
    }

    /** The classic "billion laughs": nine levels of ten aliases each would expand to 10^9 strings. */
    @Test
    void billionLaughs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        yaml.append("rules:\n  cms-footer:\n    signatures: *a9\n");
        assertConfigError(yaml.toString());
    }

    /** Just under the parser's alias limit, every alias used: 7 levels of 7, 823,543 strings if expanded. */
    @Test
    void aliasBombUnderTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("x:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 7; level++) {
            yaml.append("  - &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(7, "*a" + (level - 1)))).append("]\n");
        }
        assertConfigError(yaml + "rules:\n  cms-footer:\n    signatures: *a7\n");
        assertConfigError(yaml + "rules:\n  cms-footer:\n    disable: *a7\n");
        assertConfigError(yaml + "ignore: *a7\n");
    }

    /** A list that holds itself: expanding it never ended, and the StackOverflowError escaped the loader. */
    @Test
    void recursiveAliases() {
        assertConfigError("rules:\n  cms-footer:\n    signatures: &s [a, *s]\n");
        assertConfigError("rules:\n  unattributed-quote:\n    verbs: &v [[*v]]\n");
        assertConfigError("ignore: &i [*i]\n");
    }

    @Test
    void aHugeConfigFileIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(Config.FILE_NAME);
        Files.writeString(file, "ignore:\n" + "  - drafts/archive/**\n".repeat(60_000), StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> assertTimeoutPreemptively(BOUND, () -> LOADER.load(file)));
        assertEquals(file + ": config file is larger than 1 MB", e.getMessage());
    }

    @Test
    void aLargeConfigJustUnderTheLimitLoadsQuickly() throws ConfigException {
        String yaml = "ignore:\n" + "  - drafts/archive/**\n".repeat(45_000);
        Config config = assertTimeoutPreemptively(BOUND, () -> LOADER.parse(yaml, NAME, null));
        assertEquals(45_000, config.ignore().size());
    }

    @Test
    void aConfigThatIsNotUtf8IsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(Config.FILE_NAME);
        Files.write(file, new byte[] {'r', 'u', 'l', 'e', 's', ':', ' ', (byte) 0xC3, (byte) 0x28});
        ConfigException e = assertThrows(ConfigException.class, () -> LOADER.load(file));
        assertEquals(file + ": config file is not UTF-8 text", e.getMessage());
    }

    /**
     * Patterns that backtrack exponentially on a line that almost matches. They are valid, so the config loads;
     * the check bounds what each may read, so it still finishes in time and reports the rest of the footer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/(a+)+$/", "/(a|aa)+$/", "/(a|ab?)+b/", "/(.*a){25}/", "/^(\\w+\\s?)*$/", "/(x+x+)+y/",
            "/((a+)+)+c/"})
    void catastrophicSignaturePatternsAreBounded(String pattern) throws ConfigException {
        Config config = LOADER.parse("rules:\n  cms-footer:\n    signatures: ['" + pattern + "']\n", NAME, null);
        Checker checker = new Checker(config);
        String evil = "a".repeat(40) + "!";
        for (String text : List.of("The council approved the budget.\n\n" + evil + "\n",
                "The council approved the budget.\n\n" + (evil + "\n").repeat(70) + "Share this:\n",
                "The council approved the budget." + evil + "\n", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(80),
                ("The council approved the budget " + evil + "\n\n").repeat(2_000))) {
            CheckResult result = assertTimeoutPreemptively(BOUND, () -> checker.check(Document.parse("evil.md", text, Format.MARKDOWN)),
                    () -> pattern + " on " + Draft.escape(text.substring(0, Math.min(60, text.length()))));
            Invariants.assertNoFailures(result);
        }
        CheckResult footer = checker.check("news.md", "The council approved the budget.\n\n" + evil + "\n\nShare this:\n");
        assertTrue(footer.findings().stream().anyMatch(f -> f.ruleId().equals("cms-footer")), "the built-in signatures still count");
    }

    /**
     * A part that can match nothing, repeated: Java loops over it without reading a character, so no bound on the
     * characters read stops it ({@code ((){1000000}){1000000}x} ran for half an hour). Refused when read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/((){1000000}){1000000}x/", "/(?:(?:){100000}){100000}/", "/(a|a?)+b/", "/((a*)*)*c/",
            "/(?:^|x)+/", "/(\\b)*y/", "/((?=a)){99999}a/", "/(?x) ( a? ) {500} z/", "/(a?){2,}/", "/(\\Q\\E){9}/"})
    void patternsThatRepeatAnEmptyMatchAreRefused(String pattern) {
        String message = assertConfigError("rules:\n  cms-footer:\n    signatures: ['" + pattern + "']\n");
        assertTrue(message.contains("repeats a part that can match nothing"), message);
        assertTrue(message.startsWith(NAME + ":3:"), message);
    }

    /** Thousands of levels overflowed the composer's stack: a config error naming the line, like any other. */
    @Test
    void configsNestedThousandsOfLevelsDeep() {
        for (String yaml : List.of("rules: " + "[".repeat(3_000) + "]".repeat(3_000), "rules: " + "{a: ".repeat(3_000) + "1"
                + "}".repeat(3_000), "- ".repeat(3_000) + "a\n")) {
            String message = assertConfigError(yaml);
            assertTrue(message.contains("nested more than 50 levels deep"), message);
        }
    }

    /** YAML lets a key repeat and keeps one value; the other is a setting silently lost. */
    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() {
        String message = assertConfigError("rules:\n  duplicate-paragraph:\n    severity: error\n    severity: info\n");
        assertEquals(NAME + ":4:5: rules.duplicate-paragraph.severity: duplicate key, first given on line 3; give it once", message);
        assertTrue(assertConfigError("ignore: [a]\nrules: {}\nignore: [b]\n").contains(":3:1: ignore: duplicate key, first given on line 1"));
        assertTrue(assertConfigError("rules:\n  cms-footer: off\n  cms-footer: on\n").contains("rules.cms-footer: duplicate key"));
    }

    /** Fifty aliases to lists are allowed; sixteen levels of three expand to 43 million values. Counted, and refused. */
    @Test
    void aliasesThatExpandToMillionsOfValues() {
        StringBuilder verbs = new StringBuilder("[&a0 [lol, lol, lol]");
        for (int level = 1; level <= 16; level++) {
            verbs.append(", &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(3, "*a" + (level - 1)))).append("]");
        }
        String message = assertConfigError("rules:\n  unattributed-quote:\n    verbs: " + verbs + ", *a16]\n");
        assertTrue(message.contains("more than 100000 values"), message);
    }

    private static String assertConfigError(String yaml) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> assertTimeoutPreemptively(BOUND, () -> LOADER.parse(yaml, NAME, null)), () -> "accepted: " + yaml);
        String message = e.getMessage();
        assertTrue(MESSAGE.matcher(message).matches(), () -> "not one line of file:line:column: key: problem: " + message);
        assertTrue(!message.contains("Exception") && !message.contains("\tat ") && !message.contains("org.snakeyaml")
                && !message.contains("java."), () -> "an exception leaks into the message: " + message);
        return message;
    }
}
