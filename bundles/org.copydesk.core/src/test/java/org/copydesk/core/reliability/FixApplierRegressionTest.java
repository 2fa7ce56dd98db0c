package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.TextEdit;
import org.junit.jupiter.api.Test;

/** Cases the fix applier property found. */
class FixApplierRegressionTest {

    /**
     * A fix whose replacement lies inside one of its own deletions, with another deletion sorted between them:
     * only neighbouring edits were compared, so the fix was accepted and its replacement silently merged away.
     */
    @Test
    void aFixWhoseEditsOverlapBeyondItsNeighboursIsRejectedWhole() {
        Fix fix = new Fix("fix", "fix", List.of(TextEdit.delete(0, 5), TextEdit.delete(1, 2), TextEdit.replace(3, 4, "X")), true, null);
        FixApplier.Result result = FixApplier.apply("0123456789", List.of(fix));
        assertEquals(List.of(fix), result.rejected());
        assertEquals("0123456789", result.text());
    }

    @Test
    void anInsertionInsideTheFixsOwnDeletionRejectsIt() {
        Fix fix = new Fix("fix", "fix", List.of(TextEdit.insert(8, "X"), TextEdit.delete(1, 9), TextEdit.delete(4, 5)), true, null);
        assertEquals(List.of(fix), FixApplier.apply("0123456789", List.of(fix)).rejected());
    }

    @Test
    void overlappingDeletionsOfOneFixStillMerge() {
        Fix fix = new Fix("fix", "fix", List.of(TextEdit.delete(0, 5), TextEdit.delete(1, 2), TextEdit.delete(4, 7)), true, null);
        FixApplier.Result result = FixApplier.apply("0123456789", List.of(fix));
        assertEquals(List.of(fix), result.applied());
        assertEquals("789", result.text());
    }
}
