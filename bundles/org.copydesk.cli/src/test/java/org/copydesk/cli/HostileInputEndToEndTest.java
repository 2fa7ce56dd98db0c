package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd and hostile files: each run ends within the process timeout with exit code 0, 1 or 2 as documented, one
 * line per problem and no stack trace.
 */
class HostileInputEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void oddButValidDocumentsAreChecked() throws IOException {
        Articles.write(dir.resolve("empty.md"), "");
        Articles.write(dir.resolve("blank.txt"), " \n\t\n\n   ");
        Articles.write(dir.resolve("cr-only.txt"), Articles.example().replace('\n', '\r'));
        Articles.write(dir.resolve("mixed.txt"), mixLineEndings(Articles.example()));
        Articles.write(dir.resolve("one-line.txt"), "A sentence that goes on and on without a break. ".repeat(21_000));
        Articles.write(dir.resolve("quotes.md"), "\"".repeat(10_000) + "\n\n" + "\u201c".repeat(5_000) + "\n");
        Articles.write(dir.resolve("nested.md"), "\u201c\u2018\"'".repeat(2_500) + "He said." + "'\"\u2019\u201d".repeat(2_500) + "\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "json", "--fail-on", "never", ".");
        assertEquals(0, run.exitCode(), run::toString);
        assertNoStackTrace(run);
        assertEquals(7, ReportJson.files(run).size(), run::toString);
    }

    @Test
    void crOnlyAndMixedCopiesAreFixedAndKeepTheirLineBreaks() throws IOException {
        Path crOnly = Articles.write(dir.resolve("cr-only.txt"), Articles.example().replace('\n', '\r'));
        Copydesk.Run run = Copydesk.run(dir, "fix", "cr-only.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.fixed().replace('\n', '\r'), Copydesk.read(crOnly));
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100L << 20);
        }
        Copydesk.Run run = Copydesk.run(dir, "check", "huge.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("copydesk: error: huge.txt: file is 100 MB, over the size limit of 32 MB, not checked; "
                + "raise the limit with --max-file-size\n", run.stderr());
    }

    @Test
    void configFilesThatAreNotYamlOrHaveWrongTypesAreOneLineErrors() throws IOException {
        Articles.write(dir.resolve("a/article.txt"), Articles.example());
        Files.write(dir.resolve("a/.copydesk.yaml"), new byte[] {'r', 'u', 'l', 'e', 's', ':', ' ', (byte) 0xFF, '\n'});
        Articles.write(dir.resolve("b/article.txt"), Articles.example());
        Articles.write(dir.resolve("b/.copydesk.yaml"), "rules:\n  duplicate-paragraph:\n    enabled: maybe\n");
        Articles.write(dir.resolve("c/article.txt"), Articles.example());
        Articles.write(dir.resolve("c/.copydesk.yaml"), "{\"rules\": [1, 2]}\n");
        Articles.write(dir.resolve("d/article.txt"), Articles.example());
        Articles.write(dir.resolve("d/.copydesk.yaml"), "rules: {duplicate-paragraph: &a [*a]}\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "a", "b", "c", "d");
        assertEquals(2, run.exitCode(), run::toString);
        assertNoStackTrace(run);
        List<String> errors = run.stderr().lines().toList();
        assertEquals(4, errors.size(), run::toString);
        assertTrue(errors.get(0).contains(dir.resolve("a/.copydesk.yaml").toString()), run::toString);
        assertTrue(errors.get(1).contains(dir.resolve("b/.copydesk.yaml") + ":3:"), run::toString);
        assertTrue(errors.get(2).contains(dir.resolve("c/.copydesk.yaml") + ":1:"), run::toString);
        assertTrue(errors.get(3).contains(dir.resolve("d/.copydesk.yaml").toString()), run::toString);
    }

    @Test
    void aFileThatIsNotUtf8IsNeitherCheckedNorRewrittenAndTheRestProceeds() throws IOException {
        byte[] windows1252 = "Caf\u00e9 \u201cquoted\u201d\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path bad = Files.write(dir.resolve("a-bad.txt"), windows1252);
        Path good = Articles.write(dir.resolve("b-good.txt"), Articles.example());
        Copydesk.Run run = Copydesk.run(dir, "fix", ".");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().startsWith("copydesk: error: a-bad.txt: invalid UTF-8 at byte offset 3 (line 1)"), run::toString);
        assertArrayEquals(windows1252, Files.readAllBytes(bad));
        assertEquals(Articles.fixed(), Copydesk.read(good));
    }

    /** Thousands of levels overflowed the YAML composer: exit 1 ("findings") and a thousand lines of stack. */
    @Test
    void aConfigNestedThousandsOfLevelsDeepIsAConfigError() throws IOException {
        Articles.write(dir.resolve("a.txt"), "A short draft.\n");
        // the top-level mapping is the first level: the 50th "[" is the 51st
        Articles.write(dir.resolve("deep.yaml"), "rules: " + "[".repeat(3_000) + "]".repeat(3_000) + "\n");
        Articles.write(dir.resolve("sub/.copydesk.yaml"), "rules: " + "{a: ".repeat(3_000) + "1" + "}".repeat(3_000) + "\n");
        Articles.write(dir.resolve("sub/b.txt"), "A short draft.\n");
        Copydesk.Run given = Copydesk.run(dir, "check", "-c", "deep.yaml", "a.txt");
        assertEquals(2, given.exitCode(), given::toString);
        assertEquals("copydesk: error: deep.yaml:1:" + (7 + 50) + ": lists and mappings nested more than 50 levels deep; "
                + "a Copydesk config needs four\n", given.stderr().replace(dir.toRealPath() + "/", "").replace(dir + "/", ""));
        Copydesk.Run found = Copydesk.run(dir, "check", "sub/b.txt");
        assertEquals(2, found.exitCode(), found::toString);
        assertEquals(1, found.stderr().lines().count(), found::toString);
        assertTrue(found.stderr().contains("sub/.copydesk.yaml:1:"), found::toString);
    }

    @Test
    void aKeyGivenTwiceIsAConfigErrorNamingBothLines() {
        Articles.write(dir.resolve("a.txt"), Articles.example());
        Articles.write(dir.resolve(".copydesk.yaml"), "rules:\n  duplicate-paragraph:\n    severity: error\n    severity: info\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "a.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("copydesk: error: " + dir.resolve(".copydesk.yaml") + ":4:5: rules.duplicate-paragraph.severity: duplicate key, "
                + "first given on line 3; give it once\n", run.stderr());
    }

    /** Nested counted empty groups loop without reading the text: refused when read, in seconds, not run for half an hour. */
    @Test
    void aSignatureThatRepeatsAnEmptyMatchIsRefused() {
        Articles.write(dir.resolve("one.txt"), "Just one short line of prose.\n");
        Articles.write(dir.resolve(".copydesk.yaml"), "rules:\n  cms-footer:\n    signatures: [\"/((){1000000}){1000000}x/\"]\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "one.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().contains(".copydesk.yaml:3:") && run.stderr().contains("repeats a part that can match nothing"), run::toString);
    }

    private static String mixLineEndings(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        String[] breaks = {"\r\n", "\n", "\r"};
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append(breaks[i % breaks.length]);
            }
        }
        return out.toString();
    }

    private static void assertNoStackTrace(Copydesk.Run run) {
        assertFalse(run.stderr().contains("\tat ") || run.stderr().contains("Exception in thread"), run::toString);
    }

    /** The JSON report of a run, read back. */
    static final class ReportJson {
        static List<String> files(Copydesk.Run run) throws IOException {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.stdoutBytes()).get("files").findValuesAsText("path");
        }
    }
}
