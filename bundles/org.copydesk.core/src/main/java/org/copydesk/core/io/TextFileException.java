package org.copydesk.core.io;

import java.io.IOException;

/**
 * A file Copydesk will not read or write as text. The message is one line without the file name, so callers
 * can put it after whatever name they show ({@code docs/a.md: binary file ...}).
 */
public abstract class TextFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String name;

    protected TextFileException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** The file's name as the caller gave it. */
    public String name() {
        return name;
    }
}
