package org.copydesk.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

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
}
