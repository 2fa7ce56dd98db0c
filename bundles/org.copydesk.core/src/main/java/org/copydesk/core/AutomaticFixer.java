package org.copydesk.core;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies every automatic fix, checks the fixed text again and repeats until nothing is left to fix: removing one
 * thing can reveal another (a watermark glued onto a copy hides the copy, a copy after a footer keeps the footer
 * from ending the text). {@code copydesk fix}, the Maven plugin and the editor's "Fix all" all fix through here,
 * so they give the same text.
 */
public final class AutomaticFixer {
    /** Every round deletes text, so rounds end; two are the most any known text needs. */
    static final int MAX_ROUNDS = 10;

    /**
     * The fixed text, the checks of the original and of the fixed text, how many fixes were applied, and the edits
     * of every round in the original's coordinates, so that a file can be rewritten where the fixes touched it only.
     */
    public record Result(String text, CheckResult before, CheckResult after, int fixed, List<TextEdit> edits) {
    }

    private AutomaticFixer() {
    }

    public static Result fix(Checker checker, String name, String text) {
        return fix(checker, name, text, UnaryOperator.identity());
    }

    /** {@code adapt} turns each fix into what is applied (the CLI writes a CRLF file's line breaks into insertions). */
    public static Result fix(Checker checker, String name, String text, UnaryOperator<Fix> adapt) {
        CheckResult before = checker.check(name, text);
        CheckResult after = before;
        String current = text;
        int fixed = 0;
        List<TextEdit> edits = List.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Fix> fixes = after.automaticFixes().stream().map(adapt).toList();
            FixApplier.Result applied = FixApplier.apply(current, fixes);
            if (applied.text().equals(current)) {
                break;
            }
            fixed += applied.applied().size();
            edits = TextEdits.compose(edits, applied.edits(), text.length());
            current = applied.text();
            after = checker.check(name, current);
        }
        return new Result(current, before, after, fixed, edits);
    }
}
