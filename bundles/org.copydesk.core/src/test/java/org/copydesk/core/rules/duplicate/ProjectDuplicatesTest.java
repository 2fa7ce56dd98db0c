package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;

class ProjectDuplicatesTest {
    private static final String BUDGET = "The council approved the new budget on Tuesday after a long debate about the"
            + " costs of the bridge.";
    private static final String LIBRARY = "Residents asked for more money for the library and the public pool at the"
            + " meeting on Monday.";
    private static final String FERRY = "The ferry came in late, long after the lamps along the quay had been lit and"
            + " the fishermen had gone home.";
    /** A paragraph no other file holds: a file with one is more than a copy of another file. */
    private static final String OWN = "The lighthouse keeper walked his dog along the harbour wall every evening at"
            + " the turn of the tide.";
    private static final Path ROOT = Path.of("/project").toAbsolutePath();

    /** The files of one project, by path, with their texts. */
    private final Map<String, String> files = new LinkedHashMap<>();

    @Test
    void aCopyIsReportedInTheLaterFileInPathOrderNamingTheOtherFileAndLine() {
        files.put("b/second.md", "# Second\n\n" + LIBRARY + "\n\n" + BUDGET + "\n");
        files.put("a/first.md", "# First\n\n" + BUDGET + "\n");
        Map<String, List<Finding>> found = check(Config.defaults());
        assertEquals(List.of(), found.get("a/first.md"));
        Finding finding = single(found.get("b/second.md"));
        assertEquals("Duplicate of the paragraph at line 3 of a/first.md", finding.message());
        assertEquals(files.get("b/second.md").indexOf(BUDGET), finding.start());
        Related related = finding.related().get(0);
        assertEquals("a/first.md", related.file());
        assertEquals(3, related.line());
        assertEquals(files.get("a/first.md").indexOf(BUDGET), related.start());
        assertTrue(finding.fixes().get(0).automatic());
    }

    @Test
    void aCopyThatDropsAWordIsRemovedAutomaticallyOneThatSaysSomethingNewIsOnlyOffered() {
        files.put("a.txt", BUDGET + "\n\n" + LIBRARY + "\n");
        files.put("b.txt", BUDGET.replace(" new", "") + "\n\n" + LIBRARY.replace("Monday", "Sunday") + "\n\n" + OWN + "\n");
        List<Finding> found = check(Config.defaults()).get("b.txt");
        assertEquals(1, found.size(), "a changed name or day makes another paragraph: " + found);
        files.put("b.txt", BUDGET.replace(" new", "") + "\n\n" + LIBRARY.replace("public", "heated") + "\n\n" + OWN + "\n");
        found = check(Config.defaults()).get("b.txt");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Duplicate of the paragraph at line 1 of a.txt, with small differences", found.get(0).message());
        assertTrue(found.get(0).fixes().get(0).automatic());
        assertEquals("Duplicate of the paragraph at line 3 of a.txt, but says 'heated' where line 3 says 'public'",
                found.get(1).message());
        assertEquals(List.of("Remove this copy"), found.get(1).fixes().stream().map(Fix::label).toList());
        assertFalse(found.get(1).fixes().get(0).automatic());
    }

    @Test
    void aFileWhoseEveryParagraphIsACopyIsLeftToTheWriterNeverEmptied() {
        files.put("a-draft.txt", BUDGET + "\n\n" + LIBRARY + "\n");
        files.put("b-draft-copy.txt", BUDGET + "\n\n" + LIBRARY + "\n\n" + LIBRARY + "\n");
        List<Finding> found = check(Config.defaults()).get("b-draft-copy.txt");
        List<Finding> acrossFiles = found.stream().filter(f -> f.message().contains(" of a-draft.txt")).toList();
        assertEquals(2, acrossFiles.size(), found::toString);
        for (Finding finding : acrossFiles) {
            assertTrue(finding.message().endsWith("every paragraph of this file is a copy, so the file looks copied on purpose"
                    + " and is left to you"), finding.message());
            assertEquals(List.of("remove-this-copy"), finding.fixes().stream().map(Fix::id).toList());
        }
        files.put("b-draft-copy.txt", BUDGET + "\n\n" + OWN + "\n");
        assertTrue(single(check(Config.defaults()).get("b-draft-copy.txt")).fixes().get(0).automatic(),
                "a file with a paragraph of its own keeps it when the pasted copy goes");
    }

