package org.copydesk.core.io;

/** The file cannot be written: it or its folder is read-only. The file is left as it is. */
public final class ReadOnlyFileException extends TextFileException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(String name, String why) {
        super(name, why + ", not changed");
    }
}
