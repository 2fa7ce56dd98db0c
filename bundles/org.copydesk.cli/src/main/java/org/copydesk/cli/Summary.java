package org.copydesk.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.Report;
import org.copydesk.core.Finding;
import org.copydesk.core.Severity;

/** The last line of a run. */
final class Summary {
    private Summary() {
    }

    /** {@code 3 files checked, 9 findings (1 error, 8 warnings) in 1 file}, or {@code 3 files checked, no findings}. */
    static String ofCheck(Report report) {
        String checked = count(report.files().size(), "file") + " checked";
        if (report.findingCount() == 0) {
            return checked + ", no findings";
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        long withFindings = 0;
        for (FileReport file : report.files()) {
            withFindings += file.findings().isEmpty() ? 0 : 1;
            for (Finding finding : file.findings()) {
                bySeverity.merge(finding.severity(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        bySeverity.forEach((severity, n) -> parts.add(count(n, severity.id())));
        return checked + ", " + count(report.findingCount(), "finding") + " (" + String.join(", ", parts) + ") in "
                + count(withFindings, "file");
    }

    /**
     * {@code 3 files changed, 12 findings fixed, 2 left}; a dry run says what would be. Files that could not be
     * checked at all are counted apart ({@code , 1 file not checked}): what is left in them is not known.
     */
    static String ofFix(long changed, long fixed, long left, boolean dryRun, long notChecked) {
        String unknown = notChecked == 0 ? "" : ", " + count(notChecked, "file") + " not checked";
        if (dryRun) {
            return count(changed, "file") + " would change, " + count(fixed, "finding") + " would be fixed, " + left + " left" + unknown;
        }
        return count(changed, "file") + " changed, " + count(fixed, "finding") + " fixed, " + left + " left" + unknown;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
