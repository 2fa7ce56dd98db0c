package org.copydesk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    private final TextFileReader reader = new TextFileReader();

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBom() throws IOException {
        TextFile file = reader.read(write("a.txt", "Caf\u00e9 \u201cquoted\u201d\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Caf\u00e9 \u201cquoted\u201d\n", file.text());
        assertEquals(StandardCharsets.UTF_8, file.charset());
        assertNull(file.bom());
        assertEquals(LineEnding.LF, file.lineEnding());
    }

    @Test
    void aUtf8BomIsRememberedAndNotPartOfTheText() throws IOException {
        TextFile file = reader.read(write("a.txt", concat(ByteOrderMark.UTF_8.bytes(), "One\r\nTwo\r\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("One\r\nTwo\r\n", file.text());
        assertEquals(ByteOrderMark.UTF_8, file.bom());
        assertEquals(LineEnding.CRLF, file.lineEnding());
    }

    @Test
    void utf16BomsPickTheByteOrderAndNulBytesAreNotBinaryThere() throws IOException {
        for (ByteOrderMark bom : new ByteOrderMark[] {ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE}) {
            byte[] bytes = concat(bom.bytes(), "Fa\u00e7ade\n".getBytes(bom.charset()));
            TextFile file = reader.read(write("a" + bom + ".txt", bytes));
            assertEquals("Fa\u00e7ade\n", file.text());
            assertEquals(bom.charset(), file.charset());
            assertEquals(bom, file.bom());
        }
    }

    @Test
    void aNulCharacterInUtf16IsBinary() throws IOException {
        byte[] bytes = concat(ByteOrderMark.UTF_16LE.bytes(), "ab\0c".getBytes(StandardCharsets.UTF_16LE));
        BinaryFileException e = assertThrows(BinaryFileException.class, () -> reader.read(write("a.txt", bytes)));
        assertEquals(6, e.byteOffset());
    }

    @Test
    void aNulByteMeansBinary() throws IOException {
        Path file = write("image.md", new byte[] {'P', 'N', 'G', 0, 1, 2});
        BinaryFileException e = assertThrows(BinaryFileException.class, () -> reader.read(file));
        assertEquals(3, e.byteOffset());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheByteOffsetAndLine() throws IOException {
        byte[] bytes = "first line\nsecond \u00e9 line\nbad: ".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = concat(bytes, new byte[] {(byte) 0xE9, 'x', '\n'});
        MalformedTextException e = assertThrows(MalformedTextException.class, () -> reader.read(write("latin1.txt", withBadByte)));
        assertEquals(bytes.length, e.byteOffset());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte offset " + bytes.length + " (line 3)"), e.getMessage());
    }

    @Test
    void theOffsetCountsTheBom() throws IOException {
        byte[] withBadByte = concat(ByteOrderMark.UTF_8.bytes(), new byte[] {'a', (byte) 0xFF});
        MalformedTextException e = assertThrows(MalformedTextException.class, () -> reader.read(write("a.txt", withBadByte)));
        assertEquals(4, e.byteOffset());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws IOException {
        // U+FFFD is what a lenient decoder puts for bad bytes: written out properly, it is the writer's own
        String text = "A lost letter: \uFFFD, and more.\n";
        assertEquals(text, reader.read(write("a.txt", text.getBytes(StandardCharsets.UTF_8))).text());
        byte[] withBadByte = ("A lost letter: \uFFFD, then a bad byte: ").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(withBadByte, withBadByte.length + 1);
        bad[withBadByte.length] = (byte) 0xFF;
        assertThrows(MalformedTextException.class, () -> reader.read(write("b.txt", bad)));
    }

    @Test
    void encodedSurrogatesAreNotUtf8() throws IOException {
        byte[] cesu = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThrows(MalformedTextException.class, () -> reader.read(write("a.txt", cesu)));
    }

    @Test
    void anotherEncodingCanBeGivenForFilesWithoutBom() throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        TextFile file = new TextFileReader(latin1, TextFileReader.DEFAULT_MAX_BYTES).read(write("a.txt", "caf\u00e9".getBytes(latin1)));
        assertEquals("caf\u00e9", file.text());
        assertEquals(latin1, file.charset());
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        Path big = write("big.txt", new byte[2048]);
        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> new TextFileReader(StandardCharsets.UTF_8, 1024).read(big));
        assertEquals("file is 2 KB, over the size limit of 1 KB, not checked", e.getMessage());
    }

    @Test
    void aStreamOverTheLimitIsRefused() {
        TextFileReader small = new TextFileReader(StandardCharsets.UTF_8, 10);
        assertThrows(FileTooLargeException.class, () -> small.read("-", new ByteArrayInputStream(new byte[11])));
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreText() throws IOException {
        assertEquals("", reader.read(write("empty.txt", new byte[0])).text());
        assertEquals(" \n\t\n", reader.read(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void lineEndingsAreTheMostFrequentBreak() {
        assertEquals(LineEnding.LF, LineEnding.of("no break"));
        assertEquals(LineEnding.CR, LineEnding.of("a\rb\rc\n"));
        assertEquals(LineEnding.CRLF, LineEnding.of("a\r\nb\r\nc\n"));
        assertEquals(LineEnding.LF, LineEnding.of("a\r\nb\nc\n"));
    }

    @Test
    void insertedTextTakesTheFilesLineEnding() {
        assertEquals("a\r\nb\r\n", LineEnding.CRLF.apply("a\nb\n"));
        assertEquals("a\r\nb", LineEnding.CRLF.apply("a\r\nb"));
        assertEquals("a\nb", LineEnding.LF.apply("a\r\nb"));
        assertEquals("plain", LineEnding.CR.apply("plain"));
    }

    @Test
    void sizesParseAndFormat() {
        assertEquals(32L << 20, Sizes.parse("32MB"));
        assertEquals(500L << 10, Sizes.parse("500k"));
        assertEquals(100, Sizes.parse("100"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("lots"));
        assertEquals("1.5 MB", Sizes.format(3L << 19));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
