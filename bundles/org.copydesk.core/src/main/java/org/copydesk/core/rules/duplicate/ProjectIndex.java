package org.copydesk.core.rules.duplicate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.io.PathNames;
import org.copydesk.core.rule.RuleSettings;

/**
 * The copies across the files of a project, kept current one file at a time: for an editor or a language server,
 * which learn of one changed file after another and must not search the whole project again for each.
 *
 * <p>It finds what {@link ProjectDuplicates#find} finds on the same files: the same copies, reported in the later
 * file of {@link ProjectOrder}, the same {@code allow} list, the same rule for the automatic fix (the first
 * occurrence's text is read again on demand through {@link ProjectDuplicates.Texts}, and used only if it still
 * reads as it was sketched). It holds the files' {@linkplain ProjectDuplicates#sketch sketches}, never their texts.
 *
 * <p>How an update stays in proportion to the edited file and the files it shares keys with: the index keeps what
 * the batch search decided about each paragraph (the copy it is, the first of its family, the keys it was filed
 * under: at most {@value DuplicateFinder#PER_KEY} paragraphs per key). Those decisions depend only on the
 * paragraphs filed earlier under the same keys or with the same words. An update takes out the paragraphs the
 * edit removed, puts in those it added (the paragraphs before and after the edit are kept with their decisions),
 * and decides again, in project order, only about the paragraphs sharing a key with one whose decision changed.
 * A change of the order itself (a file added or an {@code include::} list changed, moving other files) decides
 * about the whole project again.
 *
 * <p>Thread-safe: every method holds the index's lock while it runs.
 */
public final class ProjectIndex {
    private static final Para[] NONE = {};

