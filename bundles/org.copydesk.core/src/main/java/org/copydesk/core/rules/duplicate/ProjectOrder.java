package org.copydesk.core.rules.duplicate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.core.io.PathNames;

/**
 * The order in which a project's files are read, which decides which of two copies is "the later": the order of
 * {@code include::} directives from an AsciiDoc master file (a file no other file includes), chapter after
 * chapter, each included file right after the directive naming it; every other file in path order. A book's
 * master file is read where its path puts it, followed by everything it includes.
 */
final class ProjectOrder {
    private ProjectOrder() {
    }

    static List<ProjectDuplicates.FileSketch> of(List<ProjectDuplicates.FileSketch> files) {
        List<ProjectDuplicates.FileSketch> byPath = new ArrayList<>(files);
        byPath.sort(Comparator.comparing(file -> key(file.key())));
        Map<Path, ProjectDuplicates.FileSketch> byKey = new HashMap<>();
        Set<Path> included = new HashSet<>();
        for (ProjectDuplicates.FileSketch file : byPath) {
            byKey.putIfAbsent(file.key(), file);
        }
        for (ProjectDuplicates.FileSketch file : byPath) {
            for (Path include : file.includes()) {
                if (byKey.containsKey(include) && !include.equals(file.key())) {
                    included.add(include);
                }
            }
        }
        Set<ProjectDuplicates.FileSketch> ordered = new LinkedHashSet<>();
        for (ProjectDuplicates.FileSketch file : byPath) {
            if (!included.contains(file.key())) {
                visit(file, byKey, ordered);
            }
        }
        ordered.addAll(byPath); // files only reachable through a cycle of includes
        return new ArrayList<>(ordered);
    }

    /** What files are in path order by: the path of {@code key} (absolute, normalized), with forward slashes. */
    static String key(Path key) {
        return PathNames.unix(key);
    }

    /** The file, then what it includes, depth first, in the order of its directives (iteratively: books nest deep). */
    private static void visit(ProjectDuplicates.FileSketch root, Map<Path, ProjectDuplicates.FileSketch> byKey,
            Set<ProjectDuplicates.FileSketch> ordered) {
        List<ProjectDuplicates.FileSketch> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            ProjectDuplicates.FileSketch file = stack.remove(stack.size() - 1);
            if (!ordered.add(file)) {
                continue;
            }
            List<Path> includes = file.includes();
            for (int i = includes.size() - 1; i >= 0; i--) {
                ProjectDuplicates.FileSketch next = byKey.get(includes.get(i));
                if (next != null && !ordered.contains(next)) {
                    stack.add(next);
                }
            }
        }
    }
}
