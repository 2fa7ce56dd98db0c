package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

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

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
