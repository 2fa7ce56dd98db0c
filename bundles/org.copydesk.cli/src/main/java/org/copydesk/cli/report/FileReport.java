package org.copydesk.cli.report;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.document.LineMap;

/**
 * What the reports say about one checked file: its path as the user gave it, its findings, the rules that
 * failed on it, and the line map that turns offsets into lines and columns. The text itself is not kept.
 */
public record FileReport(String path, List<Finding> findings, List<RuleFailure> failures, LineMap lines) {
    public FileReport {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
    }

    public static FileReport of(String path, CheckResult result) {
        return new FileReport(path, result.findings(), result.failures(), result.document().lines());
    }

    public Position start(Finding finding) {
        return Position.of(lines, finding.start());
    }

    public Position end(Finding finding) {
        return Position.of(lines, finding.end());
    }
}
