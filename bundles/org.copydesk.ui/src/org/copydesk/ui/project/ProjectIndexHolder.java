package org.copydesk.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Set;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;
import org.copydesk.core.rules.duplicate.ProjectIndex;
import org.copydesk.ui.markers.FileSettings;
import org.copydesk.ui.markers.TextSnapshot;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * One project's index and how it was made: built once in a background job from every file of the project (their
 * editors' text where they are open), while the files checked meanwhile are put in as they come; the build leaves
 * those as they were put, being older.
 */
final class ProjectIndexHolder {
    private final IProject project;
    private final Config config;
    private final ProjectIndex index;
    /** While the build runs: the files put since it started, newer than what it read. */
    private Set<Path> putMeanwhile = new HashSet<>();
    private Job build;
    /**
     * The copies of each file as its last check found them, with the hash of the text checked: what a quick fix on
     * the UI thread uses, without waiting for the index. Dropped when an update changes them, until the file's
     * check that follows.
     */
    private final Map<Path, Copies> lastFound = new ConcurrentHashMap<>();

    private record Copies(int textHash, List<CrossFileCopy> copies) {
    }

    ProjectIndexHolder(IProject project, Config config) {
        this.project = project;
        this.config = config;
        this.index = new ProjectIndex(config, ProjectIndexHolder::read);
    }

    Config config() {
        return config;
    }

    ProjectIndex index() {
        return index;
    }

    /** Puts the sketch of {@code text}, the text of the file at {@code path}; returns the files whose copies changed and this file's copies. */
    synchronized Set<Path> put(Path path, ProjectDuplicates.FileSketch sketch, String text) {
        if (putMeanwhile != null) {
            putMeanwhile.add(path);
        }
        Set<Path> changed = index.put(sketch);
        changed.forEach(lastFound::remove);
        lastFound.put(path, new Copies(text.hashCode(), index.copiesIn(path)));
        return changed;
    }

    /** The copies last found in the file at {@code path}, if {@code text} is the text checked then and nothing changed them since; else none. */
    List<CrossFileCopy> lastFound(Path path, String text) {
        Copies found = lastFound.get(path);
        return found != null && found.textHash() == text.hashCode() ? found.copies() : List.of();
    }

    synchronized Set<Path> remove(Path path) {
        if (putMeanwhile != null) {
            putMeanwhile.add(path);
        }
        lastFound.remove(path);
        Set<Path> changed = index.remove(path);
        changed.forEach(lastFound::remove);
        return changed;
    }

    /** Starts the background job that sketches every file of the project. */
    void build() {
        build = IndexJob.create(project, this::buildNow);
        build.schedule();
    }

    void cancelBuild() {
        Job job = build;
        if (job != null) {
            job.cancel();
        }
    }

    private IStatus buildNow(IProgressMonitor monitor) {
        List<ProjectDuplicates.FileSketch> sketches = new ArrayList<>();
        for (IFile file : files()) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            IPath location = file.getLocation();
            TextSnapshot snapshot = location == null ? null : snapshot(file);
            if (snapshot != null && FileSettings.of(file) instanceof FileSettings.Check check && check.config().equals(config)) {
                sketches.add(ProjectCopies.sketch(file, location.toFile().toPath(), snapshot.text(), config));
            }
        }
        Set<Path> changed;
        synchronized (this) {
            Set<Path> newer = putMeanwhile;
            putMeanwhile = null;
            List<ProjectDuplicates.FileSketch> older = sketches.stream().filter(sketch -> !newer.contains(sketch.path())).toList();
            changed = index.putAll(older);
            changed.forEach(lastFound::remove);
        }
        ProjectCopies.recheck(changed, null);
        return Status.OK_STATUS;
    }

    private List<IFile> files() {
        return FileSettings.checkedFilesUnder(project);
    }

    private static TextSnapshot snapshot(IFile file) {
        try {
            return TextSnapshot.of(file);
        } catch (CoreException e) {
            return null;
        }
    }

    /** The text a file was sketched from: its editor's, else the file's on disk. */
    private static CharSequence read(ProjectDuplicates.FileSketch sketch) throws IOException {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromFile(sketch.path().toFile()));
        if (file == null) {
            throw new IOException("not in the workspace: " + sketch.path());
        }
        try {
            TextSnapshot snapshot = TextSnapshot.of(file);
            if (snapshot == null) {
                throw new IOException("cannot be read as text: " + sketch.path());
            }
            return snapshot.text();
        } catch (CoreException e) {
            throw new IOException(e);
        }
    }
}
