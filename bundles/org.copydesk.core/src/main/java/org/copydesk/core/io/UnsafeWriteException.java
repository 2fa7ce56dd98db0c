package org.copydesk.core.io;

/**
 * Writing the file would change something Copydesk was not asked to touch: a file outside the checked tree
 * reached through a symbolic link, or a file that changed since it was read.
 */
public final class UnsafeWriteException extends TextFileException {
    private static final long serialVersionUID = 1L;

    public UnsafeWriteException(String name, String why) {
        super(name, why + ", not changed");
    }
}