    @Test
    void anAsciiDocBookIsReadInTheOrderOfItsIncludesNotInPathOrder() {
        files.put("book.adoc", "= Book\n\ninclude::chapters/one.adoc[]\n\ninclude::chapters/b-two.adoc[]\n\ninclude::chapters/a-three.adoc[]\n");
        files.put("chapters/one.adoc", "== One\n\n" + FERRY + "\n");
        files.put("chapters/b-two.adoc", "== Two\n\n" + BUDGET + "\n");
        files.put("chapters/a-three.adoc", "== Three\n\n" + BUDGET + "\n\n" + OWN + "\n");
        Map<String, List<Finding>> found = check(Config.defaults());
        assertEquals(List.of(), found.get("chapters/b-two.adoc"));
        assertEquals("Duplicate of the paragraph at line 3 of chapters/b-two.adoc", single(found.get("chapters/a-three.adoc")).message());
    }

    @Test
    void copiesWithinOneFileStayTheFilesOwnAndASecondCopyNamesTheFirstOneInItsFile() {
        files.put("a.md", BUDGET + "\n");
        files.put("b.md", BUDGET + "\n\n" + LIBRARY + "\n\n" + BUDGET + "\n\n" + LIBRARY + "\n");
        List<Finding> found = check(Config.defaults()).get("b.md");
        assertEquals(List.of("Duplicate of the paragraph at line 1 of a.md", "Duplicate of the paragraph at line 1",
                "Duplicate of the paragraph at line 3"), found.stream().map(Finding::message).toList());
    }

    @Test
    void scopeFileChecksEachFileOnItsOwn() {
        files.put("a.md", BUDGET + "\n");
        files.put("b.md", BUDGET + "\n");
        Config config = withOptions(Map.of("scope", "file"));
        assertFalse(ProjectDuplicates.acrossFiles(config));
        assertEquals(List.of(), check(config).get("b.md"));
    }

    @Test
    void theAllowListTakesGlobsOfFilesThatMayRepeatEachOtherAndParagraphTexts() {
        files.put("install/linux.md", BUDGET + "\n\n" + LIBRARY + "\n");
        files.put("install/windows.md", BUDGET + "\n");
        files.put("notes.md", LIBRARY + "\n\n" + FERRY + "\n\n" + FERRY.toUpperCase() + "\n");
        files.put("other.md", BUDGET + "\n\n" + OWN + "\n");
        Config config = withOptions(Map.of("allow", List.of("install/*.md", "  " + FERRY.replace(",", "") + " ")));
        Map<String, List<Finding>> found = check(config);
        assertEquals(List.of(), found.get("install/windows.md"), "both files match the glob");
        assertEquals(List.of("Duplicate of the paragraph at line 3 of install/linux.md"),
                found.get("notes.md").stream().map(Finding::message).toList(), "an allowed paragraph repeats in its file too");
        assertEquals("Duplicate of the paragraph at line 1 of install/linux.md", single(found.get("other.md")).message());
    }

    @Test
    void aTitleRepeatedInAnotherFileIsNotACopy() {
        files.put("a.txt", "Bridge Closed After Collision On The Old Town Road Near The River\n\n" + LIBRARY + "\n");
        files.put("b.txt", "Bridge Closed After Collision On The Old Town Road Near The River\n\n" + FERRY + "\n");
        assertEquals(List.of(), check(Config.defaults()).get("b.txt"));
    }

