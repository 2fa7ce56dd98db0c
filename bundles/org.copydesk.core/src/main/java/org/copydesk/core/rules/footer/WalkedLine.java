package org.copydesk.core.rules.footer;

import java.util.List;

/**
 * One non-blank line met walking back from the end of a text: {@code [start, end)}, what it was read as (null
 * for a line without words: a rule, a tag), and whether a blank line separates it from the line below it.
 */
record WalkedLine(int start, int end, LineVerdict verdict, boolean gapBelow) {

    boolean is(LineVerdict.Role role) {
        return verdict != null && verdict.is(role);
    }

    /**
     * Whether chrome line {@code i} of {@code lines} (bottom-up) makes a footer with the lines of its block, the
     * lines up to a blank line either side: a line beyond doubt in it (a copyright notice, share buttons), or
     * company. A generic chrome line alone in its paragraph ("Related Posts", "Posted by Jane, Product Manager")
     * may be the writer's own last line.
     */
    static boolean opensAFooter(List<WalkedLine> lines, int i) {
        int withWords = 0;
        for (int m = i; m >= 0; m--) {
            WalkedLine line = lines.get(m);
            if (line.verdict() != null) {
                withWords++;
                if (line.verdict().decisive()) {
                    return true;
                }
            }
            if (line.gapBelow()) {
                break;
            }
        }
        for (int m = i + 1; m < lines.size() && !lines.get(m).gapBelow(); m++) {
            if (lines.get(m).verdict() != null) {
                withWords++;
            }
        }
        return withWords >= 2;
    }

    /**
     * Where a footer among {@code lines} (bottom-up) starts: the highest chrome line that opens a footer, with the
     * chrome-like lines stuck right above it ("Posted by Jane" over "Tags: …"); -1 if none does.
     * {@code builtInOnly}: a line the configuration alone made chrome does not open one.
     */
    static int topOfFooter(List<WalkedLine> lines, boolean builtInOnly) {
        int top = -1;
        for (int i = 0; i < lines.size(); i++) {
            LineVerdict verdict = lines.get(i).verdict();
            if (verdict != null && verdict.is(LineVerdict.Role.STRONG) && !(builtInOnly && verdict.configured())
                    && opensAFooter(lines, i)) {
                top = i;
            }
        }
        while (top >= 0 && top + 1 < lines.size() && !lines.get(top + 1).gapBelow() && lines.get(top + 1).is(LineVerdict.Role.WEAK)) {
            top++;
        }
        return top;
    }
}
