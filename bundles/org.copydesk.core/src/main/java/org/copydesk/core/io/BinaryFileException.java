package org.copydesk.core.io;

/** The file holds a NUL character: it is binary, not a draft, and is skipped rather than checked. */
public final class BinaryFileException extends TextFileException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public BinaryFileException(String name, long byteOffset) {
        super(name, "binary file (NUL byte at byte offset " + byteOffset + "), skipped");
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
