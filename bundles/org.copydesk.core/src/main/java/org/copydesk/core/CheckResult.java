package org.copydesk.core;

import java.util.List;

import org.copydesk.core.document.Document;

/** The findings of one check of one document, in document order, and the rules that failed on it. */
public record CheckResult(Document document, List<Finding> findings, List<RuleFailure> failures) {
    public CheckResult {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
    }

    /** The preferred automatic fix of every finding, as {@code copydesk fix} applies them. */
    public List<Fix> automaticFixes() {
        return findings.stream().map(Finding::automaticFix).filter(java.util.Objects::nonNull).toList();
    }

    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
