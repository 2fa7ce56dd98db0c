package org.copydesk.core.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;

import org.copydesk.core.TextEdit;
import org.copydesk.core.TextEdits;

/**
 * The bytes of a fixed text, made from the bytes it was read from: what the edits remove is cut out, what they
 * insert is encoded, and every other byte is copied as it was. Re-encoding the whole text would rewrite bytes no
 * fix touched wherever the encoding has two byte forms for one character (Windows-31J's NEC and IBM kanji, say),
 * and version control would show changes nobody made. The result is decoded again and must give the fixed text,
 * or nothing is written.
 */
public final class ByteSplicer {
    private static final int CHUNK = 8192;

    private ByteSplicer() {
    }

    /**
     * @param file     the text as read, which says the encoding and byte order mark
     * @param original the bytes {@code file} was decoded from, byte order mark included
     * @param edits    sorted, disjoint edits of {@code file.text()}
     */
    public static byte[] splice(TextFile file, byte[] original, List<TextEdit> edits) throws TextFileException {
        String fixed = TextEdits.apply(file.text(), edits);
        int skip = file.hasBom() ? file.bom().length() : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length);
        out.write(original, 0, skip);
        Positions positions = new Positions(file, original, skip);
        int copied = skip;
        for (TextEdit edit : edits) {
            int start = positions.byteOffset(edit.offset());
            out.write(original, copied, start - copied);
            byte[] inserted = encode(file, edit.replacement());
            out.write(inserted, 0, inserted.length);
            copied = positions.byteOffset(edit.end());
        }
        out.write(original, copied, original.length - copied);
        byte[] result = out.toByteArray();
        if (!decodesTo(file.charset(), result, skip, fixed)) {
            throw cannotKeep(file);
        }
        return result;
    }

    /**
     * Whether {@code bytes} from {@code skip} on decode strictly to exactly {@code text}: compared a chunk at a time,
     * so that checking a large file holds no second copy of its text.
     */
    static boolean decodesTo(Charset charset, byte[] bytes, int skip, CharSequence text) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer chunk = CharBuffer.allocate(CHUNK);
        int compared = 0;
        boolean flushed = false;
        while (true) {
            chunk.clear();
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // all read: what the decoder still holds comes out now
                flushed = decoder.flush(chunk).isUnderflow();
            }
            chunk.flip();
            int length = chunk.remaining();
            if (compared + length > text.length() || !CharBuffer.wrap(text, compared, compared + length).equals(chunk)) {
                return false;
            }
            compared += length;
            if (flushed) {
                return compared == text.length();
            }
        }
    }

    private static byte[] encode(TextFile file, String text) throws UnsafeWriteException {
        if (text.isEmpty()) {
            return new byte[0];
        }
        CharsetEncoder encoder = file.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new UnsafeWriteException(file.name(), "the fixed text cannot be written in " + file.charset().name());
        }
    }

    private static UnsafeWriteException cannotKeep(TextFile file) {
        return new UnsafeWriteException(file.name(), "the fixed text cannot be written in " + file.charset().name()
                + " without changing bytes outside the fixes");
    }

    /** Byte offsets of character offsets, asked for in increasing order: one decoding pass over the bytes. */
    private static final class Positions {
        private final TextFile file;
        private final CharsetDecoder decoder;
        private final ByteBuffer in;
        private final CharBuffer chunk = CharBuffer.allocate(CHUNK);
        private int chars;

        Positions(TextFile file, byte[] bytes, int skip) {
            this.file = file;
            this.decoder = file.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        }

        int byteOffset(int charOffset) throws UnsafeWriteException {
            if (charOffset < chars) {
                throw new IllegalArgumentException("offsets asked out of order");
            }
            while (chars < charOffset) {
                chunk.clear();
                chunk.limit(Math.min(CHUNK, charOffset - chars));
                CoderResult result = decoder.decode(in, chunk, false);
                if (result.isError() || chunk.position() == 0) {
                    // malformed, or the offset falls inside one encoded character (a surrogate pair)
                    throw cannotKeep(file);
                }
                chars += chunk.position();
            }
            return in.position();
        }
    }
}
