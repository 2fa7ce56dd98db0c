package org.copydesk.core.io;

import java.io.File;
import java.nio.file.Path;

/**
 * Paths written with {@code /}, as globs, {@code .gitignore} files and URIs expect. Only the platform's own
 * separator is turned into {@code /}: on Linux a backslash is a character of a file name like any other.
 */
public final class PathNames {
    private PathNames() {
    }

    public static String unix(Path path) {
        return unix(path.toString());
    }

    /** {@code path} (as the platform writes it) with {@code /} between its names. */
    public static String unix(String path) {
        return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
    }
}
