package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.TextEdit;
import org.copydesk.core.TextEdits;
import org.junit.jupiter.api.Test;

/**
 * {@link FixApplier} on random texts and random sets of fixes that overlap, repeat, nest and reach past the end:
 * every fix is applied whole or rejected for a reason the policy names, the text is what {@link EditOracle} says,
 * and applying is idempotent.
 */
class FixApplierPropertiesTest {
    /** A short text and fixes on it; shown escaped when a case fails. */
    record Case(String text, List<Fix> fixes) {
        @Override
        public String toString() {
            return "\"" + Draft.escape(text) + "\" with " + fixes;
        }
    }

    private static final Gen<String> TEXT = random -> {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            out.append(List.of("a", "b", "\n", " ", "\r\n", "\uD83D\uDE00").get(random.nextInt(6)));
        }
        return out.toString();
    };

    private static final Gen<Case> CASES = random -> {
        String text = TEXT.generate(random);
        List<Fix> fixes = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            fixes.add(random.nextInt(4) == 0 && !fixes.isEmpty() ? fixes.get(random.nextInt(fixes.size())) : fix(random, text.length()));
        }
        return new Case(text, fixes);
    };

    @Test
    void everyFixIsAppliedWholeOrRejectedForAReason() {
        PropertyRun.forAllValues("fix applier", CASES, c -> {
            FixApplier.Result result = FixApplier.apply(c.text(), c.fixes());
            List<Fix> distinct = List.copyOf(new LinkedHashSet<>(c.fixes()));
            List<Fix> seen = new ArrayList<>(result.applied());
            seen.addAll(result.rejected());
            check(seen.size() == distinct.size() && seen.containsAll(distinct), "applied and rejected are not the fixes given: " + result);
            check(distinct.stream().filter(result.applied()::contains).toList().equals(result.applied()), "applied out of order: " + result);
            for (int i = 0; i < result.applied().size(); i++) {
                Fix fix = result.applied().get(i);
                check(!EditOracle.unusable(fix, c.text().length()), "applied a fix that cannot apply whole: " + fix);
                for (Fix other : result.applied().subList(0, i)) {
                    check(!EditOracle.conflict(fix, other), "applied conflicting fixes " + other + " and " + fix);
                }
            }
            for (Fix fix : result.rejected()) {
                List<Fix> before = distinct.subList(0, distinct.indexOf(fix));
                check(EditOracle.unusable(fix, c.text().length()) || before.stream().anyMatch(
                        other -> result.applied().contains(other) && EditOracle.conflict(fix, other)), "rejected without a conflict: " + fix);
            }
            check(EditOracle.apply(c.text(), result.applied()).equals(result.text()), "text \"" + Draft.escape(result.text())
                    + "\" is not the oracle's \"" + Draft.escape(EditOracle.apply(c.text(), result.applied())) + "\"");
            List<Fix> twice = new ArrayList<>(c.fixes());
            twice.addAll(c.fixes());
            check(FixApplier.apply(c.text(), twice).text().equals(result.text()), "fixes given twice give another text");
            FixApplier.Result again = FixApplier.apply(c.text(), result.applied());
            check(again.rejected().isEmpty() && again.text().equals(result.text()), "the applied fixes alone give another result: " + again);
        });
    }

    /** Two rounds of fixes, as copydesk fix runs them: their edits composed give the second round's text from the first's. */
    @Test
    void roundsComposeIntoEditsOfTheOriginal() {
        PropertyRun.forAllValues("edit composition", CASES, c -> {
            FixApplier.Result first = FixApplier.apply(c.text(), c.fixes());
            check(TextEdits.apply(c.text(), first.edits()).equals(first.text()), "the edits do not give the text: " + first.edits());
            Random random = new Random(c.text().hashCode() * 31L + c.fixes().size());
            List<Fix> more = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                more.add(fix(random, first.text().length()));
            }
            FixApplier.Result second = FixApplier.apply(first.text(), more);
            List<TextEdit> composed = TextEdits.compose(first.edits(), second.edits(), c.text().length());
            for (int i = 1; i < composed.size(); i++) {
                check(composed.get(i - 1).end() <= composed.get(i).offset(), "composed edits overlap or are out of order: " + composed);
            }
            String text = TextEdits.apply(c.text(), composed);
            check(text.equals(second.text()), "composed edits give \"" + Draft.escape(text) + "\", not \""
                    + Draft.escape(second.text()) + "\": " + first.edits() + " then " + second.edits() + " as " + composed);
        });
    }

    private static Fix fix(Random random, int length) {
        int edits = 1 + random.nextInt(3);
        List<TextEdit> list = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            int offset = random.nextInt(length + 2);
            int size = random.nextInt(6) == 0 ? random.nextInt(length + 3) : random.nextInt(4);
            list.add(new TextEdit(offset, size, List.of("", "", "X", "YZ", "\n").get(random.nextInt(5))));
        }
        return new Fix("fix", "fix", list, random.nextBoolean(), null);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
