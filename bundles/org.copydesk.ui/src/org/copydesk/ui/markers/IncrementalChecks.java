package org.copydesk.ui.markers;

import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.incremental.IncrementalChecker;
import org.copydesk.core.rule.Rule;

/**
 * The incremental checker of one open document, so that re-checking as the writer types costs the edited
 * paragraph rather than the whole text. Made anew when the document's name, configuration or rules change.
 */
public final class IncrementalChecks {
    private IncrementalChecker checker;
    private String name;
    private Config config;
    private List<Rule> rules;

    synchronized CheckResult check(String fileName, Config settings, List<Rule> ruleSet, String text) {
        if (checker == null || !fileName.equals(name) || !settings.equals(config) || !ruleSet.equals(rules)) {
            checker = new IncrementalChecker(new Checker(settings, ruleSet), fileName);
            name = fileName;
            config = settings;
            rules = ruleSet;
        }
        return checker.check(text);
    }

    /** Drops the checker and the last version it holds (the editor closed, or shows another document). */
    public synchronized void reset() {
        checker = null;
        name = null;
        config = null;
        rules = null;
    }
}
