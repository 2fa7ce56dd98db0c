package org.copydesk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.document.Suppressions;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleSettings;
import org.copydesk.core.rules.BuiltInRules;

/**
 * The one entry point the IDE, the CLI and the Maven plugin call, so that they never disagree. Thread-safe:
 * one checker can check many documents at once.
 */
public final class Checker {
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::ruleId);

    private final Config config;
    private final List<Rule> rules;
    /** What a suppression comment may name: every built-in rule, checked here or not, and the rules given. */
    private final Set<String> ruleIds = new LinkedHashSet<>();

    public Checker(Config config) {
        this(config, BuiltInRules.all());
    }

    public Checker(Config config, List<Rule> rules) {
        this.config = config;
        this.rules = List.copyOf(rules);
        BuiltInRules.all().forEach(rule -> ruleIds.add(rule.info().id()));
        rules.forEach(rule -> ruleIds.add(rule.info().id()));
    }

    public Config config() {
        return config;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Checks a text; {@code name} (a file name or path) picks the format and defaults to plain text. */
    public CheckResult check(String name, String text) {
        return check(Document.parse(name, text, Format.ofFileName(name).orElse(Format.PLAIN_TEXT)));
    }

    public CheckResult check(Document document) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Suppressions suppressions = document.get(Suppressions.KEY);
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            RuleSettings settings = config.rule(info.id());
            if (!settings.enabled()) {
                continue;
            }
            List<Finding> found = new ArrayList<>();
            try {
                rule.check(document, new RuleContext(info, settings, found::add));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new RuleFailure(info.id(), e));
                continue;
            }
            for (Finding finding : found) {
                if (finding.end() > document.text().length()) {
                    failures.add(new RuleFailure(info.id(), new IllegalStateException(
                            "reported a finding outside the text: [" + finding.start() + ", " + finding.end() + ")")));
                } else if (!suppressions.suppresses(info.id(), finding.start())) {
                    findings.add(finding);
                }
            }
        }
        findings.addAll(UnknownRuleNames.find(suppressions, ruleIds));
        findings.sort(DOCUMENT_ORDER);
        return new CheckResult(document, findings, failures);
    }
}
