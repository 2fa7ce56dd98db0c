package org.copydesk.core.rules.duplicate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.rule.RuleSettings;

/**
 * The copies across the files of a project, kept current one file at a time: for an editor or a language server,
 * which learn of one changed file after another and must not search the whole project again for each.
 *
 * <p>It finds what {@link ProjectDuplicates#find} finds on the same files: the same copies, reported in the later
 * file of {@link ProjectOrder}, the same {@code allow} list, the same rule for the automatic fix (the first
 * occurrence's text is read again on demand through {@link ProjectDuplicates.Texts}, and only if it still reads as
 * it was sketched). It holds the files' {@linkplain ProjectDuplicates#sketch sketches}, never their texts.
 *
 * <p>Why an update costs in proportion to the edited file and the files it shares keys with, not to the project:
 * the batch search decides about a paragraph from the paragraphs filed under its keys and its fingerprint only,
 * so the paragraphs linked to each other through shared keys (a group that is a paragraph and its copies, or a
 * few look-alikes) are searched on their own with the same outcome. An update searches again only the groups the
 * file's old and new paragraphs belong to, in project order. A change of that order (a new file, a changed
 * {@code include::} list) that moves files other than the one updated searches the whole project again.
 *
 * <p>Thread-safe: every method holds the index's lock while it runs.
 */
public final class ProjectIndex {
    /** Sets a paragraph's fingerprint apart from its sketch keys, all filed in the one table. */
    private static final long FINGERPRINT_SALT = 0x7F4A7C159E3779B9L;

    private final Config config;
    private final ProjectDuplicates.Texts texts;
    private final boolean acrossFiles;
    private final Allowances allowed;
    private final DuplicateFinder finder;
    private final Map<Path, Entry> files = new HashMap<>();
    /** Per key: the paragraph filed under it, or an array of them (most keys hold one paragraph). */
    private final Map<Long, Object> postings = new HashMap<>();
    private int stamp;

    /**
     * An empty index for the files {@code config} governs ({@code scope}, {@code allow}, {@code similarity} and
     * {@code min-words} are read from it once: a changed config needs a new index). {@code texts} reads a file
     * again when a copy of one of its paragraphs is asked for; it should give the text the file was sketched from.
     */
    public ProjectIndex(Config config, ProjectDuplicates.Texts texts) {
        this.config = config;
        this.texts = texts;
        this.acrossFiles = ProjectDuplicates.acrossFiles(config);
        RuleSettings settings = config.rule(DuplicateParagraphRule.ID);
        this.allowed = new Allowances(ProjectDuplicates.option(settings, DuplicateParagraphRule.ALLOW));
        this.finder = new DuplicateFinder(ProjectDuplicates.option(settings, DuplicateParagraphRule.SIMILARITY),
                ProjectDuplicates.option(settings, DuplicateParagraphRule.MIN_WORDS));
    }

    /** Whether the index looks across files at all: under {@code scope: file} it holds nothing and finds nothing. */
    public boolean acrossFiles() {
        return acrossFiles;
    }

    /**
     * Adds the sketch of a file, or replaces the one of the same path (an edit, saved or not). Returns the files
     * whose copies across files changed (where they are, what they copy, or its line), this one included.
     */
    public synchronized Set<Path> put(ProjectDuplicates.FileSketch sketch) {
        if (!acrossFiles) {
            return Set.of();
        }
        Entry old = files.get(sketch.key());
        Entry entry = new Entry(sketch);
        boolean reorder = old == null || !old.sketch.includes().equals(sketch.includes());
        Set<Path> changed = new LinkedHashSet<>();
        List<LinkValue> before = old == null ? List.of() : linksOf(old);
        List<Para> seeds = new ArrayList<>();
        if (old != null) {
            entry.rank = old.rank;
            unfile(old);
            neighbours(old, seeds);
        }
        files.put(sketch.key(), entry);
        file(entry);
        seeds.addAll(Arrays.asList(entry.paragraphs));
        if (reorder && !rank(entry)) {
            searchAll(changed);
        } else {
            searchAround(seeds, changed);
        }
        entry.fresh = false;
        if (!before.equals(linksOf(entry))) {
            changed.add(sketch.path());
        }
        return changed;
    }

