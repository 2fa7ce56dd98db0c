package org.copydesk.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.cli.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {
    @TempDir
    Path dir;

    private SourceFinder finder(List<String> includes, List<String> excludes, Set<Path> excludedFolders) {
        return new SourceFinder(dir, includes, excludes, true, excludedFolders);
    }

    @Test
    void walksInNameOrderForTheDefaultExtensionsAndSkipsVersionControlAndExcludedFolders() throws IOException {
        touch("b.MD", "a/c.adoc", "a/b.markdown", "a/a.text", "notes.rst", ".git/HEAD.md", "target/out.md", "z.asciidoc");
        SourceFinder.Result result = finder(List.of(), List.of(), Set.of(dir.resolve("target"))).find(List.of("."), null);
        assertEquals(List.of("a/a.text", "a/b.markdown", "a/c.adoc", "b.MD", "z.asciidoc"), names(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void namesKeepTheArgumentAsGiven() throws IOException {
        touch("docs/x/a.md");
        assertEquals(List.of("docs/x/a.md"), names(finder(List.of(), List.of(), Set.of()).find(List.of("docs/"), null)));
        assertEquals(List.of("./docs/x/a.md"), names(finder(List.of(), List.of(), Set.of()).find(List.of("./docs"), null)));
    }

    @Test
    void anExplicitFileIsTakenWhateverItsExtensionAndOnlyOnce() throws IOException {
        touch("notes.rst", "a.md");
        SourceFinder.Result result = finder(List.of(), List.of(), Set.of()).find(List.of("notes.rst", "a.md", ".", "./a.md"), null);
        assertEquals(List.of("notes.rst", "a.md"), names(result));
    }

    @Test
    void excludesApplyToFoldersFilesAndExplicitFiles() throws IOException {
        touch("drafts/a.md", "final/b.md", "final/old/c.md", "final/d.md");
        SourceFinder finder = finder(List.of(), List.of("drafts", "old/", "d.md"), Set.of());
        assertEquals(List.of("final/b.md"), names(finder.find(List.of("."), null)));
        assertEquals(List.of(), names(finder.find(List.of("drafts/a.md"), null)));
    }

    @Test
    void includesReplaceTheDefaultExtensions() throws IOException {
        touch("a.md", "b.rst", "sub/c.rst");
        assertEquals(List.of("b.rst", "sub/c.rst"), names(finder(List.of("*.rst"), List.of(), Set.of()).find(List.of("."), null)));
    }

    @Test
    void symbolicLinksToFoldersAreNotFollowedButLinkedFilesAreTaken() throws IOException {
        touch("real/a.md", "other/b.md");
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("real/linked.md"), dir.resolve("other/b.md"));
        assertEquals(List.of("real/a.md", "real/linked.md"), names(finder(List.of(), List.of(), Set.of()).find(List.of("real"), null)));
    }

    @Test
    void missingPathsAndStandardInput() {
        SourceFinder.Result result = finder(List.of(), List.of(), Set.of()).find(List.of("gone.md", "-"), "in.md");
        assertEquals(List.of(Problem.error("gone.md", "no such file or directory")), result.problems());
        assertEquals(List.of("in.md"), names(result));
        assertEquals(true, result.sources().get(0).stdin());
    }

    @Test
    void gitIgnoreFilesApplyFromTheWorkTreeRootDown() throws IOException {
        touch(".git/info/exclude", "docs/a.md", "docs/b.md", "docs/sub/c.md", "docs/sub/d.md");
        Files.writeString(dir.resolve(".git/info/exclude"), "d.md\n");
        Files.writeString(dir.resolve(".gitignore"), "b.md\nc.md\n");
        Files.writeString(dir.resolve("docs/sub/.gitignore"), "!c.md\n");
        assertEquals(List.of("docs/a.md", "docs/sub/c.md"), names(finder(List.of(), List.of(), Set.of()).find(List.of("docs"), null)));
        assertEquals(List.of("docs/a.md", "docs/b.md", "docs/sub/c.md", "docs/sub/d.md"),
                names(new SourceFinder(dir, List.of(), List.of(), false, Set.of()).find(List.of("docs"), null)));
    }

    /** A folder per level, 1,800 levels: a recursive walk overflows a small stack long before the bottom. */
    @Test
    void aTreeThousandsOfFoldersDeepIsWalkedOnASmallStack() throws Exception {
        List<Path> levels = new ArrayList<>();
        Path deep = dir;
        for (int level = 0; level < 1_800; level++) {
            deep = deep.resolve("a");
            levels.add(deep);
        }
        try {
            Files.createDirectories(deep);
            Files.writeString(deep.resolve("bottom.md"), "text\n");
            Files.writeString(dir.resolve("a/a/top.md"), "text\n");
            SourceFinder.Result[] result = new SourceFinder.Result[1];
            Thread walker = new Thread(null, () -> result[0] = finder(List.of(), List.of(), Set.of()).find(List.of("."), null),
                    "walker", 128 * 1024);
            walker.start();
            walker.join();
            assertEquals(List.of(), result[0].problems());
            assertEquals(List.of("a/".repeat(1_800) + "bottom.md", "a/a/top.md"), names(result[0]));
        } finally {
            // the temporary folder's own clean-up takes minutes over a tree this deep
            Files.deleteIfExists(deep.resolve("bottom.md"));
            Files.deleteIfExists(dir.resolve("a/a/top.md"));
            for (int level = levels.size() - 1; level >= 0; level--) {
                Files.deleteIfExists(levels.get(level));
            }
        }
    }

    /** A folder whose path is longer than the system takes (reached here through a link): said, never silently left out. */
    @Test
    void whatLiesPastTheLongestPathIsReportedNotSkipped() throws IOException {
        String name = "n".repeat(200);
        Path deep = dir;
        while (deep.toString().length() + 2 * (name.length() + 1) < 4_000) {
            deep = deep.resolve(name);
        }
        Files.createDirectories(deep);
        Path shortcut = Files.createSymbolicLink(dir.resolve("shortcut"), deep);
        Path past = Files.createDirectories(shortcut.resolve(name).resolve(name).resolve(name));
        try {
            Files.writeString(past.resolve("lost.md"), "text\n");
            SourceFinder.Result result = finder(List.of(), List.of(), Set.of()).find(List.of("."), null);
            assertEquals(List.of(), names(result), "nothing is readable down there");
            assertEquals(1, result.problems().size(), result.problems()::toString);
            Problem problem = result.problems().get(0);
            assertTrue(problem.error() && problem.message().startsWith("cannot read"), problem::toString);
            assertTrue(problem.path().endsWith(name), problem::toString);
        } finally {
            // what lies past the limit can only be deleted through the shortcut
            Files.deleteIfExists(past.resolve("lost.md"));
            for (Path folder = past; !folder.equals(shortcut); folder = folder.getParent()) {
                Files.deleteIfExists(folder);
            }
            Files.delete(shortcut);
        }
    }

    @Test
    void oneFileReachedThroughTwoLinksIsTakenOnce() throws IOException {
        touch("b_real.md");
        Files.createSymbolicLink(dir.resolve("a_link.md"), dir.resolve("b_real.md"));
        Files.createSymbolicLink(dir.resolve("c_link.md"), Path.of("b_real.md"));
        assertEquals(List.of("a_link.md"), names(finder(List.of(), List.of(), Set.of()).find(List.of(".", "b_real.md"), null)));
    }

    @Test
    void filesNamedExplicitlyAreMarkedSoAndAnEmptyArgumentIsAProblem() throws IOException {
        touch("a.md", "docs/b.md");
        SourceFinder.Result result = finder(List.of(), List.of(), Set.of()).find(List.of("a.md", "docs", ""), null);
        assertEquals(List.of(true, false), result.sources().stream().map(Source::named).toList());
        assertEquals(List.of(Problem.error("''", "an empty path names no file")), result.problems());
    }

    private void touch(String... paths) throws IOException {
        for (String path : paths) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "text\n");
        }
    }

    private static List<String> names(SourceFinder.Result result) {
        return result.sources().stream().map(Source::name).toList();
    }
}