    private final Config config;
    private final ProjectDuplicates.Texts texts;
    private final boolean acrossFiles;
    private final Allowances allowed;
    private final CopyMatcher matcher;
    private final Map<Path, Entry> files = new HashMap<>();
    /** Per sketch key, the paragraphs that have it: one paragraph, or an array of them (most keys have one). */
    private final Map<Long, Object> byKey = new HashMap<>();
    /** Per fingerprint, the paragraphs with those words, the same way. */
    private final Map<Long, Object> byWords = new HashMap<>();
    /**
     * Per sketch key, the paragraphs filed under it, in project order: at most {@value DuplicateFinder#PER_KEY}
     * once decided (more only for a moment, while later ones wait to be decided again), so a look-up does not
     * read every paragraph that has the key.
     */
    private final Map<Long, Object> filedUnder = new HashMap<>();
    private final PriorityQueue<Para> queue = new PriorityQueue<>(ProjectIndex::compare);
    /** Paragraphs to decide about again, not yet in the queue (whose order needs the files ranked). */
    private final List<Para> pending = new ArrayList<>();
    private final Set<Entry> touched = new HashSet<>();
    private int round;
    /** How many files have {@code include::} directives: without any, project order is path order. */
    private int withIncludes;

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
        this.matcher = new CopyMatcher(ProjectDuplicates.option(settings, DuplicateParagraphRule.SIMILARITY),
                ProjectDuplicates.option(settings, DuplicateParagraphRule.MIN_WORDS));
    }

    /** Whether the index looks across files at all: under {@code scope: file} it holds nothing and finds nothing. */
    public boolean acrossFiles() {
        return acrossFiles;
    }

    /**
     * Adds the sketch of a file, or replaces the one of the same path (an edit, saved or not). Returns the paths
     * (as the sketches give them) of the files whose copies across files changed — where a copy is, what it copies,
     * on which line — this file included.
     */
    public synchronized Set<Path> put(ProjectDuplicates.FileSketch sketch) {
        if (!acrossFiles) {
            return Set.of();
        }
        round++;
        Entry entry = files.get(sketch.key());
        boolean added = entry == null;
        boolean reorder = added || !entry.sketch.includes().equals(sketch.includes());
        if (added) {
            entry = new Entry(sketch);
            files.put(sketch.key(), entry);
            entry.paragraphs = NONE;
        }
        touched.add(entry);
        touchCopiesOf(entry);
        withIncludes -= added || entry.sketch.includes().isEmpty() ? 0 : 1;
        replaceParagraphs(entry, sketch);
        withIncludes += sketch.includes().isEmpty() ? 0 : 1;
        if (added && withIncludes == 0) {
            rankInPathOrder(entry); // no book in the project: a new file only goes in between
            decideQueued();
        } else if (reorder && !rank(entry)) {
            decideAll();
        } else {
            decideQueued();
        }
        return changedFiles(Set.of());
    }

    /** Adds or replaces many files at once (a project opened, a config changed): decides about the whole project once. */
    public synchronized Set<Path> putAll(Collection<ProjectDuplicates.FileSketch> sketches) {
        if (!acrossFiles) {
            return Set.of();
        }
        round++;
        for (ProjectDuplicates.FileSketch sketch : sketches) {
            Entry entry = files.computeIfAbsent(sketch.key(), key -> {
                Entry added = new Entry(sketch);
                added.paragraphs = NONE;
                return added;
            });
            withIncludes -= entry.paragraphs == NONE || entry.sketch.includes().isEmpty() ? 0 : 1;
            replaceParagraphs(entry, sketch);
            withIncludes += sketch.includes().isEmpty() ? 0 : 1;
        }
        rank(null);
        decideAll();
        return changedFiles(Set.of());
    }

    /** Removes a file (deleted, or moved: remove it, then put it under its new path). Returns the files whose copies changed. */
    public synchronized Set<Path> remove(Path path) {
        Entry entry = files.get(path.toAbsolutePath().normalize());
        if (entry == null) {
            return Set.of();
        }
        round++;
        touchCopiesOf(entry);
        for (Para para : entry.paragraphs) {
            unfile(para);
        }
        entry.paragraphs = NONE;
        files.remove(entry.sketch.key());
        boolean included = !entry.sketch.includes().isEmpty();
        withIncludes -= included ? 1 : 0;
        if (included && !rank(null)) {
            decideAll(); // the files it included go back to path order
        } else {
            decideQueued();
        }
        return changedFiles(entry.links.isEmpty() ? Set.of() : Set.of(entry.sketch.path()));
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
        for (Para para : reported(entry)) {
            Para original = para.original;
            ProjectDuplicates.FileSketch other = original.file.sketch;
            CharSequence text = read.computeIfAbsent(original.file, e -> readAgain(e.sketch));
            copies.add(new CrossFileCopy(entry.sketch.start(para.index), entry.sketch.end(para.index), other.name(),
                    other.line(original.index), other.start(original.index), other.end(original.index),
                    DuplicateParagraphRule.how(para.kind), textAsSketched(text, original)));
        }
        return copies;
    }

    // Updating the paragraphs

    /**
     * Gives {@code entry} the paragraphs of {@code sketch}: those before and after the edit (the same words, in the
     * same order, at the start and at the end of the file) are kept with what was decided about them; the others
     * are taken out, the new ones put in, and what depends on them is queued to be decided again.
     */
    private void replaceParagraphs(Entry entry, ProjectDuplicates.FileSketch sketch) {
        Para[] old = entry.paragraphs;
        int count = sketch.size();
        int prefix = 0;
        while (prefix < old.length && prefix < count && same(old[prefix].reading, sketch.reading(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.length - prefix && suffix < count - prefix
                && same(old[old.length - 1 - suffix].reading, sketch.reading(count - 1 - suffix))) {
            suffix++;
        }
        for (int i = prefix; i < old.length - suffix; i++) {
            unfile(old[i]);
        }
        entry.sketch = sketch;
        Para[] paragraphs = new Para[count];
        for (int i = 0; i < count; i++) {
            boolean kept = i < prefix || i >= count - suffix;
            Para para = kept ? old[i < prefix ? i : old.length - (count - i)] : new Para(entry);
            para.index = i;
            para.reading = sketch.reading(i);
            paragraphs[i] = para;
            if (!kept) {
                file(para);
                enqueue(para);
            }
        }
        entry.paragraphs = paragraphs;
    }

    private static boolean same(ReadParagraph a, ReadParagraph b) {
        return a.title() == b.title() && a.words().sameWords(b.words());
    }

    /** Takes a paragraph out of the index; what depended on it is queued. */
    private void unfile(Para para) {
        para.removed = true;
        enqueueDependents(para, para.filed, true);
        setFiled(para, 0);
        setOriginal(para, null, null);
        for (long key : para.reading.keys()) {
            byKey.computeIfPresent(key, (k, filed) -> without(filed, para));
        }
        byWords.computeIfPresent(para.reading.words().fingerprint(), (k, filed) -> without(filed, para));
    }

    private void file(Para para) {
        for (long key : para.reading.keys()) {
            byKey.merge(key, para, ProjectIndex::with);
        }
        byWords.merge(para.reading.words().fingerprint(), para, ProjectIndex::with);
    }

    /** The copies of the file's paragraphs in other files name their lines: an edit that moves them changes those files. */
    private void touchCopiesOf(Entry entry) {
        for (Para para : entry.paragraphs) {
            for (Para copy : para.copiedBy) {
                touched.add(copy.file);
            }
        }
    }

    // Deciding, as DuplicateFinder does

    /** Decides again about every paragraph, in project order. */
    private void decideAll() {
        queue.clear();
        pending.clear();
        List<Para> all = new ArrayList<>();
        filedUnder.clear();
        for (Entry entry : files.values()) {
            touched.add(entry);
            for (Para para : entry.paragraphs) {
                para.filed = 0;
                para.family = para;
                setOriginal(para, null, null);
                all.add(para);
            }
        }
        all.sort(ProjectIndex::compare);
        for (Para para : all) {
            decide(para);
        }
    }

    /** Decides again about the queued paragraphs, in project order, queueing those a changed decision affects. */
    private void decideQueued() {
        queue.addAll(pending);
        pending.clear();
        while (!queue.isEmpty()) {
            Para para = queue.poll();
            if (!para.removed) {
                Para family = para.family;
                int filed = para.filed;
                boolean first = !para.decided; // a new paragraph may be the first with its words
                decide(para);
                boolean familyChanged = para.family != family || first;
                if (familyChanged || para.filed != filed) {
                    // those that read its filing: under the keys it is or was filed under
                    enqueueDependents(para, familyChanged ? para.filed | filed : para.filed ^ filed, familyChanged);
                    queue.addAll(pending);
                    pending.clear();
                }
            }
        }
    }

    /**
     * What the batch search decides about {@code para} given the decisions about the paragraphs before it: whether
     * it copies one (the same words first, else the most alike of the best candidates filed under its keys), the
     * first of its family, and the keys it is filed under.
     */
    private void decide(Para para) {
        para.decided = true;
        para.family = para;
        Para original = null;
        CopyMatcher.Kind kind = null;
        Para exact = firstWithSameWords(para);
        if (exact != null) {
            if (!(para.reading.title() && exact.reading.title())) {
                Para first = exact.family;
                para.family = first;
                CopyMatcher.Match ofFirst = first == exact ? null : matcher.match(first.reading.words(), para.reading.words());
                original = ofFirst != null ? first : exact;
                kind = ofFirst != null ? ofFirst.kind() : CopyMatcher.Kind.EXACT;
            }
            setOriginal(para, original, kind);
            setFiled(para, 0);
            return;
        }
        List<Para> candidates = candidates(para);
        Para best = null;
        CopyMatcher.Match bestMatch = null;
        for (Para earlier : candidates) {
            if (para.reading.title() && earlier.reading.title()) {
                continue;
            }
            CopyMatcher.Match match = matcher.match(earlier.reading.words(), para.reading.words());
            if (match != null && (bestMatch == null || match.similarity() > bestMatch.similarity()
                    || (match.similarity() == bestMatch.similarity() && compare(earlier, best) < 0))) {
                best = earlier;
                bestMatch = match;
            }
        }
        if (best != null) {
            Para first = best.family;
            para.family = first;
            CopyMatcher.Match ofFirst = first == best ? null : matcher.match(first.reading.words(), para.reading.words());
            original = ofFirst != null ? first : best;
            kind = ofFirst != null ? ofFirst.kind() : bestMatch.kind();
        }
        setOriginal(para, original, kind);
        long[] keys = para.reading.keys();
        int filed = 0;
        for (int k = 0; k < keys.length; k++) {
            if (!repeatsKey(keys, k)) {
                List<Para> there = filedBefore(keys[k], para);
                boolean familyThere = false;
                for (Para other : there) {
                    familyThere |= other.family == para.family;
                }
                if (!familyThere && there.size() < DuplicateFinder.PER_KEY) {
                    filed |= 1 << k;
                }
            }
        }
        setFiled(para, filed);
    }

    /** Files {@code para} under the keys of {@code filed} (bit {@code k}: its key {@code k}), and under no other. */
    private void setFiled(Para para, int filed) {
        long[] keys = para.reading.keys();
        int changed = para.filed ^ filed;
        for (int k = 0; k < keys.length; k++) {
            if ((changed & 1 << k) != 0) {
                if ((filed & 1 << k) != 0) {
                    filedUnder.merge(keys[k], para, ProjectIndex::withInOrder);
                } else {
                    filedUnder.computeIfPresent(keys[k], (key, there) -> without(there, para));
                }
            }
        }
        para.filed = filed;
    }

    /** The first paragraph with the same words before {@code para}, as the search's fingerprint table holds it. */
    private Para firstWithSameWords(Para para) {
        Para first = null;
        for (Para other : paragraphs(byWords.get(para.reading.words().fingerprint()))) {
            if (compare(other, para) < 0 && (first == null || compare(other, first) < 0)) {
                first = other;
            }
        }
        return first != null && first.reading.words().sameWords(para.reading.words()) ? first : null;
    }

    /** The paragraphs filed under the keys of {@code para} before it, alike enough to align, the best few first. */
    private List<Para> candidates(Para para) {
        List<Para> found = new ArrayList<>();
        List<Integer> agreement = new ArrayList<>();
        for (long key : para.reading.keys()) {
            for (Para other : filedBefore(key, para)) {
                if (!found.contains(other)) {
                    int same = Sketch.agreement(para.reading.signature(), other.reading.signature());
                    if (same >= Sketch.MIN_AGREEMENT) {
                        found.add(other);
                        agreement.add(same);
                    }
                }
            }
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -agreement.get(i)).thenComparing(i -> found.get(i), ProjectIndex::compare));
        List<Para> best = new ArrayList<>();
        for (int i = 0; i < Math.min(DuplicateFinder.MAX_COMPARED, order.length); i++) {
            best.add(found.get(order[i]));
        }
        return best;
    }

    /** The paragraphs filed under {@code key} before {@code para}, in project order (at most a few). */
    private List<Para> filedBefore(long key, Para para) {
        List<Para> filed = new ArrayList<>(DuplicateFinder.PER_KEY);
        for (Para other : paragraphs(filedUnder.get(key))) {
            if (compare(other, para) >= 0) {
                break;
            }
            filed.add(other);
        }
        return filed;
    }

    private static boolean repeatsKey(long[] keys, int k) {
        for (int j = 0; j < k; j++) {
            if (keys[j] == keys[k]) {
                return true;
            }
        }
        return false;
    }

    private void setOriginal(Para para, Para original, CopyMatcher.Kind kind) {
        if (para.original == original && para.kind == kind) {
            return;
        }
        touched.add(para.file);
        if (para.original != null) {
            para.original.copiedBy.remove(para);
        }
        para.original = original;
        para.kind = kind;
        if (original != null) {
            original.copiedBy.add(para);
        }
    }

    /**
     * Queues what may be decided otherwise once {@code para}'s decision changed (or it was taken out): the later
     * paragraphs with one of the keys of {@code keys} (bit {@code k}: its key {@code k}, those it is or was filed
     * under, which they read), with the same words if it is the first with them ({@code family} changed or it is
     * taken out), and its copies.
     */
    private void enqueueDependents(Para para, int keys, boolean family) {
        long[] all = para.reading.keys();
        for (int k = 0; k < all.length; k++) {
            if ((keys & 1 << k) != 0) {
                for (Para other : paragraphs(byKey.get(all[k]))) {
                    if (compare(other, para) > 0) {
                        enqueue(other);
                    }
                }
            }
        }
        if (family) {
            Para[] sameWords = paragraphs(byWords.get(para.reading.words().fingerprint()));
            boolean first = true;
            for (Para other : sameWords) {
                first &= other == para || compare(other, para) > 0;
            }
            for (int i = 0; first && i < sameWords.length; i++) {
                enqueue(sameWords[i]);
            }
        }
        for (Para copy : para.copiedBy) {
            enqueue(copy);
        }
    }

    private void enqueue(Para para) {
        if (para.queued != round && !para.removed) {
            para.queued = round;
            pending.add(para);
        }
    }

    // Order

    /**
     * Ranks the files in project order. Returns whether the files other than {@code updated} kept their order
     * among themselves, so that what was decided about them still holds.
     */
    private boolean rank(Entry updated) {
        List<ProjectDuplicates.FileSketch> sketches = new ArrayList<>(files.size());
        Map<ProjectDuplicates.FileSketch, Entry> bySketch = new HashMap<>();
        for (Entry entry : files.values()) {
            sketches.add(entry.sketch);
            bySketch.put(entry.sketch, entry);
        }
        boolean kept = true;
        int previous = Integer.MIN_VALUE;
        List<ProjectDuplicates.FileSketch> ordered = ProjectOrder.of(sketches);
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

    /**
     * Places a new file in path order among the others, all in path order (no file includes another): the files
     * after it move up one rank, so no decision made among them changes.
     */
    private void rankInPathOrder(Entry added) {
        int rank = Integer.MAX_VALUE;
        int last = -1;
        for (Entry entry : files.values()) {
            if (entry != added) {
                last = Math.max(last, entry.rank);
                if (entry.order.compareTo(added.order) > 0) {
                    rank = Math.min(rank, entry.rank);
                }
            }
        }
        rank = rank == Integer.MAX_VALUE ? last + 1 : rank;
        for (Entry entry : files.values()) {
            if (entry != added && entry.rank >= rank) {
                entry.rank++;
            }
        }
        added.rank = rank;
    }

    private static int compare(Para a, Para b) {
        return a.file.rank != b.file.rank ? Integer.compare(a.file.rank, b.file.rank) : Integer.compare(a.index, b.index);
    }

    // What is reported

    /**
     * The paths of the files touched by this update whose copies differ from what was last reported, with
     * {@code gone} (files removed that had copies).
     */
    private Set<Path> changedFiles(Set<Path> gone) {
        Set<Path> changed = new LinkedHashSet<>(gone);
        for (Entry entry : touched) {
            if (files.get(entry.sketch.key()) == entry) {
                List<LinkValue> links = new ArrayList<>();
                for (Para para : reported(entry)) {
                    links.add(para.link());
                }
                if (!links.equals(entry.links)) {
                    changed.add(entry.sketch.path());
                    entry.links = links;
                }
            }
        }
        touched.clear();
        return changed;
    }

    /**
     * The paragraphs of {@code entry} reported as copies of another file's paragraph: not allowed, and the first
     * of the file's copies of each paragraph (the others are copies of that one, reported within the file).
     */
    private List<Para> reported(Entry entry) {
        List<Para> reported = new ArrayList<>();
        Set<Para> originals = new HashSet<>();
        for (Para para : entry.paragraphs) {
            Para original = para.original;
            if (original != null && original.file != entry && !allowed.allowsText(para.reading.words())
                    && !allowed.allowsText(original.reading.words())
                    && !allowed.allowsPair(entry.sketch.path(), original.file.sketch.path(), config.baseDir())
                    && originals.add(original)) {
                reported.add(para);
            }
        }
        return reported;
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
        return words != null && words.sameWords(paragraph.reading.words()) ? text.subSequence(start, end).toString() : null;
    }

    // Small arrays of paragraphs per key

    private static Para[] paragraphs(Object filed) {
        return filed == null ? NONE : filed instanceof Para one ? new Para[] {one} : (Para[]) filed;
    }

    private static Object with(Object filed, Object added) {
        Para para = (Para) added;
        Para[] all = paragraphs(filed);
        for (Para other : all) {
            if (other == para) {
                return filed; // a paragraph whose bands or anchors repeat a key has it once
            }
        }
        Para[] grown = Arrays.copyOf(all, all.length + 1);
        grown[all.length] = para;
        return grown;
    }

    /** {@code filed} with {@code added} in project order. */
    private static Object withInOrder(Object filed, Object added) {
        Para para = (Para) added;
        Para[] all = paragraphs(filed);
        int at = 0;
        while (at < all.length && compare(all[at], para) < 0) {
            at++;
        }
        if (at < all.length && all[at] == para) {
            return filed;
        }
        Para[] grown = new Para[all.length + 1];
        System.arraycopy(all, 0, grown, 0, at);
        grown[at] = para;
        System.arraycopy(all, at, grown, at + 1, all.length - at);
        return grown;
    }

    private static Object without(Object filed, Para para) {
        Para[] all = paragraphs(filed);
        int at = Arrays.asList(all).indexOf(para);
        if (at < 0) {
            return filed;
        }
        if (all.length == 1) {
            return null;
        }
        if (all.length == 2) {
            return all[1 - at];
        }
        Para[] shrunk = new Para[all.length - 1];
        System.arraycopy(all, 0, shrunk, 0, at);
        System.arraycopy(all, at + 1, shrunk, at, all.length - at - 1);
        return shrunk;
    }

    /** A file of the index: its sketch, its paragraphs, its place in project order, and the copies last reported in it. */
    private static final class Entry {
        ProjectDuplicates.FileSketch sketch;
        /** The path as {@link ProjectOrder} sorts it. */
        final String order;
        Para[] paragraphs;
        int rank;
        List<LinkValue> links = List.of();

        Entry(ProjectDuplicates.FileSketch sketch) {
            this.sketch = sketch;
            this.order = PathNames.unix(sketch.key());
        }
    }

    /** A paragraph of a file, and what the search decided about it. */
    private static final class Para {
        final Entry file;
        int index;
        ReadParagraph reading;
        /** The first paragraph of the copies it belongs to (itself if it copies none). */
        Para family = this;
        /** Bit {@code k} set: filed under its key {@code k}. */
        int filed;
        /** The paragraph it copies, and how; null if none. */
        Para original;
        CopyMatcher.Kind kind;
        /** The paragraphs that copy it. */
        final List<Para> copiedBy = new ArrayList<>(0);
        int queued;
        boolean removed;
        boolean decided;

        Para(Entry file) {
            this.file = file;
        }

        /** What is reported of this paragraph's copy, to tell whether an update changed it. */
        LinkValue link() {
            ProjectDuplicates.FileSketch other = original.file.sketch;
            return new LinkValue(file.sketch.start(index), file.sketch.end(index), other.key(), other.line(original.index),
                    other.start(original.index), other.end(original.index), kind);
        }
    }

    private record LinkValue(int start, int end, Path other, int otherLine, int otherStart, int otherEnd, CopyMatcher.Kind kind) {
    }
}