    /** Adds or replaces many files at once (a project opened, a config changed): one search of the whole project. */
    public synchronized Set<Path> putAll(Collection<ProjectDuplicates.FileSketch> sketches) {
        if (!acrossFiles) {
            return Set.of();
        }
        Map<Path, List<LinkValue>> before = new HashMap<>();
        for (ProjectDuplicates.FileSketch sketch : sketches) {
            Entry old = files.get(sketch.key());
            if (old != null) {
                before.put(sketch.key(), linksOf(old));
                unfile(old);
            }
            Entry entry = new Entry(sketch);
            files.put(sketch.key(), entry);
            file(entry);
        }
        rank(null);
        Set<Path> changed = new LinkedHashSet<>();
        searchAll(changed);
        for (ProjectDuplicates.FileSketch sketch : sketches) {
            files.get(sketch.key()).fresh = false;
            if (!before.getOrDefault(sketch.key(), List.of()).equals(linksOf(files.get(sketch.key())))) {
                changed.add(sketch.path());
            }
        }
        return changed;
    }

    /** Removes a file (deleted, or moved: remove it, then put it under its new path). Returns the files whose copies changed. */
    public synchronized Set<Path> remove(Path path) {
        Entry old = files.remove(path.toAbsolutePath().normalize());
        if (old == null) {
            return Set.of();
        }
        Set<Path> changed = new LinkedHashSet<>();
        if (!linksOf(old).isEmpty()) {
            changed.add(old.sketch.path());
        }
        unfile(old);
        List<Para> seeds = new ArrayList<>();
        neighbours(old, seeds);
        if (!old.sketch.includes().isEmpty() && !rank(null)) {
            searchAll(changed); // the files it included go back to path order
        } else {
            searchAround(seeds, changed);
        }
        return changed;
    }

    /** Whether the index holds a file of this path. */
    public synchronized boolean contains(Path path) {
        return files.containsKey(path.toAbsolutePath().normalize());
    }

    /** How many files the index holds. */
    public synchronized int size() {
        return files.size();
    }

    /**
     * The paragraphs of the file at {@code path} that copy a paragraph of an earlier file, in the order of the
     * file, as {@link org.copydesk.core.Checker#check(org.copydesk.core.document.Document, List)} takes them;
     * empty if none or if the file is not in the index.
     */
    public synchronized List<CrossFileCopy> copiesIn(Path path) {
        Entry entry = files.get(path.toAbsolutePath().normalize());
        if (entry == null) {
            return List.of();
        }
        List<CrossFileCopy> copies = new ArrayList<>();
        Map<Entry, CharSequence> read = new HashMap<>();
        for (Para para : entry.paragraphs) {
            if (para.original != null) {
                Para original = para.original;
                ProjectDuplicates.FileSketch other = original.file.sketch;
                CharSequence text = read.computeIfAbsent(original.file, e -> readAgain(e.sketch));
                copies.add(new CrossFileCopy(entry.sketch.start(para.index), entry.sketch.end(para.index), other.name(),
                        other.line(original.index), other.start(original.index), other.end(original.index), para.how,
                        textAsSketched(text, original)));
            }
        }
        return copies;
    }

    /** Searches again the groups of paragraphs linked to {@code seeds} through shared keys. */
    private void searchAround(List<Para> seeds, Set<Path> changed) {
        int mark = ++stamp;
        List<Para> group = new ArrayList<>();
        ArrayDeque<Para> queue = new ArrayDeque<>();
        for (Para seed : seeds) {
            if (seed.seen != mark) {
                seed.seen = mark;
                queue.add(seed);
            }
        }
        while (!queue.isEmpty()) {
            Para para = queue.poll();
            group.add(para);
            for (long key : keysOf(para)) {
                Object filed = postings.get(key);
                if (filed instanceof Para one) {
                    visit(one, mark, queue);
                } else if (filed != null) {
                    for (Para other : (Para[]) filed) {
                        visit(other, mark, queue);
                    }
                }
            }
        }
        search(group, changed);
    }

