package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.core.testing.AnnotatedSample;
import org.copydesk.core.testing.SampleChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample document under {@code samples/} is a test. A sample in {@code samples/RULE-ID/} is checked with
 * that rule alone; one in {@code samples/mixed/} with all rules. Expected findings are marked in the sample
 * (see {@link AnnotatedSample}); a sibling {@code NAME.fixed.EXT} holds the text every automatic fix must produce:
 * in one round for a rule's samples, and fixing to the end, as {@code copydesk fix} does, for the mixed ones.
 * A sibling {@code NAME.copydesk.yaml} holds the config the sample is checked with (the defaults without one).
 */
class SamplesTest {

    @TestFactory
    Stream<DynamicTest> samples() throws IOException, URISyntaxException {
        Path root = Path.of(SamplesTest.class.getResource("/samples").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> Format.ofFileName(p.getFileName().toString()).isPresent())
                    .filter(p -> !p.getFileName().toString().contains(".fixed."))
                    .sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), file.toUri(),
                () -> check(file, root.relativize(file).getName(0).toString())));
    }

    private static void check(Path file, String group) throws IOException, ConfigException {
        AnnotatedSample sample = AnnotatedSample.parse(Files.readString(file, StandardCharsets.UTF_8));
        Format format = Format.ofFileName(file.getFileName().toString()).orElseThrow();
        Checker checker = checkerFor(group, configOf(file));
        CheckResult result = checker.check(Document.parse(file.toString(), sample.text(), format));
        SampleChecks.assertFindings(sample, result);

        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path fixed = file.resolveSibling(name.substring(0, dot) + ".fixed" + name.substring(dot));
        if (Files.exists(fixed) && group.equals("mixed")) {
            // every rule, round after round, as copydesk fix does: removing chrome can make a copy exact
            AutomaticFixer.Result fixedToTheEnd = AutomaticFixer.fix(checker, file.getFileName().toString(), sample.text());
            assertEquals(Files.readString(fixed, StandardCharsets.UTF_8), fixedToTheEnd.text(), "text after fixing to the end");
            assertEquals(List.of(), fixedToTheEnd.after().automaticFixes(), "automatic fixes left after fixing to the end");
        } else if (Files.exists(fixed)) {
            SampleChecks.assertFixedText(Files.readString(fixed, StandardCharsets.UTF_8), result,
                    text -> checker.check(Document.parse(text, format)));
        }
    }

    /** The sample's own config, from a sibling {@code NAME.copydesk.yaml}, or the defaults. */
    private static Config configOf(Path sample) throws IOException, ConfigException {
        String name = sample.getFileName().toString();
        Path yaml = sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".copydesk.yaml");
        if (!Files.exists(yaml)) {
            return Config.defaults();
        }
        return new ConfigLoader(BuiltInRules.all()).parse(Files.readString(yaml, StandardCharsets.UTF_8), yaml.toString(), null);
    }

    /** Only the rule a sample folder is named after, or every rule for {@code mixed/}. */
    private static Checker checkerFor(String group, Config config) {
        if (group.equals("mixed")) {
            return new Checker(config);
        }
        Rule rule = BuiltInRules.all().stream().filter(r -> r.info().id().equals(group)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("samples/" + group + "/ is not named after a rule (or 'mixed')"));
        return new Checker(config, List.of(rule));
    }
}
