package org.copydesk.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.core.TextEdit;
import org.junit.jupiter.api.Test;

class ByteSplicerTest {
    private static final Charset MS932 = Charset.forName("windows-31j");

    private static TextFile decode(Charset charset, byte[] bytes) throws TextFileException {
        return new TextFileReader(charset, 1 << 20).decode("a.txt", bytes);
    }

    @Test
    void onlyTheEditedRangesChangeEvenWhereTheEncodingHasTwoFormsOfACharacter() throws TextFileException {
        // ED40 (NEC-selected IBM) and FA5C (IBM) both decode to U+7E8A; encoding gives FA5C
        byte[] bytes = {(byte) 0xED, 0x40, ' ', 'c', 'u', 't', ' ', (byte) 0xED, 0x41, ' ', 'k', 'e', 'e', 'p'};
        TextFile file = decode(MS932, bytes);
        int cut = file.text().indexOf("cut");
        byte[] spliced = ByteSplicer.splice(file, bytes, List.of(TextEdit.replace(cut, cut + 3, "\u7e8a")));
        byte[] expected = {(byte) 0xED, 0x40, ' ', (byte) 0xFA, 0x5C, ' ', (byte) 0xED, 0x41, ' ', 'k', 'e', 'e', 'p'};
        assertArrayEquals(expected, spliced);
    }

    @Test
    void aByteOrderMarkAndMultiByteCharactersAroundTheEditsStay() throws TextFileException {
        byte[] bytes = TextFileReaderTest.concat(ByteOrderMark.UTF_8.bytes(), "caf\u00e9 \ud83d\ude00 one two".getBytes(StandardCharsets.UTF_8));
        TextFile file = decode(StandardCharsets.UTF_8, bytes);
        int one = file.text().indexOf("one");
        byte[] spliced = ByteSplicer.splice(file, bytes, List.of(TextEdit.delete(one, one + 4), TextEdit.insert(file.text().length(), "!")));
        assertArrayEquals(TextFileReaderTest.concat(ByteOrderMark.UTF_8.bytes(), "caf\u00e9 \ud83d\ude00 two!".getBytes(StandardCharsets.UTF_8)),
                spliced);
    }

    @Test
    void utf16KeepsItsByteOrder() throws TextFileException {
        byte[] bytes = TextFileReaderTest.concat(ByteOrderMark.UTF_16LE.bytes(), "one\r\ntwo\r\n".getBytes(StandardCharsets.UTF_16LE));
        TextFile file = decode(StandardCharsets.UTF_8, bytes);
        byte[] spliced = ByteSplicer.splice(file, bytes, List.of(TextEdit.delete(5, 10)));
        assertArrayEquals(TextFileReaderTest.concat(ByteOrderMark.UTF_16LE.bytes(), "one\r\n".getBytes(StandardCharsets.UTF_16LE)), spliced);
    }

    @Test
    void anEditInsideASurrogatePairOrOfTextTheEncodingLacksIsRefused() throws TextFileException {
        byte[] utf8 = "a\ud83d\ude00b".getBytes(StandardCharsets.UTF_8);
        TextFile file = decode(StandardCharsets.UTF_8, utf8);
        assertThrows(UnsafeWriteException.class, () -> ByteSplicer.splice(file, utf8, List.of(TextEdit.delete(2, 4))));
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        TextFile latin = decode(StandardCharsets.ISO_8859_1, latin1);
        UnsafeWriteException e = assertThrows(UnsafeWriteException.class,
                () -> ByteSplicer.splice(latin, latin1, List.of(TextEdit.insert(0, "\u201c"))));
        assertEquals("the fixed text cannot be written in ISO-8859-1, not changed", e.getMessage());
    }

    /** The check that the spliced bytes give the fixed text, chunk by chunk: every kind of difference counts. */
    @Test
    void decodingIsComparedExactlyAcrossChunks() {
        String text = "caf\u00e9 \ud83d\ude00 ".repeat(3_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(true, ByteSplicer.decodesTo(StandardCharsets.UTF_8, bytes, 0, text));
        assertEquals(false, ByteSplicer.decodesTo(StandardCharsets.UTF_8, bytes, 0, text + "x"), "the text is longer");
        assertEquals(false, ByteSplicer.decodesTo(StandardCharsets.UTF_8, bytes, 0, text.substring(0, text.length() - 1)), "shorter");
        StringBuilder other = new StringBuilder(text);
        other.setCharAt(other.lastIndexOf("\u00e9"), 'e');
        assertEquals(false, ByteSplicer.decodesTo(StandardCharsets.UTF_8, bytes, 0, other), "one differs, in the last chunk");
        byte[] malformed = bytes.clone();
        malformed[20_000] = (byte) 0xFF;
        assertEquals(false, ByteSplicer.decodesTo(StandardCharsets.UTF_8, malformed, 0, text), "malformed");
        assertEquals(true, ByteSplicer.decodesTo(StandardCharsets.UTF_8, new byte[0], 0, ""));
    }
}
