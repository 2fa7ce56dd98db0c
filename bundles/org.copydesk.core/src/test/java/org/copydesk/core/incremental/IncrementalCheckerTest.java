package org.copydesk.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.TextEdit;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;

/**
 * The incremental checker's one promise: after any edit, its result is exactly a full check's. Hundreds of random
 * edits of realistic documents in each format, each re-checked both ways and compared finding by finding, fix by
 * fix, in order.
 */
class IncrementalCheckerTest {
    private static final int EDITS = 200;
    private final Checker checker = new Checker(Config.defaults());

    @Test
    void plainTextAfterRandomEdits() {
        editAndCompare("draft.txt", EditedDocuments.joined(".txt", ".news"), 1);
    }

    @Test
    void markdownAfterRandomEdits() {
        editAndCompare("draft.md", EditedDocuments.joined(".md"), 2);
    }

    @Test
    void asciiDocAfterRandomEdits() {
        String text = EditedDocuments.joined(".adoc") + EditedDocuments.asciiDoc(EditedDocuments.paragraphs(), 150_000);
        editAndCompare("draft.adoc", text, 3);
    }

    /** Hundreds of near copies of a few paragraphs: every edit moves families, fills and empties keys. */
    @Test
    void nearCopiesAfterRandomEdits() {
        List<String> prose = EditedDocuments.paragraphs();
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            String[] words = prose.get(random.nextInt(6)).split(" ");
            for (int change = random.nextInt(3); change > 0; change--) {
                words[random.nextInt(words.length)] = random.nextBoolean() ? "variant" + random.nextInt(4) : "the";
            }
            text.append(String.join(" ", words)).append(random.nextInt(10) == 0 ? "\n" : "\n\n");
        }
        editAndCompare("copies.txt", text.toString(), 6);
    }

    @Test
    void editsGivenByTheEditorAndEditsFoundByComparingAgree() {
        String text = EditedDocuments.joined(".md");
        IncrementalChecker told = new IncrementalChecker(checker, "draft.md");
        IncrementalChecker comparing = new IncrementalChecker(checker, "draft.md");
        told.check(text);
        comparing.check(text);
        Random random = new Random(4);
        for (int i = 0; i < 100; i++) {
            TextEdit edit = EditedDocuments.randomEdit(text, random);
            text = EditedDocuments.apply(text, edit);
            assertEquals(comparing.check(text).findings(), told.check(text, edit).findings(), "edit " + i + ": " + edit);
        }
    }

    @Test
    void aWrongEditIsNotTrusted() {
        IncrementalChecker incremental = new IncrementalChecker(checker, "draft.txt");
        String before = "The council approved the budget on Tuesday after a long debate about the bridge.\n\n";
        incremental.check(before);
        String after = before + before;
        CheckResult result = incremental.check(after, TextEdit.insert(0, "x"));
        assertEquals(checker.check("draft.txt", after).findings(), result.findings());
        assertFalse(result.findings().isEmpty());
    }

    private void editAndCompare(String name, String original, long seed) {
        Format format = Format.ofFileName(name).orElseThrow();
        IncrementalChecker incremental = new IncrementalChecker(checker, name);
        Random random = new Random(seed);
        String text = original;
        assertSame(checker.check(Document.parse(name, text, format)), incremental.check(text), "the first check");
        for (int i = 0; i < EDITS; i++) {
            TextEdit edit = EditedDocuments.randomEdit(text, random);
            text = EditedDocuments.apply(text, edit);
            CheckResult incrementally = random.nextBoolean() ? incremental.check(text, edit) : incremental.check(text);
            assertSame(checker.check(Document.parse(name, text, format)), incrementally, "edit " + i + ": " + edit);
        }
    }

    private static void assertSame(CheckResult expected, CheckResult actual, String what) {
        List<Finding> want = expected.findings();
        List<Finding> got = actual.findings();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), what + ": finding " + i);
        }
        assertEquals(want.size(), got.size(), what + ": number of findings");
        assertEquals(expected.failures().stream().map(f -> f.ruleId()).toList(),
                actual.failures().stream().map(f -> f.ruleId()).toList(), what + ": failures");
    }
}
