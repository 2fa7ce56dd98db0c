package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code copydesk check} run as a process on real files. */
class CheckEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theExampleArticleHasEightDuplicatesOnLines13To20AndExits1() {
        Articles.write(dir.resolve("article.txt"), Articles.example());
        Copydesk.Run run = Copydesk.run(dir, "check", "article.txt");
        assertEquals(1, run.exitCode(), run::toString);
        List<String> duplicates = run.stdoutLines().stream().filter(l -> l.contains("[duplicate-paragraph]")).toList();
        assertEquals(IntStream.rangeClosed(13, 20).mapToObj(line -> "article.txt:" + line + ":1: warning [duplicate-paragraph]").toList(),
                duplicates.stream().map(l -> l.substring(0, l.indexOf(']') + 1)).toList());
        for (String line : duplicates) {
            int at = Integer.parseInt(line.split(":")[1]);
            assertTrue(line.contains("line " + (at - 8)), line);
        }
        assertEquals("", run.stderr());
    }

    @Test
    void jsonKeepsTheContract() throws IOException {
        Articles.write(dir.resolve("article.txt"), Articles.example());
        Articles.write(dir.resolve("clean.txt"), Articles.plain());
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "json", "article.txt", "clean.txt");
        assertEquals(1, run.exitCode(), run::toString);
        JsonNode root = JSON.readTree(run.stdoutBytes());
        assertEquals(List.of("tool", "files"), names(root));
        assertEquals("copydesk", root.get("tool").get("name").asText());
        assertFalse(root.get("tool").get("version").asText().isEmpty());
        assertEquals(List.of("article.txt", "clean.txt"), root.get("files").findValuesAsText("path"));
        assertEquals(0, root.get("files").get(1).get("findings").size(), "a clean file is listed with []");
        String text = Articles.example();
        List<Integer> lines = new ArrayList<>();
        for (JsonNode finding : root.get("files").get(0).get("findings")) {
            assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "related", "fixes"),
                    names(finding));
            if (!finding.get("rule").asText().equals("duplicate-paragraph")) {
                continue;
            }
            int line = finding.get("line").asInt();
            int offset = finding.get("offset").asInt();
            int length = finding.get("length").asInt();
            lines.add(line);
            assertEquals("warning", finding.get("severity").asText());
            assertEquals(Articles.exampleLines().get(line - 1), text.substring(offset, offset + length), "offset and length cover the line");
            assertEquals(1, finding.get("column").asInt());
            assertEquals(line, finding.get("endLine").asInt());
            assertEquals(1 + length, finding.get("endColumn").asInt(), "endColumn is exclusive");
            JsonNode related = finding.get("related").get(0);
            assertEquals(List.of("line", "column", "message"), names(related));
            assertEquals(line - 8, related.get("line").asInt());
            JsonNode fix = finding.get("fixes").get(0);
            assertEquals(List.of("id", "label", "automatic", "edits"), names(fix));
            JsonNode edit = fix.get("edits").get(0);
            assertEquals(List.of("offset", "length", "replacement"), names(edit));
            assertEquals(offset - 1, edit.get("offset").asInt(), "the removal takes the line break before the copy");
            assertEquals(length + 1, edit.get("length").asInt());
            assertEquals("", edit.get("replacement").asText());
        }
        assertEquals(IntStream.rangeClosed(13, 20).boxed().toList(), lines);
    }

    @Test
    void aCleanArticleExits0() {
        Articles.write(dir.resolve("clean.txt"), Articles.clean());
        Copydesk.Run run = Copydesk.run(dir, "check", "clean.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.stdout().contains("1 file checked"), run::toString);
    }

    @Test
    void aMissingFileExits2NamingIt() {
        Articles.write(dir.resolve("clean.txt"), Articles.clean());
        Copydesk.Run run = Copydesk.run(dir, "check", "clean.txt", "no-such-draft.md");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("copydesk: error: no-such-draft.md: no such file or directory\n", run.stderr());
    }

    @Test
    void aBrokenConfigExits2NamingTheFileAndLineWithoutAStackTrace() {
        Articles.write(dir.resolve("docs/article.txt"), Articles.example());
        Articles.write(dir.resolve(".copydesk.yaml"), "rules:\n  duplicate-paragraph:\n    similarty: 0.8\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "docs");
        assertEquals(2, run.exitCode(), run::toString);
        String configFile = dir.resolve(".copydesk.yaml").toAbsolutePath().toString();
        assertTrue(run.stderr().startsWith("copydesk: error: " + configFile + ":3:5: rules.duplicate-paragraph.similarty: unknown option"),
                run::toString);
        assertEquals(1, run.stderr().lines().count(), run::toString);
        assertFalse(run.stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void aConfigGivenWithConfigThatIsNotYamlExits2() {
        Articles.write(dir.resolve("article.txt"), Articles.example());
        Articles.write(dir.resolve("settings.yaml"), "rules: [unclosed\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "--config", "settings.yaml", "article.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().startsWith("copydesk: error: " + dir.resolve("settings.yaml").toAbsolutePath() + ":"), run::toString);
        assertEquals(1, run.stderr().lines().count(), run::toString);
    }

    @Test
    void theNearestConfigApplies() {
        Articles.write(dir.resolve("strict/article.txt"), Articles.example());
        Articles.write(dir.resolve("strict/.copydesk.yaml"), "rules:\n  duplicate-paragraph: error\n");
        Articles.write(dir.resolve("relaxed/article.txt"), Articles.example());
        Articles.write(dir.resolve("relaxed/.copydesk.yaml"), "rules:\n  duplicate-paragraph: off\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "--fail-on", "error", ".");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.stdoutLines().stream().filter(l -> l.contains("[duplicate-paragraph]")).allMatch(l -> l.startsWith("strict/article.txt:") && l.contains(": error [")),
                run::toString);
    }

    @Test
    void failOnNeverAndInfoSetTheExitCode() {
        Articles.write(dir.resolve("article.txt"), Articles.example());
        assertEquals(0, Copydesk.run(dir, "check", "--fail-on", "never", "article.txt").exitCode());
        assertEquals(0, Copydesk.run(dir, "check", "--fail-on", "error", "article.txt").exitCode());
    }

    @Test
    void foldersAreWalkedInNameOrderForTheDefaultExtensionsSkippingWhatGitIgnores() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Articles.write(dir.resolve(".gitignore"), "build/\n*.draft.md\n!keep.draft.md\n");
        Articles.write(dir.resolve("b.md"), "# B\n");
        Articles.write(dir.resolve("a/z.adoc"), "= Z\n");
        Articles.write(dir.resolve("a/y.txt"), "y\n");
        Articles.write(dir.resolve("a/notes.rst"), "not a format Copydesk reads\n");
        Articles.write(dir.resolve("build/out.md"), "ignored\n");
        Articles.write(dir.resolve("c.draft.md"), "ignored\n");
        Articles.write(dir.resolve("keep.draft.md"), "kept\n");
        Articles.write(dir.resolve("vendor/x.md"), "excluded\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "json", "--exclude", "vendor", ".");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("a/y.txt", "a/z.adoc", "b.md", "keep.draft.md"), JSON.readTree(run.stdoutBytes()).get("files").findValuesAsText("path"));

        Copydesk.Run all = Copydesk.run(dir, "check", "--format", "json", "--no-gitignore", "--include", "*.rst", "--include", "*.md", "a", "build");
        assertEquals(List.of("a/notes.rst", "build/out.md"), JSON.readTree(all.stdoutBytes()).get("files").findValuesAsText("path"));
    }

    @Test
    void manyFilesComeOutInArgumentOrderWhateverTheThreads() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("d%02d/article.txt", 59 - i);
            // every third file is slow to check, so threads finish out of order
            Articles.write(dir.resolve(name), i % 3 == 0 ? Articles.example().repeat(20) : Articles.clean());
            expected.add(name);
        }
        List<String> arguments = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never", "--jobs", "4"));
        arguments.addAll(expected);
        Copydesk.Run run = Copydesk.run(dir, arguments.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(expected, JSON.readTree(run.stdoutBytes()).get("files").findValuesAsText("path"));
    }

    /** The config's ignore list applies to what folders hold; a file named on the command line is always checked. */
    @Test
    void aFileNamedExplicitlyIsCheckedEvenWhereTheConfigIgnoresIt() throws IOException {
        Articles.write(dir.resolve(".copydesk.yaml"), "ignore: [\"b.txt\"]\n");
        Articles.write(dir.resolve("b.txt"), Articles.example());
        Copydesk.Run named = Copydesk.run(dir, "check", "b.txt");
        assertEquals(1, named.exitCode(), named::toString);
        assertTrue(named.stdout().startsWith("b.txt:13:1: warning [duplicate-paragraph]"), named::toString);
        Copydesk.Run walked = Copydesk.run(dir, "check", ".");
        assertEquals(0, walked.exitCode(), walked::toString);
        assertEquals("0 files checked, no findings\n", walked.stdout());
    }

    @Test
    void standardInputIsCheckedUnderTheNameGiven() throws IOException {
        Copydesk.Run run = Copydesk.runWithInput(dir, Articles.example().getBytes(StandardCharsets.UTF_8),
                "check", "--format", "json", "--stdin-filename", "drafts/article.txt", "-");
        assertEquals(1, run.exitCode(), run::toString);
        JsonNode file = JSON.readTree(run.stdoutBytes()).get("files").get(0);
        assertEquals("drafts/article.txt", file.get("path").asText());
        assertTrue(file.get("findings").size() >= 8);
    }

    @Test
    void aBinaryFileIsSkippedWithAWarning() throws IOException {
        Files.write(dir.resolve("logo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Articles.write(dir.resolve("clean.md"), Articles.plain());
        Copydesk.Run run = Copydesk.run(dir, "check", ".");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("copydesk: warning: logo.md: binary file (NUL byte at byte offset 4), skipped\n", run.stderr());
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByteOffset() throws IOException {
        byte[] good = "First line.\nSecond ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = 't';
        bytes[good.length + 2] = '\n';
        Files.write(dir.resolve("latin1.txt"), bytes);
        Copydesk.Run run = Copydesk.run(dir, "check", "latin1.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().startsWith("copydesk: error: latin1.txt: invalid UTF-8 at byte offset " + good.length + " (line 2)"), run::toString);
        assertEquals(0, Copydesk.run(dir, "check", "--encoding", "ISO-8859-1", "latin1.txt").exitCode(), "read with the encoding given");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedClearly() {
        Articles.write(dir.resolve("big.txt"), "word ".repeat(50_000));
        Copydesk.Run run = Copydesk.run(dir, "check", "--max-file-size", "100k", "big.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("copydesk: error: big.txt: file is 244.1 KB, over the size limit of 100 KB, not checked; "
                + "raise the limit with --max-file-size\n", run.stderr());
    }

    @Test
    void usageErrorsExit2WithOneLine() {
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "yaml", ".");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.stderr().lines().count(), run::toString);
        assertTrue(run.stderr().contains("unknown format 'yaml'"), run::toString);
    }

    @Test
    void hostileFileNamesAreEscapedInEveryFormat() throws Exception {
        String name = "a<b&c]]>\"q'\u0001\u001b[31m.txt";
        Articles.write(dir.resolve(name), Articles.example());
        for (String format : List.of("json", "sarif", "checkstyle", "junit", "github", "text")) {
            Copydesk.Run run = Copydesk.run(dir, "check", "--format", format, "--output", "report." + format, name);
            assertEquals(1, run.exitCode(), run::toString);
            Path report = dir.resolve("report." + format);
            switch (format) {
                case "json" -> assertEquals(name, JSON.readTree(report.toFile()).get("files").get(0).get("path").asText());
                case "sarif" -> assertEquals(List.of(), ReportReaders.sarifErrors(Files.readString(report)));
                case "checkstyle" -> assertEquals("a<b&c]]>\"q'\\u0001\\u001b[31m.txt",
                        ReportReaders.xml(report).getElementsByTagName("file").item(0).getAttributes().getNamedItem("name").getNodeValue());
                case "junit" -> assertEquals("a<b&c]]>\"q'\\u0001\\u001b[31m.txt",
                        ReportReaders.xml(report).getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue());
                case "github" -> assertTrue(Files.readAllLines(report).stream().allMatch(l -> l.startsWith("::")));
                default -> assertTrue(Files.readAllLines(report).stream().allMatch(l -> l.startsWith("a<b&c]]>\"q'\\u0001\\u001b[31m.txt:")));
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
