package org.copydesk.lsp.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.PathNames;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;
import org.copydesk.core.rules.duplicate.ProjectDuplicates.FileSketch;
import org.copydesk.core.rules.duplicate.ProjectIndex;
import org.copydesk.lsp.config.ConfigStore;

/**
 * The paragraphs of the drafts in the workspace folders, sketched, and the copies across files they hold, kept
 * current as the writer works: open documents from the text the editor has (unsaved edits included), the
 * others from disk. Only sketches are kept, never the text of a file that is not open.
 *
 * <p>The files of one workspace folder governed by one config form a project, searched together as the command
 * line searches the files it is given ({@link ProjectDuplicates}, the same definition of a copy, the same
 * order, the same {@code allow} list); a config with {@code scope: file} leaves its files out. A change
 * schedules a search after a quiet moment, on this index's own thread: changes that follow before it starts
 * are gathered into it, and a search's result replaces the last one only when it ends. Whoever listens is
 * told which files' copies changed, so that their diagnostics are published again.
 */
public final class WorkspaceCopies {
    /** The files searched together: those of one workspace folder governed by one config. */
    record Project(Path folder, Config config) {
    }

    /** The copies found in a file, and the text they were found in: the open document's, or null for the file on disk. */
    public record Found(List<CrossFileCopy> copies, String text) {
    }

    /** Told, on the index's thread, of the files whose copies changed. */
    public interface Listener {
        void copiesChanged(Set<Path> files);
    }

    /** One file of a project: sketched from disk, or an open document's text waiting to be sketched. */
    private static final class Entry {
        final Path file;
        final String name;
        final Project project;
        /** The open document's parsed text, or null for a file on disk. */
        final Document open;
        volatile FileSketch sketch;

        Entry(Path file, String name, Project project, Document open, FileSketch sketch) {
            this.file = file;
            this.name = name;
            this.project = project;
            this.open = open;
            this.sketch = sketch;
        }

        String text() {
            return open == null ? null : open.text();
        }
    }

    private final ConfigStore configs;
    private final Function<Path, Path> folderOf;
    private final Function<Path, Boolean> isOpen;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread t = new Thread(runnable, "copydesk-workspace");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private volatile Map<Path, Found> found = Map.of();
    private final Object scheduling = new Object();
    private ScheduledFuture<?> scheduledSearch;
    private boolean searchStarted = true;
    private volatile long delayMillis = 200;
    private volatile long maxBytes = TextFileReader.DEFAULT_MAX_BYTES;
    private volatile Listener listener = files -> { };
    private volatile LongConsumer searched = nanos -> { };
    private volatile boolean stopped;
    /** Files added, changed or removed since the last update of the indexes. */
    private final Set<Path> dirty = ConcurrentHashMap.newKeySet();
    /** Every file is to be put again (a config changed). */
    private volatile boolean everything;
    /** The core's index of each project, updated one file at a time; only on the index's thread. */
    private final Map<Project, ProjectIndex> indexes = new HashMap<>();
    /** More files than this changed at once are put in one go, which decides about the whole project once. */
    private static final int MANY = 16;

    /**
     * @param folderOf the workspace folder holding a file (the innermost), or null for a file outside them all
     * @param isOpen   whether the editor has a file open: its text then comes from the editor, not the disk
     */
    public WorkspaceCopies(ConfigStore configs, Function<Path, Path> folderOf, Function<Path, Boolean> isOpen) {
        this.configs = configs;
        this.folderOf = folderOf;
        this.isOpen = isOpen;
    }

    public void listen(Listener newListener) {
        listener = newListener;
    }

    /** Told how long each search took, sketching of edited documents included (for the trace and for measuring). */
    public void onSearched(LongConsumer hook) {
        searched = hook;
    }

    /** How long a search waits for changes that follow; the size over which a file on disk is left out. */
    public void settings(long checkDelayMillis, long maxFileBytes) {
        delayMillis = checkDelayMillis;
        maxBytes = maxFileBytes;
    }

    /** Progress of sketching folders, and a way to stop it. */
    public interface Progress {
        Progress NONE = new Progress() { };

        default void begin(int files) {
        }

        default void report(int done, int files) {
        }

        default void end(int done, boolean cancelled) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** Sketches the drafts of {@code folders} that are not open, in the background, then searches. */
    public void addFolders(List<Path> folders, Progress progress) {
        read(folders, progress, false);
    }

    /** Forgets every file and sketches the folders again (a config changed: projects and settings may differ). */
    public void rebuild(List<Path> folders, Progress progress) {
        read(folders, progress, true);
    }

