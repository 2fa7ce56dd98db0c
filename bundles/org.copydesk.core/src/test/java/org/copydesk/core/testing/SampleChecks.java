package org.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.document.LineMap;

/** Assertions that compare a check's findings with the ones a sample expects, and fixed text with the expected text. */
public final class SampleChecks {
    private SampleChecks() {
    }

    /** Fails on a missing finding and on an unexpected one, listing both. */
    public static void assertFindings(AnnotatedSample sample, CheckResult result) {
        for (RuleFailure failure : result.failures()) {
            throw new AssertionError(failure.message(), failure.error());
        }
        LineMap lines = new LineMap(sample.text());
        List<Finding> unmatched = new ArrayList<>(result.findings());
        List<AnnotatedSample.Expected> missing = new ArrayList<>();
        for (AnnotatedSample.Expected expected : sample.expected()) {
            Finding match = unmatched.stream().filter(f -> matches(expected, f, lines, sample.text())).findFirst().orElse(null);
            if (match == null) {
                missing.add(expected);
            } else {
                unmatched.remove(match);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            StringBuilder message = new StringBuilder();
            missing.forEach(e -> message.append("\n  missing:    ").append(e));
            unmatched.forEach(f -> message.append("\n  unexpected: ").append(describe(f, lines, sample.text())));
            fail(message.toString());
        }
    }

    /** Applies every automatic fix, compares with {@code expected}, and checks that fixing again changes nothing. */
    public static void assertFixedText(String expected, CheckResult result, java.util.function.Function<String, CheckResult> recheck) {
        String fixed = FixApplier.apply(result.document().text(), result.automaticFixes()).text();
        assertEquals(expected, fixed, "text after applying every automatic fix");
        CheckResult again = recheck.apply(fixed);
        assertEquals(fixed, FixApplier.apply(fixed, again.automaticFixes()).text(), "fixing the fixed text again changes it");
    }

    private static boolean matches(AnnotatedSample.Expected expected, Finding finding, LineMap lines, String text) {
        return finding.ruleId().equals(expected.ruleId())
                && lines.line(finding.start()) == expected.line()
                && (expected.severity() == null || expected.severity() == finding.severity())
                && (finding.message().contains(expected.fragment())
                        || text.substring(finding.start(), finding.end()).contains(expected.fragment()));
    }

    public static String describe(Finding finding, LineMap lines, String text) {
        String flagged = text.substring(finding.start(), finding.end()).replace("\n", "\\n");
        if (flagged.length() > 60) {
            flagged = flagged.substring(0, 57) + "...";
        }
        return "line " + lines.line(finding.start()) + ": " + finding.ruleId() + "[" + finding.severity().id() + "] "
                + finding.message() + " <" + flagged + ">";
    }
}
