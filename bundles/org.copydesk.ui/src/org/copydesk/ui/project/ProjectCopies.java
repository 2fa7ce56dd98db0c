package org.copydesk.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;
import org.copydesk.core.rules.duplicate.ProjectIndex;
import org.copydesk.ui.markers.CheckJob;
import org.copydesk.ui.markers.FileSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * The copies across the files of each project, for the markers and the quick fixes: one {@link ProjectIndex} per
 * project (the files its top {@code .copydesk.yaml}, or its preferences, govern), made in a background job when a
 * file of the project is first checked, kept current by every check of a file (saved, changed on disk, or typed
 * in an editor: the check passes the text it checks) and by deletions. When a file's update changes the copies of
 * other files, those files are checked again in the background, so their markers follow.
 *
 * <p>Under {@code scope: file}, or with the duplicate check off, nothing is kept. Never called on the UI thread.
 */
public final class ProjectCopies {
    private static final Map<IProject, ProjectIndexHolder> HOLDERS = new ConcurrentHashMap<>();

    private ProjectCopies() {
    }

    /**
     * Puts {@code text}, the text of {@code file} being checked with {@code config}, into its project's index, has
     * the other files whose copies changed checked again, and returns the file's copies of earlier files.
     */
    public static List<CrossFileCopy> update(IFile file, Config config, String text) {
        IPath location = file.getLocation();
        if (location == null || !ProjectDuplicates.acrossFiles(config)) {
            forgetIfConfigChanged(file.getProject(), config);
            return List.of();
        }
        ProjectIndexHolder holder = holder(file.getProject(), config);
        if (holder == null) {
            return List.of(); // a file under a config file of its own, not the project's
        }
        Path path = location.toFile().toPath();
        Set<Path> changed = holder.put(path, sketch(file, path, text, config), text);
        recheck(changed, path);
        return holder.lastFound(path, text);
    }

    /**
     * The copies in {@code file} if {@code text} is the text last checked, without updating or waiting for the
     * index: for a fix computed on the text the markers were made from. Empty if the text or its copies changed
     * since (its check is on its way), so a fix is refused rather than made on a stale copy.
     */
    public static List<CrossFileCopy> copiesIn(IFile file, String text) {
        ProjectIndexHolder holder = HOLDERS.get(file.getProject());
        IPath location = file.getLocation();
        return holder == null || location == null ? List.of() : holder.lastFound(location.toFile().toPath(), text);
    }

    /** A file deleted or moved away: out of its project's index; the files whose copies change are checked again. */
    public static void removed(IFile file) {
        ProjectIndexHolder holder = HOLDERS.get(file.getProject());
        IPath location = file.getLocation();
        if (holder != null && location != null) {
            Path path = location.toFile().toPath();
            IndexJob.run(file.getProject(), () -> recheck(holder.remove(path), path));
        }
    }

    /** A project closed or deleted: its index goes. */
    public static void forget(IProject project) {
        ProjectIndexHolder holder = HOLDERS.remove(project);
        if (holder != null) {
            holder.cancelBuild();
        }
    }

    /** The name a file goes by in messages: its path in the project. */
    static String name(IFile file) {
        return file.getProjectRelativePath().toString();
    }

    static ProjectDuplicates.FileSketch sketch(IFile file, Path path, String text, Config config) {
        String name = name(file);
        Document document = Document.parse(name, text, Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
        return ProjectDuplicates.sketch(path, name, document, config);
    }

    /**
     * The index of the project, for files checked with {@code config}: made (and built in the background) on first
     * use or when the project's settings changed; null if {@code config} is not the project's (a nested config file).
     */
    private static ProjectIndexHolder holder(IProject project, Config config) {
        ProjectIndexHolder holder = HOLDERS.get(project);
        if (holder != null && holder.config().equals(config)) {
            return holder;
        }
        synchronized (HOLDERS) {
            holder = HOLDERS.get(project);
            if (holder != null && holder.config().equals(config)) {
                return holder;
            }
            if (!FileSettings.inEffect(project).config().equals(config)) {
                return null;
            }
            if (holder != null) {
                holder.cancelBuild();
            }
            ProjectIndexHolder made = new ProjectIndexHolder(project, config);
            HOLDERS.put(project, made);
            made.build();
            return made;
        }
    }

    /** The project's settings no longer look across files: its index goes. */
    private static void forgetIfConfigChanged(IProject project, Config config) {
        ProjectIndexHolder holder = HOLDERS.get(project);
        if (holder != null && !holder.config().equals(config) && FileSettings.inEffect(project).config().equals(config)) {
            forget(project);
        }
    }

    /** Has the files of {@code changed} but {@code except} checked again, so that their markers show their copies. */
    static void recheck(Set<Path> changed, Path except) {
        List<IFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : changed) {
            if (!path.equals(except) && seen.add(path)) {
                IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromFile(path.toFile()));
                if (file != null && file.exists()) {
                    files.add(file);
                }
            }
        }
        CheckJob.background().enqueue(files);
    }
}
