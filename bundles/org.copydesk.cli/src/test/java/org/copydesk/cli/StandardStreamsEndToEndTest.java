package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk fix -} as a filter ({@code fix - < draft > tmp && mv tmp draft}, an editor's format-on-save):
 * standard output is the text, fixed or as it came, and nothing else; and every command's output that cannot be
 * written is exit status 2, never a run that looks fine.
 */
class StandardStreamsEndToEndTest {
    private static final String PARAGRAPH = "The harbour council met on Tuesday to approve the new ferry timetable for the spring season.";

    @TempDir
    Path dir;

    @Test
    void textFixCannotReadComesBackAsItCame() {
        byte[] nul = "My draft, two paragraphs long.\0 A stray NUL byte came with a paste.\n\nSecond paragraph.\n".getBytes(StandardCharsets.UTF_8);
        Copydesk.Run binary = Copydesk.runWithInput(dir, nul, "fix", "-");
        assertArrayEquals(nul, binary.stdoutBytes(), binary::toString);
        assertEquals(0, binary.exitCode(), binary::toString);
        assertTrue(binary.stderr().contains("binary file (NUL byte at byte offset 30), skipped"), binary::toString);

        byte[] latin1 = "caf\u00e9 au lait, a Latin-1 draft\n".getBytes(StandardCharsets.ISO_8859_1);
        Copydesk.Run malformed = Copydesk.runWithInput(dir, latin1, "fix", "-");
        assertArrayEquals(latin1, malformed.stdoutBytes(), malformed::toString);
        assertEquals(2, malformed.exitCode(), malformed::toString);
        assertTrue(malformed.stderr().contains("<stdin>: invalid UTF-8 at byte offset 3"), malformed::toString);

        byte[] big = (PARAGRAPH + "\n").repeat(40).getBytes(StandardCharsets.UTF_8);
        Copydesk.Run tooLarge = Copydesk.runWithInput(dir, big, "fix", "--max-file-size", "1k", "-");
        assertArrayEquals(big, tooLarge.stdoutBytes(), tooLarge::toString);
        assertEquals(2, tooLarge.exitCode(), tooLarge::toString);
        assertTrue(tooLarge.stderr().contains("over the size limit of 1 KB"), tooLarge::toString);
    }

    /** Standard output carries the fixed text: what is left, and the summary, go to standard error. */
    @Test
    void theReportOfAFixedStandardInputGoesToStandardError() {
        String draft = PARAGRAPH + "\n\n\"An unbalanced quotation mark.\n\n" + PARAGRAPH + "\n";
        Copydesk.Run run = Copydesk.runWithInput(dir, draft.getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals(PARAGRAPH + "\n\n\"An unbalanced quotation mark.\n", run.stdout(), run::toString);
        assertEquals(1, run.exitCode(), run::toString);
        List<String> errors = run.stderr().lines().toList();
        assertTrue(errors.get(0).startsWith("<stdin>:3:1: warning [unbalanced-quote]"), run::toString);
        assertEquals("1 file changed, 1 finding fixed, 1 left", errors.get(errors.size() - 1), run::toString);
    }

    @Test
    void standardInputKeepsItsOwnBytesOutsideTheFixes() {
        Charset ms932 = Charset.forName("windows-31j");
        byte[] title = {'T', 'i', 't', 'l', 'e', ' ', (byte) 0xED, 0x40, (byte) 0xED, 0x41, '\n', '\n'};
        byte[] paragraph = (PARAGRAPH + "\n").getBytes(ms932);
        byte[] input = FixEndToEndTest.concat(FixEndToEndTest.concat(title, paragraph), FixEndToEndTest.concat(new byte[] {'\n'}, paragraph));
        Copydesk.Run run = Copydesk.runWithInput(dir, input, "fix", "--encoding", "windows-31j", "-");
        assertEquals(0, run.exitCode(), run::toString);
        assertArrayEquals(FixEndToEndTest.concat(title, paragraph), run.stdoutBytes());
    }

    /** {@code PrintStream} swallows a failed write: a full disk must not look like a report or a text written. */
    @Test
    void everyCommandWhoseOutputCannotBeWrittenExits2() throws IOException {
        File full = new File("/dev/full");
        assumeTrue(full.exists() && full.canWrite(), "this system has no /dev/full");
        Path draft = Files.writeString(dir.resolve("draft.txt"), PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        byte[] text = Files.readAllBytes(draft);
        for (List<String> command : List.of(List.of("fix", "-"), List.of("check", "-f", "sarif", "draft.txt"),
                List.of("check", "draft.txt"), List.of("check", "-f", "github", "draft.txt"), List.of("fix", "--dry-run", "draft.txt"),
                List.of("rules"), List.of("explain", "cms-footer"), List.of("--help"), List.of("--version"))) {
            Copydesk.Run run = Copydesk.runWithStdout(dir, Redirect.to(full), text, command.toArray(String[]::new));
            assertEquals(2, run.exitCode(), () -> command + ": " + run);
            assertTrue(run.stderr().contains("copydesk: error: cannot write to standard output: No space left on device"),
                    () -> command + ": " + run);
        }
        assertArrayEquals(text, Files.readAllBytes(draft), "the dry run changed the draft");
        Copydesk.Run closed = Copydesk.runWithStdout(dir, null, text, "fix", "-");
        assertEquals(2, closed.exitCode(), closed::toString);
        assertTrue(closed.stderr().contains("cannot write to standard output"), closed::toString);
    }

    @Test
    void theSummaryIsNeverTheText() {
        Copydesk.Run run = Copydesk.runWithInput(dir, new byte[0], "fix", "-");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.stdout());
        assertFalse(run.stdout().contains("files changed"));
    }
}
