package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.copydesk.core.io.ByteOrderMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk fix} run as a process on real files. */
class FixEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void fixesTheExampleArticleAndASecondFixChangesNothing() throws IOException {
        Path article = Articles.write(dir.resolve("article.txt"), Articles.example());
        Copydesk.Run run = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.fixed(), Copydesk.read(article));
        int fixed = Articles.fixed().equals(Articles.clean()) ? 9 : 8;
        long left = Copydesk.run(dir, "check", "article.txt").stdoutLines().stream().filter(l -> l.startsWith("article.txt:")).count();
        assertEquals("1 file changed, " + fixed + " findings fixed, " + left + " left", run.stdoutLines().get(run.stdoutLines().size() - 1));

        Files.setLastModifiedTime(article, FileTime.fromMillis(1_000_000_000L));
        Copydesk.Run again = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(Articles.fixed(), Copydesk.read(article));
        assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(article), "an unchanged file is not touched");
        assertTrue(again.stdout().contains("0 files changed, 0 findings fixed, " + left + " left"), again::toString);
    }

    @Test
    void aCrlfCopyStaysCrlfAndItsPermissionsStay() throws IOException {
        Path article = Articles.write(dir.resolve("article.txt"), Articles.crlf(Articles.example()));
        Files.setPosixFilePermissions(article, PosixFilePermissions.fromString("rw-r-----"));
        Copydesk.Run run = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertArrayEquals(Articles.crlf(Articles.fixed()).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(article));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(article)));
    }

    @Test
    void aBomAndUtf16AreKept() throws IOException {
        byte[] bom = ByteOrderMark.UTF_16LE.bytes();
        Path article = Files.write(dir.resolve("article.txt"), concat(bom, Articles.example().getBytes(StandardCharsets.UTF_16LE)));
        Copydesk.Run run = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertArrayEquals(concat(bom, Articles.fixed().getBytes(StandardCharsets.UTF_16LE)), Files.readAllBytes(article));
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndChangesNothing() throws IOException {
        Path article = Articles.write(dir.resolve("article.txt"), Articles.example());
        Copydesk.Run run = Copydesk.run(dir, "fix", "--dry-run", "article.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.example(), Copydesk.read(article));
        String diff = run.stdout();
        assertTrue(diff.startsWith("--- a/article.txt\n+++ b/article.txt\n@@ -10,"), diff);
        assertEquals(8, diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count()
                - (Articles.fixed().equals(Articles.clean()) ? 1 : 0));
        assertTrue(run.stderr().contains("1 file would change"), run::toString);
    }

    @Test
    void aReadOnlyFileIsReportedAndTheOthersAreFixed() throws IOException {
        Path locked = Articles.write(dir.resolve("a-locked.txt"), Articles.example());
        Path open = Articles.write(dir.resolve("b-open.txt"), Articles.example());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        Copydesk.Run run = Copydesk.run(dir, "fix", ".");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().contains("copydesk: error: a-locked.txt: read-only file, not changed"), run::toString);
        assertEquals(Articles.example(), Copydesk.read(locked));
        assertEquals(Articles.fixed(), Copydesk.read(open));
    }

    @Test
    void neverWritesThroughASymbolicLinkOutOfTheTree() throws IOException {
        Path outside = Articles.write(dir.resolve("outside/article.txt"), Articles.example());
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("linked.txt"), outside);
        Copydesk.Run run = Copydesk.run(tree, "fix", ".");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().contains("linked.txt: symbolic link to"), run::toString);
        assertEquals(Articles.example(), Copydesk.read(outside));
    }

    @Test
    void invalidUtf8IsNeverRewritten() throws IOException {
        byte[] bytes = concat(Articles.example().getBytes(StandardCharsets.UTF_8), new byte[] {'\n', (byte) 0xFF, '\n'});
        Path article = Files.write(dir.resolve("article.txt"), bytes);
        Copydesk.Run run = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().contains("invalid UTF-8 at byte offset " + (bytes.length - 2)), run::toString);
        assertArrayEquals(bytes, Files.readAllBytes(article));
    }

    @Test
    void standardInputIsFixedToStandardOutput() {
        Copydesk.Run run = Copydesk.runWithInput(dir, Articles.crlf(Articles.example()).getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.crlf(Articles.fixed()), run.stdout());
    }

    /** {@code check -o draft.txt draft.txt}, one slip of the argument order, replaced the draft with its report. */
    @Test
    void anOutputFileThatIsOneOfTheInputsIsRefused() throws IOException {
        Path draft = Articles.write(dir.resolve("draft.txt"), Articles.example());
        Files.createSymbolicLink(dir.resolve("link.txt"), draft.getFileName());
        Files.createLink(dir.resolve("hard.txt"), draft);
        Path config = Articles.write(dir.resolve(".copydesk.yaml"), "rules:\n  unattributed-quote: off\n");
        for (List<String> command : List.of(List.of("check", "-o", "draft.txt", "draft.txt"), List.of("fix", "-o", "draft.txt", "draft.txt"),
                List.of("fix", "--output", "link.txt", "."), List.of("check", "-o", "hard.txt", "draft.txt"),
                List.of("check", "-o", "./draft.txt", "--format", "json", "draft.txt"))) {
            Copydesk.Run run = Copydesk.run(dir, command.toArray(String[]::new));
            assertEquals(2, run.exitCode(), () -> command + ": " + run);
            assertEquals(1, run.stderr().lines().count(), () -> command + ": " + run);
            assertTrue(run.stderr().contains("the report would overwrite it, nothing done"), () -> command + ": " + run);
            assertEquals(Articles.example(), Copydesk.read(draft), command::toString);
        }
        Copydesk.Run onConfig = Copydesk.run(dir, "check", "-o", ".copydesk.yaml", "draft.txt");
        assertEquals(2, onConfig.exitCode(), onConfig::toString);
        assertTrue(onConfig.stderr().contains("--output names the config file"), onConfig::toString);
        assertEquals("rules:\n  unattributed-quote: off\n", Copydesk.read(config));
    }

    @Test
    void bytesOutsideTheFixesStayAsTheyWereInAnyEncoding() throws IOException {
        Charset ms932 = Charset.forName("windows-31j");
        byte[] title = {'T', 'i', 't', 'l', 'e', ' ', (byte) 0xED, 0x40, (byte) 0xED, 0x41, '\n', '\n'};
        String paragraph = "The harbour council met on Tuesday to approve the new ferry timetable for the spring season.\n";
        byte[] once = concat(title, paragraph.getBytes(ms932));
        Path draft = Files.write(dir.resolve("sjis.txt"), concat(once, ("\n" + paragraph).getBytes(ms932)));
        Copydesk.Run run = Copydesk.run(dir, "fix", "--encoding", "windows-31j", "sjis.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertArrayEquals(once, Files.readAllBytes(draft));
    }

    /** Under LANG=C Java cannot spell a non-ASCII name as text: no path may be made from one. */
    @Test
    void nonAsciiFileNamesAreFixedUnderAnAsciiLocale() throws IOException {
        Articles.write(dir.resolve(".copydesk.yaml"), "ignore: [archive/**]\n");
        Path cafe = Articles.write(dir.resolve("caf\u00e9.txt"), Articles.example());
        Path overview = Articles.write(dir.resolve("\u00dcbersicht.md"), Articles.example());
        Path excluded = Articles.write(dir.resolve("na\u00efve.txt"), Articles.example());
        Path archived = Articles.write(dir.resolve("archive/\u00e4lter.txt"), Articles.example());
        Copydesk.Run run = Copydesk.runWithEnvironment(dir, Map.of("LC_ALL", "C", "LANG", "C"), "fix", "--exclude", "na*.txt", ".");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.fixed(), Copydesk.read(cafe));
        assertEquals(Articles.fixed(), Copydesk.read(overview));
        assertEquals(Articles.example(), Copydesk.read(excluded), "--exclude must still exclude it");
        assertEquals(Articles.example(), Copydesk.read(archived), "the config's ignore list must still ignore it");
    }

    /** Every name of a file sees the fix; a rename would have left the other names with the old text. */
    @Test
    void aFileWithHardLinksIsFixedForEveryName() throws IOException {
        Path article = Articles.write(dir.resolve("article.txt"), Articles.example());
        Path other = Files.createLink(dir.resolve("other-name.txt"), article);
        Copydesk.Run run = Copydesk.run(dir, "fix", "article.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Articles.fixed(), Copydesk.read(other));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "a backup was left");
        }
    }

    @Test
    void oneFileBehindTwoLinksIsFixedAndCountedOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sl"));
        Articles.write(folder.resolve("b_real.txt"), Articles.example());
        Files.createSymbolicLink(folder.resolve("a_link.txt"), Path.of("b_real.txt"));
        Files.createSymbolicLink(folder.resolve("c_link.txt"), Path.of("b_real.txt"));
        Copydesk.Run run = Copydesk.run(dir, "fix", "sl");
        assertEquals(0, run.exitCode(), run::toString);
        int fixed = Articles.fixed().equals(Articles.clean()) ? 9 : 8;
        assertTrue(run.stdout().startsWith("1 file changed, " + fixed + " findings fixed"), run::toString);
    }

    /** {@code copydesk fix "$UNSET"} must not fix the whole current folder. */
    @Test
    void anEmptyPathIsAUsageError() {
        Path article = Articles.write(dir.resolve("article.txt"), Articles.example());
        Copydesk.Run run = Copydesk.run(dir, "fix", "");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().startsWith("copydesk: error: an empty path names no file"), run::toString);
        assertEquals(Articles.example(), Copydesk.read(article));
    }

    /** What is left in a file that could not be checked is not known, and the summary says so rather than "0 left". */
    @Test
    void filesThatCouldNotBeCheckedAreCountedInTheSummary() throws IOException {
        Files.write(dir.resolve("a-bad.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Path locked = Articles.write(dir.resolve("b-locked.txt"), Articles.example());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        Copydesk.Run run = Copydesk.run(dir, "fix", ".");
        assertEquals(2, run.exitCode(), run::toString);
        long left = Copydesk.run(dir, "check", "b-locked.txt").stdoutLines().stream().filter(l -> l.startsWith("b-locked.txt:")).count();
        assertEquals("0 files changed, 0 findings fixed, " + left + " left, 1 file not checked",
                run.stdoutLines().get(run.stdoutLines().size() - 1), run::toString);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
