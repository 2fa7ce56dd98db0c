package org.copydesk.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;

/**
 * Which fixes to apply to a file, chosen among the findings of a fresh check of its current text, never taken
 * from a marker: a marker may be older than the text, a fresh finding cannot.
 */
public interface FixTarget {
    List<Fix> select(CheckResult result);

    /** The fix labelled {@code fixLabel} of the {@code ruleId} finding on exactly {@code [start, end)}; none if the text moved on. */
    static FixTarget finding(String ruleId, int start, int end, String fixLabel) {
        return result -> {
            for (Finding finding : result.findings()) {
                if (finding.ruleId().equals(ruleId) && finding.start() == start && finding.end() == end) {
                    return finding.fixes().stream().filter(fix -> fix.label().equals(fixLabel)).limit(1).toList();
                }
            }
            return List.of();
        };
    }

    /**
     * The automatic fix labelled {@code fixLabel} of every {@code ruleId} finding. A suggestion with the same label
     * is left alone: applying it is the writer's choice, one finding at a time.
     */
    static FixTarget allOfKind(String ruleId, String fixLabel) {
        return result -> {
            List<Fix> fixes = new ArrayList<>();
            for (Finding finding : result.findings()) {
                Fix automatic = finding.automaticFix();
                if (finding.ruleId().equals(ruleId) && automatic != null && automatic.label().equals(fixLabel)) {
                    fixes.add(automatic);
                }
            }
            return fixes;
        };
    }

    /**
     * The preferred automatic fix of every finding; {@link FileFixer} applies them round after round until nothing
     * is left to fix, as {@code copydesk fix} does.
     */
    FixTarget ALL_AUTOMATIC = CheckResult::automaticFixes;
}