    private static void visit(Para para, int mark, ArrayDeque<Para> queue) {
        if (para.seen != mark) {
            para.seen = mark;
            queue.add(para);
        }
    }

    private void searchAll(Set<Path> changed) {
        List<Para> all = new ArrayList<>();
        for (Entry entry : files.values()) {
            all.addAll(Arrays.asList(entry.paragraphs));
        }
        search(all, changed);
    }

    /**
     * The batch search over {@code group}, in project order; the copies found replace those the group's paragraphs
     * had, and the files whose copies differ are added to {@code changed}.
     */
    private void search(List<Para> group, Set<Path> changed) {
        group.sort(Comparator.comparingInt((Para para) -> para.file.rank).thenComparingInt(para -> para.index));
        LinkValue[] before = new LinkValue[group.size()];
        ReadParagraph[] readings = new ReadParagraph[group.size()];
        for (int i = 0; i < group.size(); i++) {
            Para para = group.get(i);
            before[i] = para.link();
            para.original = null;
            para.how = null;
            readings[i] = para.file.sketch.reading(para.index);
        }
        Set<List<Object>> reported = new HashSet<>();
        for (DuplicateFinder.Duplicate duplicate : finder.find(readings)) {
            Para copy = group.get(duplicate.copy());
            Para original = group.get(duplicate.original());
            if (copy.file == original.file
                    || allowed.allowsText(readings[duplicate.copy()].words())
                    || allowed.allowsText(readings[duplicate.original()].words())
                    || allowed.allowsPair(copy.file.sketch.path(), original.file.sketch.path(), config.baseDir())
                    || !reported.add(List.of(copy.file, original))) {
                continue;
            }
            copy.original = original;
            copy.how = DuplicateParagraphRule.how(duplicate.kind());
        }
        for (int i = 0; i < group.size(); i++) {
            Para para = group.get(i);
            if (!para.file.fresh && !Objects.equals(before[i], para.link())) {
                changed.add(para.file.sketch.path());
            }
        }
    }

