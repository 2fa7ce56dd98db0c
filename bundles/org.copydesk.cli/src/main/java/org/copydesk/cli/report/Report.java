package org.copydesk.cli.report;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.Finding;
import org.copydesk.core.rule.RuleInfo;

/**
 * Everything one run reports, in the order the files were given: the files checked (each listed even when
 * clean), the files that could not be, the rules that ran, and the level that fails the run.
 *
 * @param baseDirectory the absolute folder that relative file paths are relative to
 */
public record Report(String toolVersion, List<RuleInfo> rules, List<FileReport> files, List<Problem> problems,
        FailLevel failLevel, Path baseDirectory) {
    public Report {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public int findingCount() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    public boolean fails() {
        return files.stream().flatMap(f -> f.findings().stream()).map(Finding::severity).anyMatch(failLevel::fails);
    }

    public int ruleIndex(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }
}
