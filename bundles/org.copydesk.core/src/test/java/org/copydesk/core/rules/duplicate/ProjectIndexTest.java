package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental index against the batch search: after every update, the copies of every file must be those
 * {@link ProjectDuplicates#find} finds on the same files, and the files said to have changed exactly those whose
 * copies differ from before.
 */
class ProjectIndexTest {
    private static final String BUDGET = "The council approved the new budget on Tuesday after a long debate about the"
            + " costs of the bridge.";
    private static final String LIBRARY = "Residents asked for more money for the library and the public pool at the"
            + " meeting on Monday.";
    private static final String FERRY = "The ferry came in late, long after the lamps along the quay had been lit and"
            + " the fishermen had gone home.";
    private static final String OWN = "The lighthouse keeper walked his dog along the harbour wall every evening at"
            + " the turn of the tide.";
    private static final Path ROOT = Path.of("/project").toAbsolutePath();

    /** The project as it is now, by name, with the texts. */
    private final Map<String, String> files = new TreeMap<>();
    private Config config = Config.defaults();
    private ProjectIndex index;

    @Test
    void aDocsSiteWithAnAllowListFindsWhatTheBatchSearchFinds() {
        config = withOptions(Map.of("allow", List.of("docs/install/*.md", FERRY)));
        put("docs/index.md", "# Welcome\n\n" + BUDGET + "\n\n" + FERRY + "\n");
        put("docs/install/linux.md", "# Linux\n\n" + LIBRARY + "\n\n" + OWN + "\n");
        put("docs/install/windows.md", "# Windows\n\n" + LIBRARY + "\n");
        put("docs/guide/fees.md", "# Fees\n\n" + BUDGET.replace(" new", "") + "\n\n" + FERRY + "\n\n" + OWN + "\n");
        assertSameAsBatch();
        assertEquals(List.of(), index.copiesIn(path("docs/install/windows.md")), "both files match the glob");
        assertEquals(List.of(), index.copiesIn(path("docs/guide/fees.md")), "docs/guide comes first in path order");
        CrossFileCopy budget = single(index.copiesIn(path("docs/index.md")));
        assertEquals("docs/guide/fees.md", budget.otherFile());
        assertEquals(", with small differences", budget.how());
        assertEquals("docs/guide/fees.md", single(index.copiesIn(path("docs/install/linux.md"))).otherFile());
    }

    @Test
    void anAsciiDocBookIsOrderedByItsIncludesAndReorderedWhenTheyChange() {
        put("book.adoc", "= Book\n\ninclude::chapters/one.adoc[]\n\ninclude::chapters/b-two.adoc[]\n\ninclude::chapters/a-three.adoc[]\n");
        put("chapters/one.adoc", "== One\n\n" + FERRY + "\n");
        put("chapters/b-two.adoc", "== Two\n\n" + BUDGET + "\n");
        put("chapters/a-three.adoc", "== Three\n\n" + BUDGET + "\n\n" + OWN + "\n");
        assertSameAsBatch();
        assertEquals("chapters/b-two.adoc", single(index.copiesIn(path("chapters/a-three.adoc"))).otherFile());
        Set<Path> changed = put("book.adoc", "= Book\n\ninclude::chapters/one.adoc[]\n\ninclude::chapters/a-three.adoc[]\n\n"
                + "include::chapters/b-two.adoc[]\n");
        assertSameAsBatch();
        assertEquals(Set.of(path("chapters/a-three.adoc"), path("chapters/b-two.adoc")), changed);
        assertEquals("chapters/a-three.adoc", single(index.copiesIn(path("chapters/b-two.adoc"))).otherFile());
    }

    @Test
    void editingTheFirstOccurrenceClearsTheCopyInTheOtherFileAndSaysSo() {
        put("a.md", "# A\n\n" + BUDGET + "\n");
        Set<Path> changed = put("b.md", "# B\n\n" + LIBRARY + "\n\n" + BUDGET + "\n");
        assertEquals(Set.of(path("b.md")), changed);
        CrossFileCopy copy = single(index.copiesIn(path("b.md")));
        assertEquals(3, copy.otherLine());
        assertEquals(BUDGET, copy.otherText());

        changed = put("a.md", "# A\n\nSome words first.\n\n" + BUDGET + "\n");
        assertEquals(Set.of(path("b.md")), changed, "the other copy moved two lines down");
        assertEquals(5, single(index.copiesIn(path("b.md"))).otherLine());

        changed = put("a.md", "# A\n\n" + FERRY + "\n");
        assertEquals(Set.of(path("b.md")), changed);
        assertEquals(List.of(), index.copiesIn(path("b.md")));
        assertSameAsBatch();
    }

    @Test
    void anEditThatLeavesTheCopiesAsTheyWereChangesNoOtherFile() {
        put("a.md", BUDGET + "\n\n" + OWN + "\n");
        put("b.md", BUDGET + "\n");
        put("c.md", FERRY + "\n");
        assertEquals(Set.of(), put("a.md", BUDGET + "\n\n" + OWN.replace("dog", "cat") + "\n"));
        assertEquals(Set.of(), put("c.md", FERRY + "\n\n" + LIBRARY + "\n"));
    }

    @Test
    void deletingAndRenamingAFileMovesTheReportToTheFileThatIsNowLater() {
        put("a.md", BUDGET + "\n");
        put("b.md", BUDGET + "\n\n" + OWN + "\n");
        put("c.md", BUDGET + "\n\n" + FERRY + "\n");
        assertEquals("a.md", single(index.copiesIn(path("c.md"))).otherFile());
        assertEquals(Set.of(path("b.md"), path("c.md")), remove("a.md"));
        assertEquals(List.of(), index.copiesIn(path("b.md")));
        assertEquals("b.md", single(index.copiesIn(path("c.md"))).otherFile());
        assertSameAsBatch();

        String text = files.get("b.md");
        Set<Path> changed = new HashSet<>(remove("b.md"));
        changed.addAll(put("d.md", text));
        assertEquals(Set.of(path("c.md"), path("d.md")), changed);
        assertEquals("c.md", single(index.copiesIn(path("d.md"))).otherFile());
        assertSameAsBatch();
    }

    @Test
    void aCopyIsRemovedAutomaticallyOnlyWhileTheOtherFileStillReadsAsSketched() {
        put("a.txt", BUDGET + "\n");
        put("b.txt", BUDGET + "\n");
        assertNotNull(single(index.copiesIn(path("b.txt"))).otherText());
        files.put("a.txt", FERRY + "\n"); // changed on disk, not yet put
        assertNull(single(index.copiesIn(path("b.txt"))).otherText(), "the fix stays offered, never automatic");
    }

    @Test
    void scopeFileKeepsNothing() {
        config = withOptions(Map.of("scope", "file"));
        put("a.md", BUDGET + "\n");
        assertEquals(Set.of(), put("b.md", BUDGET + "\n"));
        assertFalse(index().acrossFiles());
        assertEquals(List.of(), index.copiesIn(path("b.md")));
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 23, 42, 64})
    void randomEditsDeletionsRenamesAndReorderedBooksAlwaysMatchTheBatchSearch(long seed) {
        Random random = new Random(seed);
        boolean withBook = seed % 2 == 1; // without one, project order is path order and new files go in between
        String[] pool = new String[40];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = paragraph(random);
        }
        Map<String, String> start = new LinkedHashMap<>();
        for (int f = 0; f < 30; f++) {
            start.put(name(f, random), article(random, pool));
        }
        if (withBook) {
            start.put("book.adoc", book(random, start));
        }
        for (Map.Entry<String, String> file : start.entrySet()) {
            files.put(file.getKey(), file.getValue());
        }
        index = new ProjectIndex(config, this::text);
        index.putAll(files.keySet().stream().map(this::sketch).toList());
        assertSameAsBatch();
        int fileNames = 30;
        for (int step = 0; step < 150; step++) {
            List<String> names = new ArrayList<>(files.keySet());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> step(step, () -> remove(name));
                case 1 -> { // a rename: out under the old name, in under the new one
                    String text = files.get(name);
                    String renamed = name(fileNames++, random);
                    step(step, () -> remove(name));
                    step(step, () -> put(renamed, text));
                }
                case 2 -> {
                    String added = name(fileNames++, random);
                    String text = article(random, pool);
                    step(step, () -> put(added, text));
                }
                case 3 -> {
                    String text = withBook ? book(random, files) : article(random, pool);
                    String file = withBook ? "book.adoc" : name(fileNames++, random);
                    step(step, () -> put(file, text));
                }
                default -> {
                    String text = edited(files.getOrDefault(name, ""), random, pool);
                    step(step, () -> put(name, text));
                }
            }
        }
    }

    /** Applies one update; the index must then agree with the batch search, and name the files whose copies differ. */
    private void step(int step, java.util.function.Supplier<Set<Path>> update) {
        Map<String, List<CrossFileCopy>> before = batch();
        Set<Path> changed = update.get();
        Map<String, List<CrossFileCopy>> after = assertSameAsBatch();
        Set<Path> differing = new HashSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String file : all) {
            if (!before.getOrDefault(file, List.of()).equals(after.getOrDefault(file, List.of()))) {
                differing.add(path(file));
            }
        }
        assertEquals(differing, changed, "step " + step);
    }

    /** Checks every file's copies against the batch search over the same files; returns them. */
    private Map<String, List<CrossFileCopy>> assertSameAsBatch() {
        Map<String, List<CrossFileCopy>> expected = batch();
        for (String name : files.keySet()) {
            assertEquals(expected.get(name), index.copiesIn(path(name)), name);
        }
        return expected;
    }

    private Map<String, List<CrossFileCopy>> batch() {
        Map<String, ProjectDuplicates.FileSketch> sketches = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            sketches.put(name, sketch(name));
        }
        ProjectDuplicates found = ProjectDuplicates.find(new ArrayList<>(sketches.values()), config, this::text);
        Map<String, List<CrossFileCopy>> copies = new TreeMap<>();
        for (Map.Entry<String, ProjectDuplicates.FileSketch> file : sketches.entrySet()) {
            List<CrossFileCopy> in = new ArrayList<>(found.copiesIn(file.getValue()));
            in.sort(Comparator.comparingInt(CrossFileCopy::start));
            copies.put(file.getKey(), in);
        }
        return copies;
    }

    private ProjectIndex index() {
        if (index == null) {
            index = new ProjectIndex(config, this::text);
        }
        return index;
    }

    private Set<Path> put(String name, String text) {
        files.put(name, text);
        return index().put(sketch(name));
    }

    private Set<Path> remove(String name) {
        files.remove(name);
        return index().remove(path(name));
    }

    private ProjectDuplicates.FileSketch sketch(String name) {
        Document document = Document.parse(name, files.get(name), Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
        return ProjectDuplicates.sketch(path(name), name, document, config);
    }

    private CharSequence text(ProjectDuplicates.FileSketch file) {
        return files.get(file.name());
    }

    private static Path path(String name) {
        return ROOT.resolve(name);
    }

    private static Config withOptions(Map<String, Object> options) {
        return new Config(Map.of(DuplicateParagraphRule.ID, new RuleSettings(true, null, options)), List.of(), ROOT, null);
    }

    private static CrossFileCopy single(List<CrossFileCopy> copies) {
        assertEquals(1, copies.size(), copies::toString);
        return copies.get(0);
    }

    // A small random project: made-up words, so that only the copies made on purpose are alike.

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "den", "pi", "sul", "ar", "to", "ne",
        "bri", "gal", "hu", "fen"};

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder("The");
        for (int w = 0, n = 12 + random.nextInt(20); w < n; w++) {
            text.append(' ').append(word(random));
        }
        return text.append('.').toString();
    }

    private static String article(Random random, String[] pool) {
        StringBuilder text = new StringBuilder();
        for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
            text.append(random.nextInt(3) == 0 ? varied(pool[random.nextInt(pool.length)], random) : paragraph(random))
                    .append("\n\n");
        }
        return text.toString();
    }

    /** A paragraph as it is, with a word dropped, or with a word changed. */
    private static String varied(String paragraph, Random random) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        int at = 1 + random.nextInt(words.size() - 2);
        switch (random.nextInt(3)) {
            case 0 -> words.remove(at);
            case 1 -> words.set(at, word(random));
            default -> { }
        }
        return String.join(" ", words);
    }

    private static String edited(String text, Random random, String[] pool) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        int at = random.nextInt(paragraphs.size() + 1);
        switch (random.nextInt(3)) {
            case 0 -> paragraphs.add(at, varied(pool[random.nextInt(pool.length)], random));
            case 1 -> {
                if (at < paragraphs.size()) {
                    paragraphs.remove(at);
                }
            }
            default -> paragraphs.add(at, paragraph(random));
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static String name(int number, Random random) {
        return String.format("part-%d/file-%03d.%s", random.nextInt(3), number, random.nextBoolean() ? "md" : "adoc");
    }

    /** A master file including some of the AsciiDoc files of the project, in random order. */
    private static String book(Random random, Map<String, String> files) {
        List<String> chapters = new ArrayList<>(files.keySet().stream().filter(n -> n.endsWith(".adoc") && !n.equals("book.adoc")).toList());
        java.util.Collections.shuffle(chapters, random);
        StringBuilder text = new StringBuilder("= Book\n\n");
        for (String chapter : chapters.subList(0, Math.min(chapters.size(), 6))) {
            text.append("include::").append(chapter).append("[]\n\n");
        }
        return text.toString();
    }
}
