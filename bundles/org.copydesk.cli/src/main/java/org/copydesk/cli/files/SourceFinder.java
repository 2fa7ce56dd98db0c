package org.copydesk.cli.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.cli.report.Problem;
import org.copydesk.core.document.Format;

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
        final Set<Path> seen = new HashSet<>();

        void file(String argument, Path path) {
            if (!excludes.matchesPathOrFolder(unix(argument)) && seen.add(path)) {
                sources.add(Source.file(argument, path, path.getParent()));
            }
        }

        void folder(String argument, Path root) {
            walk(argument, root, root, "", gitIgnore ? IgnoreStack.forDirectory(root) : IgnoreStack.none());
        }

        private void walk(String argument, Path root, Path folder, String relativeFolder, IgnoreStack ignores) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (AccessDeniedException e) {
                problems.add(Problem.error(shown(argument, relativeFolder), "cannot read folder: permission denied"));
                return;
            } catch (IOException e) {
                problems.add(Problem.error(shown(argument, relativeFolder), "cannot read folder: " + e.getMessage()));
                return;
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path entry : entries) {
                String fileName = entry.getFileName().toString();
                String relative = relativeFolder.isEmpty() ? fileName : relativeFolder + "/" + fileName;
                String shown = shown(argument, relative);
                boolean isFolder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (isFolder && (VCS_FOLDERS.contains(fileName) || excludedFolders.contains(entry))
                        || excludes.matches(relative) || excludes.matches(unix(shown))
                        || ignores.ignores(entry, isFolder)) {
                    continue;
                }
                if (isFolder) {
                    walk(argument, root, entry, relative, ignores.enter(entry));
                } else if (Files.isRegularFile(entry) && wanted(relative, shown) && seen.add(entry)) {
                    sources.add(Source.file(shown, entry, root));
                }
            }
        }

        private boolean wanted(String relative, String shown) {
            if (!includes.isEmpty()) {
                return includes.matches(relative) || includes.matches(unix(shown));
            }
            int dot = relative.lastIndexOf('.');
            return dot >= 0 && extensions.contains(relative.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
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
        String unix = path.replace('\\', '/');
        while (unix.startsWith("./")) {
            unix = unix.substring(2);
        }
        return unix;
    }
}
