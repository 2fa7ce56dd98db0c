package org.copydesk.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.copydesk.core.TextEdit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileWriterTest {
    private final TextFileReader reader = new TextFileReader();

    @TempDir
    Path dir;

    @Test
    void unchangedTextLeavesTheFileAlone() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "same\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(1_000_000));
        TextFile file = reader.read(path);
        assertFalse(TextFileWriter.write(file, "same\n", dir));
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(path));
    }

    @Test
    void keepsBomEncodingAndPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path path = dir.resolve("a.txt");
        Files.write(path, TextFileReaderTest.concat(ByteOrderMark.UTF_16LE.bytes(), "one\r\ntwo\r\n".getBytes(StandardCharsets.UTF_16LE)));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r-----"));
        TextFile file = reader.read(path);
        assertTrue(TextFileWriter.write(file, "one\r\n", dir));
        assertArrayEquals(TextFileReaderTest.concat(ByteOrderMark.UTF_16LE.bytes(), "one\r\n".getBytes(StandardCharsets.UTF_16LE)), Files.readAllBytes(path));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "text\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--r--r--"));
        TextFile file = reader.read(path);
        assertThrows(ReadOnlyFileException.class, () -> TextFileWriter.write(file, "other\n", dir));
        assertEquals("text\n", Files.readString(path));
    }

    @Test
    void writesThroughASymbolicLinkInsideTheTreeAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        assertTrue(TextFileWriter.write(reader.read(link), "new\n", dir));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
    }

    @Test
    void neverWritesThroughASymbolicLinkLeadingOutOfTheTree() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path outside = Files.writeString(dir.resolve("outside.txt"), "old\n");
        Path link = Files.createSymbolicLink(tree.resolve("link.txt"), outside);
        UnsafeWriteException e = assertThrows(UnsafeWriteException.class, () -> TextFileWriter.write(reader.read(link), "new\n", tree));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertEquals("old\n", Files.readString(outside));
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "old\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(1_000_000));
        TextFile file = reader.read(path);
        Files.writeString(path, "edited meanwhile\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(2_000_000));
        assertThrows(UnsafeWriteException.class, () -> TextFileWriter.write(file, "fixed\n", dir));
        assertEquals("edited meanwhile\n", Files.readString(path));
    }

    @Test
    void textTheEncodingCannotHoldIsRefused() throws IOException {
        Path path = Files.write(dir.resolve("a.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        TextFile file = new TextFileReader(StandardCharsets.ISO_8859_1, 1 << 20).read(path);
        assertThrows(UnsafeWriteException.class, () -> TextFileWriter.write(file, "\u201ccaf\u00e9\u201d", dir));
        assertArrayEquals("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), Files.readAllBytes(path));
    }

    /** NEC-selected IBM kanji decode to the same characters as IBM's own: re-encoding would turn ED40 into FA5C. */
    @Test
    void bytesOutsideTheFixesStayAsTheyWere() throws IOException {
        Charset ms932 = Charset.forName("windows-31j");
        byte[] title = {'T', 'i', 't', 'l', 'e', ' ', (byte) 0xED, 0x40, (byte) 0xED, 0x41, '\n', '\n'};
        byte[] copy = "The ferry timetable changes on Monday.\n\n".getBytes(ms932);
        Path path = Files.write(dir.resolve("a.txt"), TextFileReaderTest.concat(title, TextFileReaderTest.concat(copy, copy)));
        TextFile file = new TextFileReader(ms932, 1 << 20).read(path);
        int copyStart = file.text().indexOf("The ferry");
        int secondCopy = file.text().indexOf("The ferry", copyStart + 1);
        assertTrue(TextFileWriter.write(file, List.of(TextEdit.delete(secondCopy, file.text().length())), dir));
        assertArrayEquals(TextFileReaderTest.concat(title, copy), Files.readAllBytes(path));
    }

    /** A tool that saves and keeps the modification time, with text of the same length: the content tells. */
    @Test
    void aSaveThatKeepsSizeAndTimeIsCaughtByItsContent() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "first draft\n");
        FileTime time = Files.getLastModifiedTime(path);
        TextFile file = reader.read(path);
        Files.writeString(path, "other draft\n");
        Files.setLastModifiedTime(path, time);
        UnsafeWriteException e = assertThrows(UnsafeWriteException.class, () -> TextFileWriter.write(file, "fixed\n", dir));
        assertTrue(e.getMessage().contains("changed while it was being fixed"), e.getMessage());
        assertEquals("other draft\n", Files.readString(path));
    }

    /**
     * An editor saves the moment the temporary file appears, while the new text is written and synced: the save
     * stays and the fix is reported as not made. A large file keeps that moment long enough to be hit.
     */
    @Test
    void aSaveWhileTheFixIsWrittenIsNeverLost() throws Exception {
        String text = "A paragraph of the draft, long enough to take a while to copy and sync.\n".repeat(60_000);
        int caught = 0;
        for (int attempt = 0; attempt < 5 && caught == 0; attempt++) {
            Path path = Files.writeString(dir.resolve("draft" + attempt + ".txt"), text);
            Path folder = Files.createDirectories(dir.resolve("run" + attempt));
            Path draft = Files.move(path, folder.resolve("draft.txt"));
            TextFile file = reader.read(draft);
            AtomicBoolean saved = new AtomicBoolean();
            Thread editor = new Thread(() -> saveWhenATemporaryFileAppears(folder, draft, saved));
            editor.start();
            IOException refused = null;
            try {
                TextFileWriter.write(file, List.of(TextEdit.delete(0, text.indexOf('\n') + 1)), folder);
            } catch (IOException e) {
                refused = e;
            }
            editor.interrupt();
            editor.join();
            if (saved.get()) {
                caught++;
                assertTrue(Files.readString(draft).endsWith("SAVED BY THE WRITER\n"), "the writer's save was lost");
                assertInstanceOf(UnsafeWriteException.class, refused);
                try (Stream<Path> files = Files.list(folder)) {
                    assertEquals(List.of(draft), files.toList(), "a temporary file was left");
                }
            }
        }
        assumeTrue(caught > 0, "no save landed while the fix was being written");
    }

    private static void saveWhenATemporaryFileAppears(Path folder, Path draft, AtomicBoolean saved) {
        while (!Thread.currentThread().isInterrupted()) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(f -> !f.equals(draft))) {
                    Files.writeString(draft, "SAVED BY THE WRITER\n", StandardOpenOption.APPEND);
                    saved.set(true);
                    return;
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Test
    void extendedAttributesAndTheWholeModeAreKept() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "one\ntwo\n");
        UserDefinedFileAttributeView xattrs = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
        boolean withXattrs = xattrs != null && Files.getFileStore(path).supportsFileAttributeView(UserDefinedFileAttributeView.class);
        if (withXattrs) {
            xattrs.write("origin", ByteBuffer.wrap("cms-export".getBytes(StandardCharsets.UTF_8)));
        }
        // setuid and setgid, group write, other read: what chmod 6664 gives
        Files.setAttribute(path, "unix:mode", 06664);
        int mode = (Integer) Files.getAttribute(path, "unix:mode") & 07777;
        assertTrue(TextFileWriter.write(reader.read(path), "one\n", dir));
        assertEquals("one\n", Files.readString(path));
        assertEquals(mode, (Integer) Files.getAttribute(path, "unix:mode") & 07777);
        if (withXattrs) {
            UserDefinedFileAttributeView after = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
            ByteBuffer value = ByteBuffer.allocate(after.size("origin"));
            after.read("origin", value);
            assertEquals("cms-export", new String(value.array(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileWithHardLinksIsRewrittenInPlaceSoEveryNameSeesTheFix() throws IOException {
        Path path = Files.writeString(dir.resolve("a.txt"), "one\ntwo\n");
        Path other = Files.createLink(dir.resolve("b.txt"), path);
        Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        assertTrue(TextFileWriter.write(reader.read(path), "one\n", dir));
        assertEquals("one\n", Files.readString(path));
        assertEquals("one\n", Files.readString(other));
        assertEquals(key, Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "the backup of the old text was left");
        }
    }
}
