package org.copydesk.lsp.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.core.CrossFileCopy;
import org.junit.jupiter.api.Test;

/** Copies found in one text, carried over to the text an edit made of it until the next search. */
class WorkspaceCopiesTest {
    private static final String BEFORE = "One paragraph here.\n\nThe copied paragraph.\n\nLast one.\n";

    private static CrossFileCopy copy(String text, String paragraph) {
        int start = text.indexOf(paragraph);
        return new CrossFileCopy(start, start + paragraph.length(), "other.md", 3, 10, 31, "", paragraph);
    }

    @Test
    void anEditBeforeTheCopy_movesIt() {
        String after = "One longer paragraph here.\n\nThe copied paragraph.\n\nLast one.\n";
        assertEquals(List.of(copy(after, "The copied paragraph.")),
                WorkspaceCopies.moved(List.of(copy(BEFORE, "The copied paragraph.")), BEFORE, after));
    }

    @Test
    void anEditAfterTheCopy_leavesItWhereItIs() {
        String after = BEFORE.replace("Last one.", "The last one, longer.");
        assertEquals(List.of(copy(BEFORE, "The copied paragraph.")),
                WorkspaceCopies.moved(List.of(copy(BEFORE, "The copied paragraph.")), BEFORE, after));
    }

    @Test
    void anEditInsideTheCopy_orJoiningItToTheNextParagraph_dropsIt() {
        List<CrossFileCopy> copies = List.of(copy(BEFORE, "The copied paragraph."));
        assertEquals(List.of(), WorkspaceCopies.moved(copies, BEFORE, BEFORE.replace("copied", "pasted")));
        assertEquals(List.of(), WorkspaceCopies.moved(copies, BEFORE, BEFORE.replace("paragraph.\n\nLast", "paragraph. Last")));
    }
}
