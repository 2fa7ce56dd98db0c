package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents built to hurt a text engine: megabyte lines, thousands of unmatched or nested quotation marks,
 * constructs that make Markdown and AsciiDoc parsers backtrack or recurse. Each is checked and fixed
 * within a few seconds, and then held to every invariant of {@link Invariants}.
 */
class HostileDocumentsTest {
    /**
     * A few seconds of the checking thread's own processor time: the engine does 1 MB in tens of milliseconds, so
     * this only catches the super-linear. Processor time, not time on the clock, which a busy machine stretches.
     */
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** On the clock, for the invariants too (which check the text again after every round of fixes): a hang. */
    private static final Duration OUTER_BOUND = Duration.ofSeconds(30);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int MEGABYTE = 1 << 20;
    private static final String SENTENCE = "The council approved the budget on Tuesday after a long debate. ";

    @ParameterizedTest
    @EnumSource(Format.class)
    void megabyteOnOneLine(Format format) {
        withinBound(format, () -> repeat(SENTENCE, MEGABYTE));
        withinBound(format, () -> repeat("a", MEGABYTE));
        withinBound(format, () -> repeat("word\u00A0", MEGABYTE / 5));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void megabyteOfLineBreaksAndSpaces(Format format) {
        withinBound(format, () -> repeat("\n", MEGABYTE));
        withinBound(format, () -> repeat("\r", MEGABYTE));
        withinBound(format, () -> repeat("\r\n \t", MEGABYTE / 4));
        withinBound(format, () -> repeat("word\n", MEGABYTE / 5));
    }

    /**
     * Ten thousand marks that never close. Only the marks that can only open are certain to be flagged: a run
     * of ” pairs up Swedish style, » German style, and ' or ‘ may be apostrophes.
     */
    @ParameterizedTest
    @EnumSource(Format.class)
    void tenThousandUnmatchedQuotationMarks(Format format) {
        for (String mark : List.of("\"", "\u201C", "\u00AB", "\u201E", "\u201D", "\u00BB", "'", "\u2018")) {
            CheckResult result = withinBound(format, () -> repeat(mark + "Council ", 10_000));
            if ("\"\u201C\u00AB\u201E".contains(mark)) {
                assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("unbalanced-quote")), "no unbalanced " + mark);
            }
        }
        CheckResult closers = withinBound(format, () -> "Council said." + repeat("\u201D ", 10_000));
        assertTrue(closers.findings().stream().anyMatch(f -> f.ruleId().equals("unbalanced-quote")), "no unbalanced closing mark");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void quotationsNestedAThousandDeepInMixedStyles(Format format) {
        List<List<String>> marks = Prose.MARK_PAIRS;
        withinBound(format, () -> {
            StringBuilder out = new StringBuilder("The mayor said ");
            for (int i = 0; i < 1000; i++) {
                out.append(marks.get(i % marks.size()).get(0)).append("we ");
            }
            out.append("win");
            for (int i = 999; i >= 0; i--) {
                out.append(marks.get(i % marks.size()).get(1));
            }
            return out.append('.').toString();
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aHundredThousandShortQuotations(Format format) {
        // one paragraph, one speaker: its quotations are all hers; the line after it has a quotation of no one's
        CheckResult result = withinBound(format, () -> repeat("\u201CYes.\u201D \"No,\" she said. ", 100_000)
                + "\n\nThe vote is on Tuesday. \u201CWe will win it.\u201D\n");
        assertFalse(result.findings().isEmpty());
    }

    /**
     * Pieces that make Markdown parsers backtrack, on one line and as the start of every line of one paragraph.
     * Inline parsing is off in the segmenter, so a line of them is cheap; a paragraph of many lines that start with
     * a non-letter is not (see {@link #aParagraphOfEightyThousandLinesStartingWithANonLetter}), hence 5,000 lines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<a ", "](", "[", "![", "<", "&", "\\", "`", "*", "_", "**a", "<!--", "[a]: ", "~~~", "| a ",
            "<div>", "*a _b ", "[x](<", "`` ` "})
    void markdownThatStressesParsers(String piece) {
        withinBound(Format.MARKDOWN, () -> "Text " + repeat(piece, 20_000 * piece.length()) + " end.\n");
        withinBound(Format.MARKDOWN, () -> "Text " + repeat(piece, 100_000) + " end.\n");
        withinBound(Format.MARKDOWN, () -> repeat(piece + "\n", 5_000 * (piece.length() + 1)));
    }

    /** Ten thousand lines of one paragraph that each start with a non-letter: see the disabled test below. */
    @ParameterizedTest
    @ValueSource(strings = {"[", "<", "![", "\u201C", "1", "|", "2. ", "-", "&", "_"})
    void aParagraphOfTenThousandLinesStartingWithANonLetter(String piece) {
        withinBound(Format.MARKDOWN, () -> "Paragraph\n" + repeat(piece + "x\n", 10_000 * (piece.length() + 2)));
    }

    /**
     * commonmark-java 0.27.1 copies all lines of the open paragraph for every line that does not start with a
     * letter (ListBlockParser.Factory.tryStart and the GFM table extension's factory both call
     * getParagraphLines first): quadratic in the paragraph's lines. Segmenting "[x" lines, warm, on 2 cores:
     * 10,000 lines 0.1 s, 20,000 0.9 s, 40,000 2.2 s, 80,000 3.9 s; "\u201Cx" lines 80,000 7.4 s; a megabyte of
     * them about a minute. The list parser is internal to commonmark-java, so the fix belongs there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[", "\u201C", "&"})
    @Disabled("commonmark-java 0.27.1: quadratic in the lines of a paragraph whose lines start with a non-letter")
    void aParagraphOfEightyThousandLinesStartingWithANonLetter(String piece) {
        withinBound(Format.MARKDOWN, () -> "Paragraph\n" + repeat(piece + "x\n", 80_000 * (piece.length() + 2)));
    }

    /** 10,000 container markers on one line, and 700 levels of indented items (half a megabyte of indentation). */
    @ParameterizedTest
    @ValueSource(strings = {"> ", "- ", "* ", "1. ", "> - ", "  ", "    ", ">"})
    void deeplyNestedMarkdownContainers(String marker) {
        withinBound(Format.MARKDOWN, () -> repeat(marker, 10_000) + "The council approved the budget.\n");
        withinBound(Format.MARKDOWN, () -> {
            StringBuilder out = new StringBuilder();
            for (int depth = 0; depth < 700; depth++) {
                out.append(" ".repeat(depth * 2)).append(marker).append("Item at depth ").append(depth).append(".\n");
            }
            return out.toString();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"====", "****", "____", "--", "----", "////", "|===", "....", "++++", "[quote]", "* ", ":a: b \\",
            "term:: ", "+", "ifdef::x[]", "// ", ".Title"})
    void asciiDocThatStressesTheScanner(String piece) {
        withinBound(Format.ASCIIDOC, () -> repeat(piece + "\nThe council approved the budget.\n", 20_000));
        withinBound(Format.ASCIIDOC, () -> repeat(piece + "\n", 50_000));
        withinBound(Format.ASCIIDOC, () -> repeat(piece, 100_000));
    }

    /** Delimiters of ever longer length: each opens a block inside the last, 10,000 deep, none closed. */
    @ParameterizedTest
    @ValueSource(chars = {'=', '*', '_'})
    void asciiDocBlocksNestedTenThousandDeep(char fence) {
        withinBound(Format.ASCIIDOC, () -> {
            StringBuilder out = new StringBuilder();
            for (int depth = 4; depth < 4 + 10_000; depth++) {
                out.append(String.valueOf(fence).repeat(4 + depth % 70)).append("\nQuoted text ").append(depth).append(".\n");
            }
            return out.toString();
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMegabyteOfCopiesAndFooters(Format format) {
        CheckResult result = withinBound(format, () -> repeat(SENTENCE + SENTENCE + "\n\nShare this:\n\n", MEGABYTE));
        assertTrue(result.findings().stream().map(Finding::ruleId).anyMatch("duplicate-paragraph"::equals));
    }

    /**
     * Segments, checks and applies the automatic fixes within {@link #BOUND}: what a writer waits for. Then holds
     * the result to every invariant, fixing to the end, within {@link #OUTER_BOUND}.
     */
    private static CheckResult withinBound(Format format, Supplier<String> text) {
        String document = text.get();
        Supplier<String> what = () -> format + " document of " + document.length() + " chars starting \""
                + Draft.escape(document.substring(0, Math.min(60, document.length()))) + "\"";
        return assertTimeoutPreemptively(OUTER_BOUND, () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            CheckResult result = Invariants.CHECKER.check(Document.parse("hostile", document, format));
            FixApplier.apply(document, result.automaticFixes());
            Duration spent = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
            assertTrue(spent.compareTo(BOUND) <= 0, () -> what.get() + ": checked and fixed in " + spent.toMillis()
                    + " ms of processor time, more than " + BOUND.toMillis());
            Invariants.assertSegmentation(result.document());
            Invariants.assertNoFailures(result);
            Invariants.assertFindingsInside(document, result.findings());
            Invariants.assertDocumentOrder(result.findings());
            Invariants.assertAllFixes(document, result);
            Invariants.assertFixingConverges(format, document, result);
            return result;
        }, what);
    }

    private static String repeat(String piece, int length) {
        StringBuilder out = new StringBuilder(length + piece.length());
        while (out.length() < length) {
            out.append(piece);
        }
        return out.toString();
    }
}
