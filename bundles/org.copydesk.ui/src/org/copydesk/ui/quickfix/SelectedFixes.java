package org.copydesk.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.copydesk.ui.Rules;

/**
 * The fixes chosen for one text by {@link FixTarget}s among the findings of a fresh check of that text, and the
 * text they give. Fixes that overlap one applied before them are left out, as {@link FixApplier} does.
 *
 * @param applied the fixes applied, in the order of the text
 * @param fixedText the text with them applied
 * @param refused how many targets found no finding, or whose fix overlapped another
 */
record SelectedFixes(List<Fix> applied, String fixedText, int refused) {
    static SelectedFixes select(Config config, String fileName, String text, List<FixTarget> targets) {
        return select(config, fileName, text, targets, List.of());
    }

    /** As {@link #select(Config, String, String, List)}, for a text with {@code copies} of other files of its project. */
    static SelectedFixes select(Config config, String fileName, String text, List<FixTarget> targets, List<CrossFileCopy> copies) {
        CheckResult check = new Checker(config, Rules.all()).check(fileName, text, copies);
        List<Fix> fixes = new ArrayList<>();
        int refused = 0;
        for (FixTarget target : targets) {
            List<Fix> selected = target.select(check);
            fixes.addAll(selected);
            refused += selected.isEmpty() ? 1 : 0;
        }
        if (fixes.isEmpty()) {
            return new SelectedFixes(List.of(), text, refused);
        }
        FixApplier.Result result = FixApplier.apply(text, fixes);
        return new SelectedFixes(result.applied(), result.text(), refused + result.rejected().size());
    }
}
