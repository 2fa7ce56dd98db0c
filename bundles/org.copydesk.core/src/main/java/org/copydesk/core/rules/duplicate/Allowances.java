package org.copydesk.core.rules.duplicate;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.core.io.PathNames;

/**
 * The repeats a project means to make, from the rule's {@code allow} list: an entry without spaces is a glob of
 * files whose paragraphs may repeat each other (install steps per platform, {@code platforms/*.md}); an entry
 * with spaces is the text of a paragraph that may repeat anywhere (a disclaimer, an epigraph), compared as the
 * check compares paragraphs, so case, wrapping, quotes and punctuation do not count.
 */
final class Allowances {
    static final Allowances NONE = new Allowances(List.of());

    private final List<PathMatcher[]> globs = new ArrayList<>();
    private final Set<Long> texts = new HashSet<>();

    Allowances(List<String> entries) {
        WordReader reader = new WordReader();
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.chars().anyMatch(Character::isWhitespace)) {
                Words words = reader.read(trimmed, 0, trimmed.length());
                if (words != null) {
                    texts.add(words.fingerprint());
                }
            } else {
                globs.add(new PathMatcher[] {FileSystems.getDefault().getPathMatcher("glob:" + trimmed),
                        FileSystems.getDefault().getPathMatcher("glob:**/" + trimmed)});
            }
        }
    }

    boolean allowsText(Words words) {
        return !texts.isEmpty() && words != null && texts.contains(words.fingerprint());
    }

    boolean hasTexts() {
        return !texts.isEmpty();
    }

    /** Whether one glob names both files (paths relative to {@code baseDir} when under it). */
    boolean allowsPair(Path a, Path b, Path baseDir) {
        for (PathMatcher[] glob : globs) {
            if (matches(glob, a, baseDir) && matches(glob, b, baseDir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(PathMatcher[] glob, Path file, Path baseDir) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
        Path relative = base != null && absolute.startsWith(base) ? base.relativize(absolute) : file.normalize();
        Path path = Path.of(PathNames.unix(relative));
        return glob[0].matches(path) || glob[1].matches(path);
    }
}
