package org.copydesk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.core.rule.RuleOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule is fully catalogued: a documentation page of its own that starts with its id and has an
 * Options section, YAML examples on the page that a config file may really hold, a samples folder with a flagged
 * and a clean sample, and an entry in the README's list of checks. A rule added without one of them fails here,
 * instead of showing a stub page or an example that the config loader refuses.
 */
class RuleCatalogueTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyRuleIsCatalogued() {
        return BuiltInRules.all().stream().flatMap(rule -> {
            String id = rule.info().id();
            return Stream.of(
                    DynamicTest.dynamicTest(id + ": its page", () -> hasItsPage(rule)),
                    DynamicTest.dynamicTest(id + ": the page's YAML loads", () -> examplesLoad(rule)),
                    DynamicTest.dynamicTest(id + ": its samples", () -> hasSamples(id)),
                    DynamicTest.dynamicTest(id + ": the README", () -> isInTheReadme(id)));
        });
    }

    private static void hasItsPage(Rule rule) {
        String id = rule.info().id();
        assertNotNull(RuleCatalogueTest.class.getResource("/org/copydesk/core/docs/" + id + ".md"), "docs/" + id + ".md");
        String raw = rule.info().docs();
        assertEquals("# " + id, raw.lines().findFirst().orElse(""), "the page's first line");
        assertTrue(raw.lines().anyMatch("## Options"::equals), "the page has an '## Options' section for the generated table");
        String page = RuleDocs.page(rule);
        for (RuleOption<?> option : rule.options()) {
            assertTrue(page.contains("| `" + option.key() + "` |"), "the page's options table names " + option.key());
        }
        String narrow = RuleDocs.narrowPage(rule);
        assertFalse(narrow.contains("| option | default | meaning |"), "a hover's page lists the options, not in a table");
        for (RuleOption<?> option : rule.options()) {
            assertTrue(narrow.contains("\n- `" + option.key() + "` (default `"), "the hover's page lists " + option.key());
        }
    }

    /** A YAML example on a page is a config file, or a part of one under {@code rules:}: either must load. */
    private static void examplesLoad(Rule rule) {
        ConfigLoader loader = new ConfigLoader(BuiltInRules.all());
        Matcher block = YAML_BLOCK.matcher(rule.info().docs());
        while (block.find()) {
            String yaml = block.group(1);
            try {
                loader.parse(yaml, rule.info().id() + ".md", null);
            } catch (ConfigException e) {
                fail("a YAML example on the page does not load: " + e.getMessage() + "\n" + yaml);
            }
        }
    }

    private static void hasSamples(String id) throws IOException, URISyntaxException {
        Path folder = Path.of(RuleCatalogueTest.class.getResource("/samples").toURI()).resolve(id);
        assertTrue(Files.isDirectory(folder), "samples/" + id + "/");
        List<Path> samples;
        try (Stream<Path> files = Files.list(folder)) {
            samples = files.filter(p -> !p.getFileName().toString().contains(".fixed.")).toList();
        }
        boolean flagged = false;
        boolean clean = false;
        for (Path sample : samples) {
            boolean marked = Files.readString(sample, StandardCharsets.UTF_8).contains("^^^ " + id);
            boolean named = sample.getFileName().toString().startsWith("clean-");
            assertTrue(!(marked && named), sample.getFileName() + " is named clean but expects findings");
            flagged |= marked;
            clean |= named;
        }
        assertTrue(flagged, "samples/" + id + "/ has a sample with an expected finding");
        assertTrue(clean, "samples/" + id + "/ has a clean-*. sample, flagged nowhere");
    }

    private static void isInTheReadme(String id) throws IOException {
        Path readme = Path.of("../../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int checks = text.indexOf("\n## The checks\n");
        assertTrue(checks >= 0, "the README has a '## The checks' section");
        int next = text.indexOf("\n## ", checks + 1);
        String section = text.substring(checks, next < 0 ? text.length() : next);
        assertTrue(section.contains("**`" + id + "`**"), "the README's checks list " + id);
    }
}