    @Test
    void fixingRemovesTheAutomaticCopyAndFollowsTheOtherCopiesThroughTheEdit() {
        files.put("a.txt", BUDGET + "\n\n" + LIBRARY + "\n");
        String copy = BUDGET + "\n\n" + LIBRARY.replace("public", "heated") + "\n\n" + OWN + "\n";
        files.put("b.txt", copy);
        ProjectDuplicates found = find(Config.defaults());
        List<CrossFileCopy> copies = found.copiesIn(sketches.get("b.txt"));
        AutomaticFixer.Result fixed = AutomaticFixer.fix(new Checker(Config.defaults()), "b.txt", copy, fix -> fix, copies);
        assertEquals(LIBRARY.replace("public", "heated") + "\n\n" + OWN + "\n", fixed.text());
        assertEquals(1, fixed.after().findings().size());
        assertEquals(0, fixed.after().findings().get(0).start(), "the copy left moved up with the text");
    }

    @Test
    void aFileThatCannotBeReadAgainLeavesItsCopiesToBeRemovedByHand() {
        files.put("a.txt", BUDGET + "\n");
        files.put("b.txt", BUDGET + "\n");
        ProjectDuplicates found = ProjectDuplicates.find(sketchAll(Config.defaults()), Config.defaults(), file -> {
            throw new java.io.IOException("gone");
        });
        CrossFileCopy copy = found.copiesIn(sketches.get("b.txt")).get(0);
        assertNull(copy.otherText());
        Finding finding = single(new Checker(Config.defaults()).check("b.txt", files.get("b.txt"), List.of(copy)).findings());
        assertFalse(finding.fixes().get(0).automatic());
    }

    private final Map<String, ProjectDuplicates.FileSketch> sketches = new LinkedHashMap<>();

    @Test
    void recheckingAFileWithItsCopiesGivesWhatCheckingItWithThemGives() {
        String footer = "\n\nCopyright 2024 Harbour Gazette. All rights reserved.\n";
        files.put("a.md", "# First\n\n" + BUDGET + "\n\n" + LIBRARY + "\n\n\"We will build it,\" she said.\n");
        files.put("b.md", "# Second\n\n" + BUDGET.replace(" new", "") + "\n\n<!-- copydesk-disable-next-line duplicate-paragrap -->\n\n"
                + OWN + "\n\n" + OWN + "\n\n\"It is a \u201cdisgrace,\" one said.\n\n" + LIBRARY + footer);
        Config config = Config.defaults();
        ProjectDuplicates found = find(config);
        Checker checker = new Checker(config);
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            List<CrossFileCopy> copies = found.copiesIn(sketches.get(name));
            CheckResult without = checker.check(parse(name), List.of());
            CheckResult with = checker.check(parse(name), copies);
            CheckResult again = checker.recheck(parse(name), copies, without.findings(), without.failures());
            assertEquals(with.findings(), again.findings(), name);
            assertEquals(with.failures(), again.failures(), name);
        }
        assertEquals(2, found.copiesIn(sketches.get("b.md")).size());
        List<Finding> inB = checker.check(parse("b.md"), found.copiesIn(sketches.get("b.md"))).findings();
        assertEquals(4, inB.stream().map(Finding::ruleId).distinct().count(), "three rules and a misspelt rule name: " + inB);
    }

    private Document parse(String name) {
        return Document.parse(name, files.get(name), Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
    }

    private List<ProjectDuplicates.FileSketch> sketchAll(Config config) {
        List<ProjectDuplicates.FileSketch> all = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            Document document = Document.parse(name, file.getValue(), Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
            ProjectDuplicates.FileSketch sketch = ProjectDuplicates.sketch(ROOT.resolve(name), name, document, config);
            sketches.put(name, sketch);
            all.add(sketch);
        }
        return all;
    }

    private ProjectDuplicates find(Config config) {
        return ProjectDuplicates.find(sketchAll(config), config, file -> files.get(file.name()));
    }

    private Map<String, List<Finding>> check(Config config) {
        ProjectDuplicates found = find(config);
        Checker checker = new Checker(config);
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            CheckResult result = checker.check(file.getKey(), file.getValue(), found.copiesIn(sketches.get(file.getKey())));
            findings.put(file.getKey(), result.findings().stream().filter(f -> f.ruleId().equals(DuplicateParagraphRule.ID)).toList());
        }
        return findings;
    }

    private static Config withOptions(Map<String, Object> options) {
        return new Config(Map.of(DuplicateParagraphRule.ID, new RuleSettings(true, null, options)), List.of(), ROOT, null);
    }

    private static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }
}
