package org.copydesk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.document.Suppressions;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleSettings;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.core.rules.duplicate.DuplicateParagraphRule;

/**
 * The one entry point the IDE, the CLI and the Maven plugin call, so that they never disagree. Thread-safe:
 * one checker can check many documents at once.
 */
public final class Checker {
    /**
     * Findings that need a writer's choice (those without an automatic fix) reported one by one per rule and
     * document; the rest are summed up in one finding. No writer reads more, and a pasted wall of quotation marks
     * would otherwise hold a finding per mark. Findings with an automatic fix are all reported: fixing removes them.
     */
    public static final int REPORTED_PER_RULE = 1_000;

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
        return check(document, List.of());
    }

    /** Checks a text with its paragraphs found in other files of the project ({@code ProjectDuplicates}). */
    public CheckResult check(String name, String text, List<CrossFileCopy> crossFileCopies) {
        return check(Document.parse(name, text, Format.ofFileName(name).orElse(Format.PLAIN_TEXT)), crossFileCopies);
    }

    /** Checks a document with its paragraphs found in other files of the project ({@code ProjectDuplicates}). */
    public CheckResult check(Document document, List<CrossFileCopy> crossFileCopies) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Suppressions suppressions = document.get(Suppressions.KEY);
        for (Rule rule : rules) {
            run(rule, document, suppressions, crossFileCopies, findings, failures);
        }
        findings.addAll(UnknownRuleNames.find(suppressions, ruleIds));
        findings.sort(DOCUMENT_ORDER);
        return new CheckResult(document, findings, failures);
    }

    /**
     * What {@link #check(Document, List)} gives for {@code document} and {@code crossFileCopies}, from what
     * checking the same text without them gave ({@code findingsWithout}, {@code failuresWithout}): only the rule
     * that reads copies across files ({@code duplicate-paragraph}) runs again. For a run over many files that
     * checks each once before the copies across files are known, then again the few files found to hold some.
     */
    public CheckResult recheck(Document document, List<CrossFileCopy> crossFileCopies, List<Finding> findingsWithout,
            List<RuleFailure> failuresWithout) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Suppressions suppressions = document.get(Suppressions.KEY);
        Set<String> rerun = new HashSet<>();
        for (Rule rule : rules) {
            String id = rule.info().id();
            if (rule instanceof DuplicateParagraphRule) {
                rerun.add(id);
                run(rule, document, suppressions, crossFileCopies, findings, failures);
            } else {
                failuresWithout.stream().filter(failure -> failure.ruleId().equals(id)).forEach(failures::add);
            }
        }
        // the order is by place then rule, so each rule's findings (in the order reported) slot in as in one check
        findingsWithout.stream().filter(finding -> !rerun.contains(finding.ruleId())).forEach(findings::add);
        findings.sort(DOCUMENT_ORDER);
        return new CheckResult(document, findings, failures);
    }

    /** Runs one rule, if enabled, adding what it reports to {@code findings} and how it failed to {@code failures}. */
    private void run(Rule rule, Document document, Suppressions suppressions, List<CrossFileCopy> crossFileCopies,
            List<Finding> findings, List<RuleFailure> failures) {
        RuleInfo info = rule.info();
        RuleSettings settings = config.rule(info.id());
        if (!settings.enabled()) {
            return;
        }
        int length = document.text().length();
        RuleFindings found = new RuleFindings(
                finding -> finding.end() <= length && suppressions.suppresses(info.id(), finding.start()));
        try {
            rule.check(document, new RuleContext(info, settings, found, found::notReported, crossFileCopies));
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new RuleFailure(info.id(), e));
            return;
        }
        for (Finding finding : found.findings()) {
            if (finding.end() > document.text().length()) {
                failures.add(new RuleFailure(info.id(), new IllegalStateException(
                        "reported a finding outside the text: [" + finding.start() + ", " + finding.end() + ")")));
            } else {
                findings.add(finding);
            }
        }
    }

    /** One rule's findings in one document, those a writer must read capped at {@link #REPORTED_PER_RULE}. */
    private static final class RuleFindings implements Consumer<Finding> {
        private final Predicate<Finding> suppressed;
        private final List<Finding> kept = new ArrayList<>();
        private int manual;
        private Finding firstLeftOut;
        private long leftOut;

        RuleFindings(Predicate<Finding> suppressed) {
            this.suppressed = suppressed;
        }

        @Override
        public void accept(Finding finding) {
            if (suppressed.test(finding)) {
                return;
            }
            if (finding.automaticFix() != null) {
                kept.add(finding);
            } else if (manual < REPORTED_PER_RULE) {
                manual++;
                kept.add(finding);
            } else {
                if (firstLeftOut == null) {
                    firstLeftOut = finding;
                }
                leftOut++;
            }
        }

        void notReported(int count) {
            leftOut += count;
        }

        List<Finding> findings() {
            if (leftOut == 0) {
                return kept;
            }
            Finding at = firstLeftOut != null ? firstLeftOut : kept.get(kept.size() - 1);
            kept.add(new Finding(at.ruleId(), at.severity(), String.format(Locale.ROOT,
                    "%,d more findings of this kind in this document are not reported one by one", leftOut),
                    at.start(), at.end(), List.of(), List.of()));
            return kept;
        }
    }
}