    private void read(List<Path> folders, Progress progress, boolean afresh) {
        thread.execute(() -> {
            if (afresh) {
                // open documents are replaced as they are checked again with the new settings
                entries.values().removeIf(entry -> entry.open == null);
                everything = true;
            }
            List<Path> files;
            try {
                files = FolderCheck.drafts(folders);
            } catch (IOException e) {
                files = List.of();
            }
            progress.begin(files.size());
            int done = 0;
            for (Path file : files) {
                if (progress.cancelled() || stopped) {
                    break;
                }
                if (!isOpen.apply(file)) {
                    sketchFromDisk(file);
                }
                progress.report(++done, files.size());
            }
            progress.end(done, progress.cancelled());
            scheduleSearch(0);
        });
    }

    /** Forgets the files under {@code folder}, a workspace folder no longer there. */
    public void removeFolder(Path folder) {
        removed(folder);
    }

    /**
     * The text of an open document, as just checked: sketched at the next search. Call on the checking thread,
     * which has parsed the document; whatever the sketch reads of it is computed here, so that the index's
     * thread only reads.
     */
    public void opened(Path file, Document document, Config config) {
        if (file == null) {
            return;
        }
        Path folder = folderOf.apply(file);
        if (folder == null || !ProjectDuplicates.acrossFiles(config)) {
            if (entries.remove(file) != null) {
                dirty.add(file);
                scheduleSearch(delayMillis);
            }
            return;
        }
        Project project = new Project(folder, config);
        Entry last = entries.get(file);
        if (last != null && last.open != null && last.open.text() == document.text() && last.project.equals(project)) {
            return; // the same text, checked again
        }
        document.paragraphs();
        document.lines();
        entries.put(file, new Entry(file, nameOf(folder, file), project, document, null));
        dirty.add(file);
        scheduleSearch(delayMillis);
    }

    /** An open document that is not checked (its config ignores it, or it is over the size limit): left out. */
    public void notChecked(Path file) {
        if (file != null && entries.remove(file) != null) {
            dirty.add(file);
            scheduleSearch(delayMillis);
        }
    }

    /** A file the editor closed, or one created or changed on disk while not open: sketched again from disk. */
    public void changedOnDisk(Path file) {
        thread.execute(() -> {
            if (!isOpen.apply(file)) {
                entries.remove(file);
                dirty.add(file);
                sketchFromDisk(file);
            }
            scheduleSearch(delayMillis);
        });
    }

    /** A file or folder deleted: its files leave the index. */
    public void removed(Path path) {
        thread.execute(() -> {
            boolean any = entries.keySet().removeIf(file -> {
                boolean gone = file.startsWith(path) && !isOpen.apply(file);
                if (gone) {
                    dirty.add(file);
                }
                return gone;
            });
            if (any) {
                scheduleSearch(delayMillis);
            }
        });
    }

    /**
     * The copies in {@code file} whose text is now {@code text}: those of the last search, moved by the edits
     * made since if they lie outside them (a copy the edits touched waits for the next search).
     */
    public List<CrossFileCopy> copiesFor(Path file, String text) {
        Found in = file == null ? null : found.get(file);
        if (in == null) {
            return List.of();
        }
        if (in.text() == null || in.text().equals(text)) {
            return in.copies().stream().filter(copy -> copy.end() <= text.length()).toList();
        }
        return moved(in.copies(), in.text(), text);
    }

    /** How many files the index holds (for the trace and for tests). */
    public int size() {
        return entries.size();
    }

    /**
     * Drops the searches scheduled and stops reading folders; a search that runs finishes (interrupting it could
     * cut a message to the client in half on a stream that can be interrupted).
     */
    public void shutdown() {
        stopped = true;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.shutdown();
    }

    /** The copies of {@code before} that the edits turning it into {@code after} left whole, where they are now. */
    static List<CrossFileCopy> moved(List<CrossFileCopy> copies, String before, String after) {
        int shorter = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // an edit right after a paragraph (its blank line) may join it to the next: keep clear of the edit
        int margin = 2;
        int editedEnd = before.length() - suffix;
        int shift = after.length() - before.length();
        List<CrossFileCopy> kept = new ArrayList<>();
        for (CrossFileCopy copy : copies) {
            if (copy.end() + margin <= prefix) {
                kept.add(copy);
            } else if (copy.start() >= editedEnd + margin) {
                kept.add(copy.shifted(shift));
            }
        }
        return kept;
    }

