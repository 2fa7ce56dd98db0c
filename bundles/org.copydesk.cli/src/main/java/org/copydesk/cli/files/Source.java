package org.copydesk.cli.files;

import java.nio.file.Path;

/**
 * One document to check: a file, or standard input.
 *
 * @param name  how reports name it: the path as the user gave it (or as found under a folder they gave)
 * @param path  the file; for standard input, the path given with {@code --stdin-filename} (or a stand-in),
 *              which picks the format and the config file but is never read
 * @param root  the tree the user asked to check, which fixes may not leave through a symbolic link; null for
 *              standard input
 * @param stdin whether the text comes from standard input
 * @param named whether the user named this file (or standard input) itself, rather than a folder it is in:
 *              such a file is checked even where the config's {@code ignore} list names it
 */
public record Source(String name, Path path, Path root, boolean stdin, boolean named) {
    public static final String STDIN_ARGUMENT = "-";

    /** A file found in a folder the user named. */
    public static Source file(String name, Path path, Path root) {
        return new Source(name, path, root, false, false);
    }

    /** A file the user named itself. */
    public static Source named(String name, Path path, Path root) {
        return new Source(name, path, root, false, true);
    }

    /** Standard input, named by {@code fileName} (null if none was given). */
    public static Source stdin(String fileName) {
        String name = fileName == null ? "<stdin>" : fileName;
        return new Source(name, Path.of(fileName == null ? "stdin" : fileName).toAbsolutePath(), null, true, true);
    }
}
