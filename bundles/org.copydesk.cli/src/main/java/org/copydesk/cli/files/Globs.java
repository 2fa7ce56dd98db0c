package org.copydesk.cli.files;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.io.PathNames;

/**
 * {@code --include}/{@code --exclude} globs ({@code *}, {@code **}, {@code ?}, {@code [..]}, {@code {a,b}}).
 * A glob matches a path relative to the folder being walked, or the path as shown; a glob without a folder part
 * ({@code *.md}, {@code drafts}) matches at any depth; {@code drafts/} is the same as {@code drafts}.
 */
public final class Globs {
    private final List<PathMatcher> matchers = new ArrayList<>();

    /** @throws IllegalArgumentException naming a glob that is not valid */
    public Globs(List<String> globs) {
        for (String glob : globs) {
            String trimmed = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:**/" + trimmed));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a valid glob: '" + glob + "'");
            }
        }
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /**
     * Matches a path as it is: a file name the platform's encoding cannot spell (any non-ASCII name under
     * {@code LANG=C}) does not survive being turned into a string and parsed again.
     */
    public boolean matches(Path path) {
        if (path.toString().isEmpty()) {
            return false;
        }
        String unixPath = PathNames.unix(path);
        if (!unixPath.equals(path.toString())) {
            return matches(unixPath);
        }
        return matchers.stream().anyMatch(m -> m.matches(path));
    }

    public boolean matches(String unixPath) {
        if (unixPath.isEmpty()) {
            return false;
        }
        try {
            Path path = Path.of(unixPath);
            return matchers.stream().anyMatch(m -> m.matches(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** True if {@code unixPath} or one of the folders it is in matches. */
    public boolean matchesPathOrFolder(String unixPath) {
        String path = unixPath;
        while (!path.isEmpty()) {
            if (matches(path)) {
                return true;
            }
            int slash = path.lastIndexOf('/');
            path = slash < 0 ? "" : path.substring(0, slash);
        }
        return false;
    }
}
