package org.copydesk.core.rules.duplicate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.text.ProseWords;
import org.copydesk.core.text.Removal;
import org.copydesk.core.text.SafeDeletion;

/**
 * Flags every later copy of an earlier paragraph, exact or near. A copy whose words the first occurrence all holds
 * (an exact copy, one re-wrapped or re-punctuated, one that dropped a word) gets the automatic fix that removes
 * it. A copy that says something the first does not (an added sentence, an "Update:" prefix, "killed" where the
 * first says "injured") is reported with that difference and two suggestions, for the writer to choose: remove
 * this copy, or keep it and remove the first ({@link SafeDeletion}: an automatic fix never deletes a word that
 * exists nowhere else). Removing every copy is applying every finding's fix at once; no finding carries a fix for
 * all of them, which would make the findings of a document with many copies quadratic in size.
 */
@RuleMeta(id = DuplicateParagraphRule.ID, summary = "A paragraph that repeats an earlier one", severity = Severity.WARNING)
public final class DuplicateParagraphRule implements Rule {
    static final String ID = "duplicate-paragraph";
    static final String REMOVE = "Remove duplicate paragraph";
    static final String REMOVE_THIS_COPY = "Remove this copy";
    static final String KEEP_THIS_COPY = "Keep this copy, remove the one at line ";
    static final RuleOption<Double> SIMILARITY = RuleOption.number("similarity", 0.9, 0.5, 1.0,
            "How alike two paragraphs must be to count as copies: the share of words that are the same, in order"
                    + " (1.0: exact copies only, after normalising case, spacing, punctuation, quotes and dashes).");
    static final RuleOption<Integer> MIN_WORDS = RuleOption.integer("min-words", 8, 1, 10_000,
            "Paragraphs with fewer words are never flagged (\"Advertisement\", \"Read more\", short list items).");

    static final RuleOption<String> SCOPE = RuleOption.choice("scope", ProjectDuplicates.SCOPE_PROJECT,
            List.of(ProjectDuplicates.SCOPE_PROJECT, ProjectDuplicates.SCOPE_FILE),
            "Where copies are looked for: 'project' (all files checked together; a copy is reported in the file that"
                    + " comes later) or 'file' (each file on its own).");
    static final RuleOption<List<String>> ALLOW = RuleOption.strings("allow", List.of(),
            "Repeats that are meant: an entry without spaces is a glob of files whose paragraphs may repeat each other"
                    + " ('platforms/*.md'); an entry with spaces is the text of a paragraph that may repeat anywhere.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(SIMILARITY, MIN_WORDS, SCOPE, ALLOW);
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        List<Block> paragraphs = document.paragraphs();
        DuplicateFinder finder = new DuplicateFinder(context.option(SIMILARITY), context.option(MIN_WORDS));
        // read once per first occurrence: a paragraph copied a thousand times is the original of a thousand findings
        Map<Integer, ProseWords> originals = new HashMap<>();
        Allowances allowed = new Allowances(context.option(ALLOW));
        WordReader reader = allowed.hasTexts() ? new WordReader() : null;
        Set<Integer> copiesWithin = new HashSet<>();
        for (DuplicateFinder.Duplicate duplicate : finder.find(document)) {
            copiesWithin.add(duplicate.copy());
            Block copy = paragraphs.get(duplicate.copy());
            Block original = paragraphs.get(duplicate.original());
            if (reader != null && (allowed.allowsText(reader.read(text, copy.start(), copy.end()))
                    || allowed.allowsText(reader.read(text, original.start(), original.end())))) {
                continue;
            }
            int originalLine = document.lines().line(original.start());
            ProseWords copyWords = ProseWords.of(text, copy.start(), copy.end());
            ProseWords originalWords = originals.computeIfAbsent(duplicate.original(),
                    i -> ProseWords.of(text, original.start(), original.end()));
            TextEdit removeCopy = Removal.ofBlock(text, copy.start(), copy.end());
            if (SafeDeletion.losesNoWord(copyWords, originalWords)) {
                context.finding(copy.start(), copy.end(), message(originalLine, duplicate.kind()))
                        .related(original.start(), original.end(), "first occurrence")
                        .fix(Fix.automatic("remove-copy", REMOVE, removeCopy))
                        .report();
            } else {
                String difference = CopyDifference.describe(text, copyWords, originalWords, originalLine);
                context.finding(copy.start(), copy.end(), "Duplicate of the paragraph at line " + originalLine + difference)
                        .related(original.start(), original.end(), "first occurrence")
                        .fix(Fix.suggestion("remove-this-copy", REMOVE_THIS_COPY, removeCopy))
                        .fix(Fix.suggestion("keep-this-copy", KEEP_THIS_COPY + originalLine, Removal.ofBlock(text, original.start(), original.end())))
                        .report();
            }
        }
        if (ProjectDuplicates.SCOPE_PROJECT.equals(context.option(SCOPE)) && !context.crossFileCopies().isEmpty()) {
            boolean wholeFile = isWholeFileCopy(document, copiesWithin, context.crossFileCopies(), context.option(MIN_WORDS));
            context.crossFileCopies().forEach(copy -> reportCrossFile(text, copy, wholeFile, context));
        }
    }

