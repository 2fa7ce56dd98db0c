package org.copydesk.cli.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.io.PathNames;

/**
 * The ignore files that apply in one folder of a git work tree: {@code .git/info/exclude}, then every
 * {@code .gitignore} from the work tree's root down to the folder. A deeper file overrides a shallower one,
 * as in git. Outside a work tree nothing is ignored. Immutable: entering a folder gives a new stack.
 */
final class IgnoreStack {
    private static final IgnoreStack NONE = new IgnoreStack(List.of());

    private record Level(Path directory, GitIgnore rules) {
    }

    private final List<Level> levels;

    private IgnoreStack(List<Level> levels) {
        this.levels = levels;
    }

    static IgnoreStack none() {
        return NONE;
    }

    /** The stack for {@code directory} (absolute and normalized), found by looking up for the work tree's {@code .git}. */
    static IgnoreStack forDirectory(Path directory) {
        Path root = workTreeRoot(directory);
        if (root == null) {
            return NONE;
        }
        IgnoreStack stack = new IgnoreStack(List.of(new Level(root, GitIgnore.load(root.resolve(".git/info/exclude")))));
        stack = stack.enter(root);
        for (Path part : root.relativize(directory)) {
            root = root.resolve(part);
            stack = stack.enter(root);
        }
        return stack;
    }

    private static Path workTreeRoot(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return null;
    }

    boolean active() {
        return !levels.isEmpty();
    }

    /** The stack inside {@code directory}, with its {@code .gitignore} if it has one. */
    IgnoreStack enter(Path directory) {
        if (!active()) {
            return this;
        }
        GitIgnore rules = GitIgnore.load(directory.resolve(".gitignore"));
        if (rules.isEmpty()) {
            return this;
        }
        List<Level> deeper = new ArrayList<>(levels);
        deeper.add(new Level(directory, rules));
        return new IgnoreStack(List.copyOf(deeper));
    }

    boolean ignores(Path path, boolean directory) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Level level = levels.get(i);
            if (!path.startsWith(level.directory)) {
                continue;
            }
            String relative = PathNames.unix(level.directory.relativize(path));
            Boolean ignored = level.rules.match(relative, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }
}
