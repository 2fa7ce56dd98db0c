package org.copydesk.core.io;

/** The file is over the configured size limit and was not read. */
public final class FileTooLargeException extends TextFileException {
    private static final long serialVersionUID = 1L;

    /** @param size the file's size, or a negative number when only the limit is known to be passed */
    public FileTooLargeException(String name, long size, long limit) {
        super(name, "file is " + (size >= 0 ? Sizes.format(size) + ", " : "") + "over the size limit of "
                + Sizes.format(limit) + ", not checked");
    }
}
