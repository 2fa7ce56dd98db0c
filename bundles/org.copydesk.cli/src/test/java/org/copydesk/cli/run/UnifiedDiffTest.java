package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsGiveNoDiff() {
        assertEquals("", UnifiedDiff.of("a.md", "same\n", "same\n"));
    }

    @Test
    void aRemovedLineWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\n6\n7\n8\n";
        assertEquals("--- a/a.md\n+++ b/a.md\n@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n", UnifiedDiff.of("a.md", before, after));
    }

    @Test
    void distantChangesMakeTwoHunksAndCloseOnesOne() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String twoHunks = UnifiedDiff.of("x", before, before.replace("b\n", "").replace("k\n", ""));
        assertEquals(List.of("@@ -1,5 +1,4 @@", "@@ -8,5 +7,4 @@"), twoHunks.lines().filter(l -> l.startsWith("@@")).toList());
        String oneHunk = UnifiedDiff.of("x", before, before.replace("b\n", "").replace("h\n", ""));
        assertEquals(List.of("@@ -1,11 +1,9 @@"), oneHunk.lines().filter(l -> l.startsWith("@@")).toList());
    }

    @Test
    void aMissingNewlineAtTheEndIsMarked() {
        assertEquals("--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,1 @@\n one\n-footer\n\\ No newline at end of file\n",
                UnifiedDiff.of("a.txt", "one\nfooter", "one\n"));
    }

    @Test
    void crlfLinesKeepTheirLineBreaks() {
        assertEquals("--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,1 @@\n one\r\n-two\r\n", UnifiedDiff.of("a.txt", "one\r\ntwo\r\n", "one\r\n"));
    }

    @Test
    void everythingRemovedAndEverythingAdded() {
        assertEquals("--- a/a\n+++ b/a\n@@ -1,1 +0,0 @@\n-gone\n", UnifiedDiff.of("a", "gone\n", ""));
        assertEquals("--- a/a\n+++ b/a\n@@ -0,0 +1,1 @@\n+new\n", UnifiedDiff.of("a", "", "new\n"));
    }
}