    /**
     * Whether every paragraph of the document long enough to compare is a copy, of another file or of one of its
     * own: then the file is a copy of a file (a backup, a variant kept on purpose), not a paste, and removing its
     * copies automatically would empty it.
     */
    private static boolean isWholeFileCopy(Document document, Set<Integer> copiesWithin, List<CrossFileCopy> copies, int minWords) {
        Set<Integer> copyStarts = new HashSet<>();
        copies.forEach(copy -> copyStarts.add(copy.start()));
        List<Block> paragraphs = document.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Block paragraph = paragraphs.get(i);
            if (!copiesWithin.contains(i) && !copyStarts.contains(paragraph.start())
                    && ProseWords.of(document.text(), paragraph.start(), paragraph.end()).size() >= minWords) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports a copy of a paragraph of an earlier file. Only this copy can be removed from here; it is removed
     * automatically under the same rule as within a file, and only offered when it carries words of its own or
     * when the whole file is a copy.
     */
    private static void reportCrossFile(String text, CrossFileCopy copy, boolean wholeFile, RuleContext context) {
        ProseWords copyWords = ProseWords.of(text, copy.start(), copy.end());
        String message = "Duplicate of the paragraph at line " + copy.otherLine() + " of " + copy.otherFile();
        String relatedMessage = "first occurrence, in " + copy.otherFile();
        TextEdit removeCopy = Removal.ofBlock(text, copy.start(), copy.end());
        ProseWords otherWords = copy.otherWords();
        boolean safe = otherWords != null && SafeDeletion.losesNoWord(copyWords, otherWords);
        if (safe && !wholeFile) {
            context.finding(copy.start(), copy.end(), message + copy.how())
                    .relatedInFile(copy.otherFile(), copy.otherLine(), copy.otherStart(), copy.otherEnd(), relatedMessage)
                    .fix(Fix.automatic("remove-copy", REMOVE, removeCopy))
                    .report();
        } else {
            String difference = otherWords == null || safe ? copy.how()
                    : CopyDifference.describe(text, copyWords, copy.otherText(), otherWords, copy.otherLine());
            String why = safe ? "; every paragraph of this file is a copy, so the file looks copied on purpose and is left to you" : "";
            context.finding(copy.start(), copy.end(), message + difference + why)
                    .relatedInFile(copy.otherFile(), copy.otherLine(), copy.otherStart(), copy.otherEnd(), relatedMessage)
                    .fix(Fix.suggestion("remove-this-copy", REMOVE_THIS_COPY, removeCopy))
                    .report();
        }
    }

    private static String message(int originalLine, CopyMatcher.Kind kind) {
        return "Duplicate of the paragraph at line " + originalLine + how(kind);
    }

    /** How a copy differs from the paragraph it copies, as the message tells it. */
    static String how(CopyMatcher.Kind kind) {
        return switch (kind) {
            case EXACT -> "";
            case NEAR -> ", with small differences";
            case GLUED -> ", with other text glued on";
        };
    }
}