    private void sketchFromDisk(Path file) {
        var resolved = configs.resolve(file);
        Path folder = folderOf.apply(file);
        Format format = Format.ofFileName(file.getFileName().toString()).orElse(null);
        if (folder == null || format == null || resolved.ignored() || !ProjectDuplicates.acrossFiles(resolved.config())) {
            return;
        }
        try {
            String text = new TextFileReader(StandardCharsets.UTF_8, maxBytes).read(file).text();
            String name = nameOf(folder, file);
            Document document = Document.parse(name, text, format);
            entries.put(file, new Entry(file, name, new Project(folder, resolved.config()), null,
                    ProjectDuplicates.sketch(file, name, document, resolved.config())));
            dirty.add(file);
        } catch (IOException | RuntimeException e) {
            if (entries.remove(file) != null) { // unreadable, gone or too large: checking it says why
                dirty.add(file);
            }
        }
    }

    /** The file's path in its workspace folder, as messages name it. */
    private static String nameOf(Path folder, Path file) {
        return PathNames.unix(folder.relativize(file));
    }

    private void scheduleSearch(long delay) {
        synchronized (scheduling) {
            if (!searchStarted && delay > 0) {
                return; // the search scheduled will see this change
            }
            if (!searchStarted) {
                scheduledSearch.cancel(false);
            }
            searchStarted = false;
            try {
                scheduledSearch = thread.schedule(this::search, delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                searchStarted = true; // shut down
            }
        }
    }

    private void search() {
        synchronized (scheduling) {
            searchStarted = true;
        }
        long start = System.nanoTime();
        Set<Path> paths = new HashSet<>(dirty);
        dirty.removeAll(paths);
        Map<Path, Found> before = found;
        if (everything) {
            everything = false;
            indexes.clear();
            paths.addAll(entries.keySet());
            paths.addAll(before.keySet());
        }
        Set<Path> changed = new HashSet<>(paths);
        Map<Project, List<FileSketch>> put = new LinkedHashMap<>();
        for (Path path : paths) {
            Entry entry = entries.get(path);
            FileSketch sketch = entry == null ? null : sketch(entry);
            for (Map.Entry<Project, ProjectIndex> index : indexes.entrySet()) {
                if ((sketch == null || !index.getKey().equals(entry.project)) && index.getValue().contains(path)) {
                    changed.addAll(update(() -> index.getValue().remove(path)));
                }
            }
            if (sketch != null) {
                put.computeIfAbsent(entry.project, p -> new ArrayList<>()).add(sketch);
            }
        }
        for (Map.Entry<Project, List<FileSketch>> project : put.entrySet()) {
            ProjectIndex index = indexes.computeIfAbsent(project.getKey(),
                    p -> new ProjectIndex(p.config(), sketch -> textOf(sketch.path())));
            List<FileSketch> sketches = project.getValue();
            if (sketches.size() > MANY) {
                changed.addAll(update(() -> index.putAll(sketches))); // a folder read: one decision about it all
            } else {
                sketches.forEach(sketch -> changed.addAll(update(() -> index.put(sketch))));
            }
        }
        Map<Path, Found> next = new HashMap<>(before);
        for (Path file : changed) {
            Entry entry = entries.get(file);
            ProjectIndex index = entry == null ? null : indexes.get(entry.project);
            List<CrossFileCopy> in = index == null ? List.of() : index.copiesIn(file);
            if (in.isEmpty()) {
                next.remove(file);
            } else {
                next.put(file, new Found(in, entry.text()));
            }
        }
        found = next;
        searched.accept(System.nanoTime() - start);
        Set<Path> differ = new HashSet<>();
        for (Path file : changed) {
            if (!Objects.equals(before.get(file), next.get(file))) {
                differ.add(file);
            }
        }
        if (!differ.isEmpty()) {
            listener.copiesChanged(differ);
        }
    }

    /** An update of an index; if it fails, nothing is said to have changed (each file's own check says what fails). */
    private static Set<Path> update(java.util.function.Supplier<Set<Path>> update) {
        try {
            return update.get();
        } catch (RuntimeException | StackOverflowError e) {
            return Set.of();
        }
    }

    private static FileSketch sketch(Entry entry) {
        FileSketch sketch = entry.sketch;
        if (sketch == null && entry.open != null) {
            try {
                sketch = ProjectDuplicates.sketch(entry.file, entry.name, entry.open, entry.project.config());
                entry.sketch = sketch;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return sketch;
    }

    /** The text a file was sketched from: the open document's, or the file's on disk, read again. */
    private CharSequence textOf(Path file) throws IOException {
        Entry entry = entries.get(file);
        if (entry != null && entry.open != null) {
            return entry.open.text();
        }
        return new TextFileReader(StandardCharsets.UTF_8, maxBytes).read(file).text();
    }
}
