package org.copydesk.cli.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.cli.report.Problem;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.PathNames;

/**
 * Turns the paths a user gives into the documents to check, in a fixed order: the arguments in the order given,
 * each folder walked depth-first in name order. In folders it takes files with Copydesk's extensions (or those
 * matching {@code --include}), leaves out {@code --exclude} matches, what {@code .gitignore} ignores inside a
 * git work tree, version control folders and the extra folders given, and does not follow symbolic links to
 * folders. A file named explicitly is always taken, whatever its extension, unless excluded. A path given twice
 * is checked once.
 */
public final class SourceFinder {
    private static final Set<String> VCS_FOLDERS = Set.of(".git", ".hg", ".svn");

    /** The documents, in order, and the arguments that named nothing readable. */
    public record Result(List<Source> sources, List<Problem> problems) {
    }

    private final Path baseDirectory;
    private final Globs includes;
    private final Globs excludes;
    private final boolean gitIgnore;
    private final Set<Path> excludedFolders;
    private final Set<String> extensions = new HashSet<>(Format.allExtensions());

    /**
     * @param baseDirectory   the folder relative arguments are resolved against
     * @param excludedFolders absolute folders never walked into (the Maven plugin's {@code target})
     */
    public SourceFinder(Path baseDirectory, List<String> includes, List<String> excludes, boolean gitIgnore, Set<Path> excludedFolders) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.includes = new Globs(includes);
        this.excludes = new Globs(excludes);
        this.gitIgnore = gitIgnore;
        this.excludedFolders = Set.copyOf(excludedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    /** @param stdinFileName the name standard input ({@code -}) stands for, or null */
    public Result find(List<String> arguments, String stdinFileName) {
        Walk walk = new Walk();
        for (String argument : new LinkedHashSet<>(arguments)) {
            if (argument.equals(Source.STDIN_ARGUMENT)) {
                walk.sources.add(Source.stdin(stdinFileName));
                continue;
            }
            if (argument.isEmpty()) {
                walk.problems.add(Problem.error("''", "an empty path names no file"));
                continue;
            }
            Path path = baseDirectory.resolve(argument).normalize();
            if (Files.isDirectory(path)) {
                walk.folder(argument, path);
            } else if (Files.exists(path)) {
                walk.file(argument, path);
            } else {
                walk.problems.add(Problem.error(argument, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "broken symbolic link" : "no such file or directory"));
            }
        }
        return new Result(List.copyOf(walk.sources), List.copyOf(walk.problems));
    }

    private final class Walk {
        final List<Source> sources = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        /** Files taken, by what they are rather than what they are called: two links to one file give it once. */
        final Set<Object> seen = new HashSet<>();

        void file(String argument, Path path) {
            if (!excludes.matchesPathOrFolder(unix(argument)) && seen.add(identity(path))) {
                sources.add(Source.named(argument, path, path.getParent()));
            }
        }

        /**
         * Walks {@code root} depth-first in name order, without recursion (a tree thousands of folders deep must not
         * overflow the stack): each open folder is a frame holding its sorted entries and how far it has got.
         */
        void folder(String argument, Path root) {
            Deque<Frame> frames = new ArrayDeque<>();
            Frame first = open(argument, root, Path.of(""), gitIgnore ? IgnoreStack.forDirectory(root) : IgnoreStack.none());
            if (first != null) {
                frames.push(first);
            }
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.next == frame.entries.size()) {
                    frames.pop();
                    continue;
                }
                Frame inner = visit(argument, root, frame, frame.entries.get(frame.next++));
                if (inner != null) {
                    frames.push(inner);
                }
            }
        }

        /** One folder being walked: its entries in name order, the next one to visit, and what applies inside it. */
        private static final class Frame {
            final Path relative;
            final List<Path> entries;
            final IgnoreStack ignores;
            int next;

            Frame(Path relative, List<Path> entries, IgnoreStack ignores) {
                this.relative = relative;
                this.entries = entries;
                this.ignores = ignores;
            }
        }

        private Frame open(String argument, Path folder, Path relative, IgnoreStack ignores) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (AccessDeniedException e) {
                problems.add(Problem.error(shown(argument, unix(relative)), "cannot read folder: permission denied"));
                return null;
            } catch (IOException | DirectoryIteratorException e) {
                problems.add(Problem.error(shown(argument, unix(relative)), "cannot read folder: " + reason(e)));
                return null;
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return new Frame(relative, entries, ignores);
        }

        /** Takes or skips one entry; returns the frame of a folder to walk into, or null. */
        private Frame visit(String argument, Path root, Frame frame, Path entry) {
            Path relativePath = frame.relative.resolve(entry.getFileName());
            String relative = unix(relativePath);
            String shown = shown(argument, relative);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                // a path too long for the system, say: said, never silently left out
                problems.add(Problem.error(shown, "cannot read: " + reason(e)));
                return null;
            }
            boolean isFolder = attributes.isDirectory();
            String fileName = entry.getFileName().toString();
            if (isFolder && (VCS_FOLDERS.contains(fileName) || excludedFolders.contains(entry))
                    || excludes.matches(relativePath) || excludes.matches(shownPath(argument, relativePath))
                    || frame.ignores.ignores(entry, isFolder)) {
                return null;
            }
            if (isFolder) {
                return open(argument, entry, relativePath, frame.ignores.enter(entry));
            }
            if (Files.isRegularFile(entry) && wanted(relativePath, argument) && seen.add(identity(entry))) {
                sources.add(Source.file(shown, entry, root));
            }
            return null;
        }

        private boolean wanted(Path relative, String argument) {
            if (!includes.isEmpty()) {
                return includes.matches(relative) || includes.matches(shownPath(argument, relative));
            }
            String name = relative.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot >= 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    /** The file itself: its real path, which two links to it share. */
    private static Object identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The path as shown, as a path to match globs against: the argument's folder, then the path under it. */
    private static Path shownPath(String argument, Path relative) {
        try {
            Path folder = Path.of(argument).normalize();
            return folder.toString().isEmpty() ? relative : folder.resolve(relative);
        } catch (InvalidPathException e) {
            return relative;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof DirectoryIteratorException d) {
            return reason(d.getCause());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The path as shown: under the argument as given ({@code docs/a.md}), or bare under {@code .}. */
    private static String shown(String argument, String relative) {
        if (relative.isEmpty()) {
            return argument;
        }
        String folder = argument;
        while (folder.length() > 1 && (folder.endsWith("/") || folder.endsWith("\\"))) {
            folder = folder.substring(0, folder.length() - 1);
        }
        if (folder.equals(".")) {
            return relative;
        }
        return folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }

    private static String unix(String path) {
        String unix = PathNames.unix(path);
        while (unix.startsWith("./")) {
            unix = unix.substring(2);
        }
        return unix;
    }

    private static String unix(Path path) {
        return PathNames.unix(path);
    }
}
