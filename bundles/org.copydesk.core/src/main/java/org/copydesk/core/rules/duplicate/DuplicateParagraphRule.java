package org.copydesk.core.rules.duplicate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
@RuleMeta(id = "duplicate-paragraph", summary = "A paragraph that repeats an earlier one", severity = Severity.WARNING)
public final class DuplicateParagraphRule implements Rule {
    static final String REMOVE = "Remove duplicate paragraph";
    static final String REMOVE_THIS_COPY = "Remove this copy";
    static final String KEEP_THIS_COPY = "Keep this copy, remove the one at line ";
    static final RuleOption<Double> SIMILARITY = RuleOption.number("similarity", 0.9, 0.5, 1.0,
            "How alike two paragraphs must be to count as copies: the share of words that are the same, in order"
                    + " (1.0: exact copies only, after normalising case, spacing, punctuation, quotes and dashes).");
    static final RuleOption<Integer> MIN_WORDS = RuleOption.integer("min-words", 8, 1, 10_000,
            "Paragraphs with fewer words are never flagged (\"Advertisement\", \"Read more\", short list items).");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(SIMILARITY, MIN_WORDS);
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        List<Block> paragraphs = document.paragraphs();
        DuplicateFinder finder = new DuplicateFinder(context.option(SIMILARITY), context.option(MIN_WORDS));
        // read once per first occurrence: a paragraph copied a thousand times is the original of a thousand findings
        Map<Integer, ProseWords> originals = new HashMap<>();
        for (DuplicateFinder.Duplicate duplicate : finder.find(document)) {
            Block copy = paragraphs.get(duplicate.copy());
            Block original = paragraphs.get(duplicate.original());
            int originalLine = document.lines().line(original.start());
            ProseWords copyWords = ProseWords.of(text, copy.start(), copy.end());
            ProseWords originalWords = originals.computeIfAbsent(duplicate.original(),
                    i -> ProseWords.of(text, original.start(), original.end()));
            TextEdit removeCopy = Removal.ofBlock(text, copy.start(), copy.end());
            if (SafeDeletion.losesNoWord(copyWords, originalWords)) {
                context.finding(copy.start(), copy.end(), message(originalLine, duplicate.kind()))
                        .related(original.start(), original.end(), "first occurrence")
                        .fix(Fix.automatic(REMOVE, removeCopy))
                        .report();
            } else {
                String difference = CopyDifference.describe(text, copyWords, originalWords, originalLine);
                context.finding(copy.start(), copy.end(), "Duplicate of the paragraph at line " + originalLine + difference)
                        .related(original.start(), original.end(), "first occurrence")
                        .fix(Fix.suggestion(REMOVE_THIS_COPY, removeCopy))
                        .fix(Fix.suggestion(KEEP_THIS_COPY + originalLine, Removal.ofBlock(text, original.start(), original.end())))
                        .report();
            }
        }
    }

    private static String message(int originalLine, CopyMatcher.Kind kind) {
        String message = "Duplicate of the paragraph at line " + originalLine;
        return switch (kind) {
            case EXACT -> message;
            case NEAR -> message + ", with small differences";
            case GLUED -> message + ", with other text glued on";
        };
    }
}