    /**
     * Ranks the files in project order. Returns whether the files other than {@code updated} kept their order
     * among themselves, so that what was found among them still holds.
     */
    private boolean rank(Entry updated) {
        List<ProjectDuplicates.FileSketch> sketches = new ArrayList<>(files.size());
        Map<ProjectDuplicates.FileSketch, Entry> bySketch = new HashMap<>();
        for (Entry entry : files.values()) {
            sketches.add(entry.sketch);
            bySketch.put(entry.sketch, entry);
        }
        List<ProjectDuplicates.FileSketch> ordered = ProjectOrder.of(sketches);
        boolean kept = true;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = bySketch.get(ordered.get(i));
            if (entry != updated) {
                kept &= entry.rank > previous;
                previous = entry.rank;
            }
            entry.rank = i;
        }
        return kept;
    }

    /** The paragraphs of other files that share a key with a paragraph of {@code entry} (already unfiled). */
    private void neighbours(Entry entry, List<Para> into) {
        for (Para para : entry.paragraphs) {
            for (long key : keysOf(para)) {
                Object filed = postings.get(key);
                if (filed instanceof Para one) {
                    into.add(one);
                } else if (filed != null) {
                    into.addAll(Arrays.asList((Para[]) filed));
                }
            }
        }
    }

    private void file(Entry entry) {
        for (Para para : entry.paragraphs) {
            for (long key : keysOf(para)) {
                postings.merge(key, para, ProjectIndex::with);
            }
        }
    }

    private void unfile(Entry entry) {
        for (Para para : entry.paragraphs) {
            for (long key : keysOf(para)) {
                postings.computeIfPresent(key, (k, filed) -> without(filed, para));
            }
        }
    }

    private static Object with(Object filed, Object added) {
        Para para = (Para) added;
        if (filed instanceof Para one) {
            return one == para ? one : new Para[] {one, para};
        }
        Para[] all = (Para[]) filed;
        for (Para other : all) {
            if (other == para) {
                return all; // a paragraph whose anchors or bands repeat a key is filed once
            }
        }
        Para[] grown = Arrays.copyOf(all, all.length + 1);
        grown[all.length] = para;
        return grown;
    }

    private static Object without(Object filed, Para para) {
        if (filed instanceof Para one) {
            return one == para ? null : one;
        }
        Para[] all = (Para[]) filed;
        int at = -1;
        for (int i = 0; i < all.length && at < 0; i++) {
            at = all[i] == para ? i : -1;
        }
        if (at < 0) {
            return all;
        }
        if (all.length == 2) {
            return all[1 - at];
        }
        Para[] shrunk = new Para[all.length - 1];
        System.arraycopy(all, 0, shrunk, 0, at);
        System.arraycopy(all, at + 1, shrunk, at, all.length - at - 1);
        return shrunk;
    }

    private static long[] keysOf(Para para) {
        ReadParagraph reading = para.file.sketch.reading(para.index);
        long[] keys = Arrays.copyOf(reading.keys(), reading.keys().length + 1);
        keys[keys.length - 1] = reading.words().fingerprint() ^ FINGERPRINT_SALT;
        return keys;
    }

    private static List<LinkValue> linksOf(Entry entry) {
        List<LinkValue> links = new ArrayList<>();
        for (Para para : entry.paragraphs) {
            LinkValue link = para.link();
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private CharSequence readAgain(ProjectDuplicates.FileSketch file) {
        try {
            return texts.text(file);
        } catch (IOException | RuntimeException e) {
            return null; // the copies are still reported, with suggestions only
        }
    }

    /**
     * The text of {@code paragraph} in {@code text}, if it still reads as the words it was sketched from; otherwise
     * null, so that a copy is never removed on the strength of a text that changed since (the fix stays offered).
     */
    private static String textAsSketched(CharSequence text, Para paragraph) {
        ProjectDuplicates.FileSketch file = paragraph.file.sketch;
        int start = file.start(paragraph.index);
        int end = file.end(paragraph.index);
        if (text == null || end > text.length()) {
            return null;
        }
        Words words = new WordReader().read(text, start, end);
        Words sketched = file.reading(paragraph.index).words();
        return words != null && words.fingerprint() == sketched.fingerprint() && words.sameWords(sketched)
                ? text.subSequence(start, end).toString() : null;
    }

    /** A file of the index, with its paragraphs and its place in project order. */
    private static final class Entry {
        final ProjectDuplicates.FileSketch sketch;
        final Para[] paragraphs;
        int rank;
        /** Put by the update under way, which compares its copies before and after as a whole. */
        boolean fresh = true;

        Entry(ProjectDuplicates.FileSketch sketch) {
            this.sketch = sketch;
            this.paragraphs = new Para[sketch.size()];
            for (int i = 0; i < paragraphs.length; i++) {
                paragraphs[i] = new Para(this, i);
            }
        }
    }

    /** A paragraph of a file, and the paragraph of an earlier file it copies, if any. */
    private static final class Para {
        final Entry file;
        final int index;
        int seen;
        Para original;
        String how;

        Para(Entry file, int index) {
            this.file = file;
            this.index = index;
        }

        /** What is reported of this paragraph's copy, to tell whether an update changed it; null if none. */
        LinkValue link() {
            if (original == null) {
                return null;
            }
            ProjectDuplicates.FileSketch other = original.file.sketch;
            return new LinkValue(file.sketch.start(index), file.sketch.end(index), other.key(), other.line(original.index),
                    other.start(original.index), other.end(original.index), how);
        }
    }

    private record LinkValue(int start, int end, Path other, int otherLine, int otherStart, int otherEnd, String how) {
    }
}
