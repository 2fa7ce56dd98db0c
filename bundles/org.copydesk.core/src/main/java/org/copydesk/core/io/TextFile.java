package org.copydesk.core.io;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A decoded text file and what writing it back must keep: its encoding, its byte order mark and its line-ending
 * convention. {@code path} and {@code stamp} are null for text read from a stream.
 *
 * @param bom   the byte order mark the file starts with, or null
 * @param stamp the file's size, modification time and identity when it was read, or null
 */
public record TextFile(String name, Path path, String text, Charset charset, ByteOrderMark bom,
        LineEnding lineEnding, FileStamp stamp) {

    public boolean hasBom() {
        return bom != null;
    }

    /** The same file with other content, as a fix leaves it. */
    public TextFile withText(String newText) {
        return new TextFile(name, path, newText, charset, bom, lineEnding, stamp);
    }
}
