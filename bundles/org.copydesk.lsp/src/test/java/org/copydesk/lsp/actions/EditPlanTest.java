package org.copydesk.lsp.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.TextEdit;
import org.junit.jupiter.api.Test;

class EditPlanTest {
    @Test
    void overlappingDeletions_mergeAsTheEngineMergesThem() {
        String text = "one\ntwo\nthree\nfour\n";
        List<Fix> fixes = List.of(Fix.automatic("a", "a", TextEdit.delete(3, 8)), Fix.automatic("b", "b", TextEdit.delete(7, 14)),
                Fix.automatic("a", "a", TextEdit.delete(3, 8)));
        List<TextEdit> edits = EditPlan.of(text, fixes);
        assertEquals(List.of(TextEdit.delete(3, 14)), edits);
        assertEquals(FixApplier.apply(text, fixes).text(), EditPlan.render(text, edits));
    }

    @Test
    void separateEdits_stayApartAndInOrder() {
        String text = "abcdefgh";
        List<Fix> fixes = List.of(Fix.suggestion("x", "x", TextEdit.replace(6, 7, "G"), TextEdit.insert(0, ">")));
        List<TextEdit> edits = EditPlan.of(text, fixes);
        assertEquals(List.of(TextEdit.insert(0, ">"), TextEdit.replace(6, 7, "G")), edits);
        assertEquals(">abcdefGh", EditPlan.render(text, edits));
    }

    @Test
    void editsThatWouldNotGiveTheTarget_becomeOneSpan() {
        assertEquals(List.of(new TextEdit(2, 3, "XY")), EditPlan.toward("abcdefg", "abXYfg", List.of(TextEdit.delete(0, 1))));
        assertEquals(List.of(), EditPlan.toward("same", "same", null));
    }
}
