package org.copydesk.core.rules.duplicate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.LineMap;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.text.Removal;

/** Flags every later copy of an earlier paragraph. */
@RuleMeta(id = "duplicate-paragraph", summary = "A paragraph that repeats an earlier one", severity = Severity.WARNING)
public final class DuplicateParagraphRule implements Rule {
    static final RuleOption<Integer> MIN_WORDS = RuleOption.integer("min-words", 8, 1, 10_000,
            "Paragraphs with fewer words are never flagged (headings, \"Advertisement\", list items).");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_WORDS);
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        LineMap lines = document.lines();
        int minWords = context.option(MIN_WORDS);
        Map<String, Block> firstByKey = new HashMap<>();
        for (Block paragraph : document.paragraphs()) {
            List<String> words = Words.normalized(text, paragraph.start(), paragraph.end());
            if (words.size() < minWords) {
                continue;
            }
            Block first = firstByKey.putIfAbsent(String.join(" ", words), paragraph);
            if (first != null) {
                int firstLine = lines.line(first.start());
                context.finding(paragraph.start(), paragraph.end(), "Duplicate of the paragraph at line " + firstLine)
                        .related(first.start(), first.end(), "first occurrence")
                        .fix(Fix.automatic("Remove duplicate paragraph", Removal.ofBlock(text, paragraph.start(), paragraph.end())))
                        .report();
            }
        }
    }
}
