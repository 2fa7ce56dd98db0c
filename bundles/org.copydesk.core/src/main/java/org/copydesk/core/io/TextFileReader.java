package org.copydesk.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.copydesk.core.document.LineMap;

/**
 * Reads text files strictly. A byte order mark (UTF-8, UTF-16BE, UTF-16LE) decides the encoding; without one
 * the reader's default encoding (UTF-8 unless told otherwise) applies. Nothing is guessed and nothing is
 * replaced: a malformed sequence is a {@link MalformedTextException} naming its byte offset, a NUL means a
 * {@link BinaryFileException}, and a file over the size limit is a {@link FileTooLargeException}.
 * Thread-safe.
 */
public final class TextFileReader {
    /**
     * The default size limit, as people write it (a constant, so that the CLI's and the Maven plugin's
     * defaults can name it): far more than any draft, far less than what would strain memory.
     */
    public static final String DEFAULT_MAX_SIZE = "32MB";
    /** {@link #DEFAULT_MAX_SIZE} in bytes. */
    public static final long DEFAULT_MAX_BYTES = Sizes.parse(DEFAULT_MAX_SIZE);

    private final Charset defaultCharset;
    private final long maxBytes;

    public TextFileReader() {
        this(StandardCharsets.UTF_8, DEFAULT_MAX_BYTES);
    }

    /** @param defaultCharset the encoding of files without a byte order mark */
    public TextFileReader(Charset defaultCharset, long maxBytes) {
        // Java's "UTF-16" decoder guesses big-endian and its encoder writes a mark the file did not have
        this.defaultCharset = defaultCharset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : defaultCharset;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code path}, naming it by its path in errors. */
    public TextFile read(Path path) throws IOException {
        return read(path.toString(), path);
    }

    /** Reads {@code path}; {@code name} is how errors name it. */
    public TextFile read(String name, Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException("is a directory");
        }
        if (attributes.size() > maxBytes) {
            throw new FileTooLargeException(name, attributes.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = readAtMost(name, in);
        }
        return decode(name, path, bytes, attributes);
    }

    /** Reads a whole stream, such as standard input. */
    public TextFile read(String name, InputStream in) throws IOException {
        return decode(name, null, readAtMost(name, in), null);
    }

    /** Decodes bytes already in memory. */
    public TextFile decode(String name, byte[] bytes) throws TextFileException {
        if (bytes.length > maxBytes) {
            throw new FileTooLargeException(name, bytes.length, maxBytes);
        }
        return decode(name, null, bytes, null);
    }

    private byte[] readAtMost(String name, InputStream in) throws IOException {
        // a file may grow after its size was read, and a stream has no size: never hold more than the limit
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length > maxBytes) {
            throw new FileTooLargeException(name, -1, maxBytes);
        }
        return bytes;
    }

    private TextFile decode(String name, Path path, byte[] bytes, BasicFileAttributes attributes) throws TextFileException {
        Optional<ByteOrderMark> bom = ByteOrderMark.detect(bytes);
        Charset charset = bom.map(ByteOrderMark::charset).orElse(defaultCharset);
        int skip = bom.map(ByteOrderMark::length).orElse(0);
        boolean wide = isWide(charset);
        if (!wide) {
            int nul = indexOfNul(bytes, skip);
            if (nul >= 0) {
                throw new BinaryFileException(name, nul);
            }
        }
        String text = decodeStrictly(name, charset, bytes, skip);
        if (wide) {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw new BinaryFileException(name, skip + 2L * nul);
            }
        }
        return new TextFile(name, path, text, charset, bom.orElse(null), LineEnding.of(text),
                attributes == null ? null : FileStamp.of(attributes));
    }

    private static String decodeStrictly(String name, Charset charset, byte[] bytes, int skip) throws MalformedTextException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the fast decoder replaces malformed input with U+FFFD: without one, the input was well formed
            String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw new MalformedTextException(name, charset, in.position(), new LineMap(out).lineCount());
        }
        out.flip();
        return out.toString();
    }

    private static boolean isWide(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
