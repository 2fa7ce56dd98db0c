package org.copydesk.core.io;

import java.nio.charset.Charset;

/** The file's bytes are not valid in its encoding; it is neither checked nor ever rewritten. */
public final class MalformedTextException extends TextFileException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int line;

    public MalformedTextException(String name, Charset charset, long byteOffset, int line) {
        super(name, "invalid " + charset.name() + " at byte offset " + byteOffset + " (line " + line + ")");
        this.byteOffset = byteOffset;
        this.line = line;
    }

    /** Where the first malformed sequence starts, counting from the file's first byte (its byte order mark included). */
    public long byteOffset() {
        return byteOffset;
    }

    /** The 1-based line it is on. */
    public int line() {
        return line;
    }
}
