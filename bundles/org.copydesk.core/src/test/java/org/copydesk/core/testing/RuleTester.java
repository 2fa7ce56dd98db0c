package org.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;

/**
 * Tests one rule the way a writer meets it, in the spirit of Error Prone's {@code CompilationTestHelper} and
 * {@code BugCheckerRefactoringTestHelper}: the rule alone, with options written as in {@code .copydesk.yaml}, on a
 * document whose expected findings are marked in it ({@link AnnotatedSample}), and the text any fix, chosen by its
 * id, must produce — suggestions as well as automatic fixes.
 *
 * <pre>
 * RuleTester.of(new UnattributedQuoteRule()).options("scare-quotes: false")
 *         .expectFindings("""
 *                 "We will win the vote on Tuesday."
 *                 ^^^ unattributed-quote: without a source
 *                 """)
 *         .expectFix("\"We will win the vote on Tuesday.\"\n", "add-attribution",
 *                 "\"We will win the vote on Tuesday,\" [SOURCE] said.\n");
 * </pre>
 */
public final class RuleTester {
    private final Rule rule;
    private final Config config;
    private final Format format;

    private RuleTester(Rule rule, Config config, Format format) {
        this.rule = rule;
        this.config = config;
        this.format = format;
    }

    /** The rule with its defaults, on plain text. */
    public static RuleTester of(Rule rule) {
        return new RuleTester(rule, Config.defaults(), Format.PLAIN_TEXT);
    }

    /** The rule's settings, as they stand under its id in {@code .copydesk.yaml} ({@code "min-words: 12"}). */
    public RuleTester options(String yaml) {
        String id = rule.info().id();
        String indented = yaml.strip().indent(4);
        try {
            return new RuleTester(rule, loader().parse("rules:\n  " + id + ":\n" + indented, id + ".yaml", null), format);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("the options do not load: " + e.getMessage(), e);
        }
    }

    /** A whole config file, for samples that carry one beside them. */
    public RuleTester config(String yaml, String sourceName) throws ConfigException {
        return new RuleTester(rule, loader().parse(yaml, sourceName, null), format);
    }

    public RuleTester format(Format otherFormat) {
        return new RuleTester(rule, config, otherFormat);
    }

    /** The rule alone, with these settings: the other rules' findings never get in the way. */
    public CheckResult check(String text) {
        CheckResult result = new Checker(config, List.of(rule)).check(Document.parse(text, format));
        result.failures().forEach(failure -> {
            throw new AssertionError(failure.message(), failure.error());
        });
        return result;
    }

    /** Fails unless the findings are exactly those the marker lines of {@code annotated} expect. */
    public RuleTester expectFindings(String annotated) {
        AnnotatedSample sample = AnnotatedSample.parse(annotated);
        SampleChecks.assertFindings(sample, check(sample.text()));
        return this;
    }

    /** Fails unless applying the fix {@code fixId} of every finding that offers it turns {@code text} into {@code expected}. */
    public RuleTester expectFix(String text, String fixId, String expected) {
        assertEquals(expected, applyFix(text, fixId), "text after the fix " + fixId);
        return this;
    }

    /** {@code text} with the fix {@code fixId} of every finding that offers it applied; fails if none does. */
    public String applyFix(String text, String fixId) {
        List<Fix> chosen = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        for (Finding finding : check(text).findings()) {
            for (Fix fix : finding.fixes()) {
                offered.add(fix.id());
                if (fix.id().equals(fixId)) {
                    chosen.add(fix);
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new AssertionError("no finding offers the fix " + fixId + "; the fixes offered: " + offered);
        }
        FixApplier.Result result = FixApplier.apply(text, chosen);
        assertEquals(List.of(), result.rejected(), "fixes that overlap another");
        return result.text();
    }

    private static ConfigLoader loader() {
        return new ConfigLoader(BuiltInRules.all());
    }
}
