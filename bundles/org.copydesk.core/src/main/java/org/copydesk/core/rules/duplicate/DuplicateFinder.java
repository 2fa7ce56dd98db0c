package org.copydesk.core.rules.duplicate;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.text.Removal;

/**
 * Finds, in one pass over a document's paragraphs, every paragraph that copies an earlier one.
 *
 * <p>Each paragraph is looked up before it is filed, so it is only ever compared with earlier ones. Exact
 * copies are found by the fingerprint of their words. Near copies are found through {@link Sketch} keys: the
 * paragraphs filed under the same keys are the candidates, the most alike by their sketches are compared
 * first, and only {@value #MAX_COMPARED} are compared at all. A copy names the paragraph it is most similar to
 * (the earliest of equals), or, if that is itself a copy, the first paragraph of the family when it matches
 * that one too: the first occurrence, however many copies were made of it.
 *
 * <p>Why this stays linear when thousands of paragraphs are near copies of each other: a key holds at most
 * {@value #PER_KEY} paragraphs, and a copy is not filed under a key that already holds one of its family, so
 * keys fill with distinct texts rather than with copies of one.
 */
final class DuplicateFinder {
    static final int PER_KEY = 4;
    static final int MAX_COMPARED = 4;

    /** Paragraph {@code copy} copies paragraph {@code original} (indexes into the paragraphs given). */
    record Duplicate(int copy, int original, CopyMatcher.Kind kind, double similarity) {
    }

    private static final BlockMemo.Key<ReadParagraph> READ = new BlockMemo.Key<>();
    /**
     * A document's readings by the finder's options, when it is checked once (no memo): read by its check, taken
     * over by its sketch for the search across files, if no garbage collection came between (a checked document
     * holds little more than its text).
     */
    private static final Document.Key<Map<List<Number>, WeakReference<ReadParagraph[]>>> READINGS =
            new Document.Key<>(d -> new ConcurrentHashMap<>());

    private final CopyMatcher matcher;
    private final int minWords;
    /** What a paragraph's reading depends on besides its text, for the memo. */
    private final List<Number> options;

    DuplicateFinder(double similarity, int minWords) {
        this.matcher = new CopyMatcher(similarity, minWords);
        this.minWords = minWords;
        this.options = List.of(similarity, minWords);
    }

    List<Duplicate> find(CharSequence text, List<Block> paragraphs) {
        return new Pass(text, paragraphs, BlockMemo.disabled()).run();
    }

    /**
     * As {@link #find(CharSequence, List)}. A document that is edited and checked again takes over the readings
     * of the paragraphs an edit left alone, and updates the previous version's index ({@link DuplicateIndex}).
     */
    List<Duplicate> find(Document document) {
        if (!document.blockMemo().isEnabled()) {
            // one pass reads and searches (a second one's arrays would double what a check needs at its peak)
            Pass pass = new Pass(document.text(), document.paragraphs(), BlockMemo.disabled());
            document.get(READINGS).put(options, new WeakReference<>(pass.readAll()));
            return pass.search();
        }
        Pass pass = new Pass(document.text(), document.paragraphs(), document.blockMemo());
        return document.get(DuplicateIndex.KEY).find(pass.readAll(), this);
    }

    List<Number> options() {
        return options;
    }

    /**
     * What the finder reads of each of the document's paragraphs, for an index of several documents ({@link
     * ProjectDuplicates}): read once for the document's check and its sketch, unless the document is one version
     * of several (whose memo takes readings over from version to version).
     */
    ReadParagraph[] read(Document document) {
        if (document.blockMemo().isEnabled()) {
            return read(document.text(), document.paragraphs());
        }
        Map<List<Number>, WeakReference<ReadParagraph[]>> byOptions = document.get(READINGS);
        WeakReference<ReadParagraph[]> known = byOptions.get(options);
        ReadParagraph[] readings = known != null ? known.get() : null;
        if (readings == null) {
            readings = read(document.text(), document.paragraphs());
            byOptions.put(options, new WeakReference<>(readings));
        }
        return readings;
    }

    /** What the finder reads of each paragraph. */
    ReadParagraph[] read(CharSequence text, List<Block> paragraphs) {
        return new Pass(text, paragraphs, BlockMemo.disabled()).readAll();
    }

    /**
     * The copies among paragraphs already read, in the order given (the paragraphs of several documents, one
     * after the other): the same search as within one document.
     */
    List<Duplicate> find(ReadParagraph[] readings) {
        Search search = new Search();
        search.add(readings);
        return search.duplicates();
    }

    /**
     * The copies among paragraphs already read, given a batch at a time in their order (the files of a project,
     * one after the other, as they are read): the same search as within one document, one batch after another.
     */
    final class Search {
        private final Pass pass = new Pass(new ReadParagraph[0]);

        /** Takes the next paragraphs, and finds those that copy one taken before them. */
        void add(ReadParagraph[] readings) {
            pass.append(readings);
        }

        /** The copies found so far, by paragraph number counted over all batches. */
        List<Duplicate> duplicates() {
            return pass.duplicates;
        }
    }

    CopyMatcher matcher() {
        return matcher;
    }

    /** The state of one search: what has been filed so far. */
    private final class Pass {
        private final CharSequence text;
        private final List<Block> paragraphs;
        private final BlockMemo memo;
        /** The readings given instead of a text to read, or null. */
        private final ReadParagraph[] given;
        private int count;
        // one slot per paragraph, grown as batches are appended
        private ReadParagraph[] read;
        private Words[] words;
        /** The sketch signatures of all paragraphs, side by side. */
        private long[] signatures;
        private boolean[] titles;
        /** For each paragraph, the first of the paragraphs it is a copy of, directly or through other copies. */
        private int[] family;
        private Buckets byFingerprint;
        private Buckets byKey;
        private final int[] slots = new int[Sketch.KEYS];
        private final Sketch sketch = new Sketch(minWords);
        private final WordReader reader = new WordReader();
        private final int[] filed = new int[PER_KEY];
        private final Candidates candidates;
        private final List<Duplicate> duplicates = new ArrayList<>();
        private int checked;

        Pass(CharSequence text, List<Block> paragraphs, BlockMemo memo) {
            this(text, paragraphs, memo, null, paragraphs.size());
        }

        Pass(ReadParagraph[] given) {
            this(null, null, BlockMemo.disabled(), given, given.length);
        }

        private Pass(CharSequence text, List<Block> paragraphs, BlockMemo memo, ReadParagraph[] given, int count) {
            this.text = text;
            this.paragraphs = paragraphs;
            this.memo = memo;
            this.given = given;
            this.count = count;
            this.read = new ReadParagraph[count];
            this.words = new Words[count];
            this.signatures = new long[count * Sketch.SIGNATURE_LONGS];
            this.titles = new boolean[count];
            this.family = new int[count];
            this.candidates = new Candidates(count);
        }

        List<Duplicate> run() {
            readAll();
            return search();
        }

        /** Searches the paragraphs read. */
        List<Duplicate> search() {
            byFingerprint = new Buckets(1, checked);
            byKey = new Buckets(PER_KEY, checked * Sketch.KEYS);
            for (int i = 0; i < count; i++) {
                if (words[i] != null) {
                    check(i, words[i]);
                }
            }
            return duplicates;
        }

        /** Reads every paragraph (or takes its reading over from the previous version). */
        ReadParagraph[] readAll() {
            for (int i = 0; i < count; i++) {
                ReadParagraph r = given != null ? given[i] : memo.paragraph(READ, i, options);
                if (r == null) {
                    r = read(paragraphs.get(i));
                    Block paragraph = paragraphs.get(i);
                    // a title is told by its line's list marker, before the paragraph, and the character after it
                    memo.putParagraph(READ, i, options, r, paragraph, Math.min(paragraph.start(), Removal.lineStart(text,
                            paragraph.start())), Math.min(text.length(), paragraph.end() + 1));
                }
                take(i, r);
            }
            return read;
        }

        private void take(int i, ReadParagraph r) {
            family[i] = i;
            read[i] = r;
            if (r.words() != null) {
                words[i] = r.words();
                titles[i] = r.title();
                System.arraycopy(r.signature(), 0, signatures, i * Sketch.SIGNATURE_LONGS, Sketch.SIGNATURE_LONGS);
                checked++;
            }
        }

        /** Takes readings after those taken so far (given, not read), and checks each against all before it. */
        void append(ReadParagraph[] more) {
            int from = count;
            int checkedBefore = checked;
            grow(count + more.length);
            for (int i = 0; i < more.length; i++) {
                take(from + i, more[i]);
            }
            int added = checked - checkedBefore;
            if (byKey == null) {
                byFingerprint = new Buckets(1, added);
                byKey = new Buckets(PER_KEY, added * Sketch.KEYS);
            } else {
                byFingerprint.makeRoom(added);
                byKey.makeRoom(added * Sketch.KEYS);
            }
            for (int i = from; i < count; i++) {
                if (words[i] != null) {
                    check(i, words[i]);
                }
            }
        }

        /** Room for {@code total} paragraphs, at least doubling what there was. */
        private void grow(int total) {
            if (total > read.length) {
                int capacity = Math.max(total, 2 * read.length);
                read = Arrays.copyOf(read, capacity);
                words = Arrays.copyOf(words, capacity);
                signatures = Arrays.copyOf(signatures, capacity * Sketch.SIGNATURE_LONGS);
                titles = Arrays.copyOf(titles, capacity);
                family = Arrays.copyOf(family, capacity);
                candidates.grow(capacity);
            }
            count = total;
        }

        private void check(int i, Words current) {
            int exact = firstWithSameWords(current);
            if (exact >= 0) {
                if (!(titles[i] && titles[exact])) {
                    report(i, exact, CopyMatcher.Kind.EXACT, 1.0);
                }
                return; // the first copy is filed already and stands for this one
            }
            byFingerprint.add(byFingerprint.slotOf(current.fingerprint()), current.fingerprint(), i);
            long[] keys = read[i].keys();
            for (int k = 0; k < keys.length; k++) {
                slots[k] = byKey.slotOf(keys[k]);
            }
            candidates.collect(i, slots, byKey, signatures);
            int best = -1;
            CopyMatcher.Match bestMatch = null;
            for (int c = 0; c < Math.min(MAX_COMPARED, candidates.size()); c++) {
                int earlier = candidates.get(c);
                if (titles[i] && titles[earlier]) {
                    continue;
                }
                CopyMatcher.Match match = match(earlier, i);
                if (match != null && (bestMatch == null || isBetter(match, earlier, bestMatch, best))) {
                    best = earlier;
                    bestMatch = match;
                }
            }
            if (bestMatch != null) {
                report(i, best, bestMatch.kind(), bestMatch.similarity());
            }
            file(i, keys);
        }

        /** The words of a paragraph, whether it is a title, and its sketch: all that is read of its text. */
        private ReadParagraph read(Block paragraph) {
            Words current = reader.read(text, paragraph.start(), paragraph.end(), minWords);
            if (current == null) {
                return ReadParagraph.TOO_SHORT;
            }
            sketch.of(current);
            return new ReadParagraph(current, TitleLines.isTitle(text, paragraph.start(), current), sketch.keys().clone(),
                    sketch.signature().clone());
        }

        /**
         * How {@code later} copies {@code earlier}: an alignment, remembered with the later paragraph's reading when
         * the document will be checked again (a single check compares each pair at most once).
         */
        private CopyMatcher.Match match(int earlier, int later) {
            return memo.isEnabled() ? read[later].match(words[earlier], matcher) : matcher.match(words[earlier], words[later]);
        }

        private boolean isBetter(CopyMatcher.Match match, int earlier, CopyMatcher.Match bestMatch, int best) {
            if (match.similarity() != bestMatch.similarity()) {
                return match.similarity() > bestMatch.similarity();
            }
            return earlier < best;
        }

        private int firstWithSameWords(Words current) {
            int n = byFingerprint.values(byFingerprint.slotOf(current.fingerprint()), filed);
            return n > 0 && words[filed[0]].sameWords(current) ? filed[0] : -1;
        }

        /**
         * Reports {@code copy} as a copy of {@code earlier}, or of the first paragraph of its family if the copy
         * matches that one too: a second copy of a paragraph names the paragraph, not the first copy.
         */
        private void report(int copy, int earlier, CopyMatcher.Kind kind, double similarity) {
            int first = family[earlier];
            family[copy] = first;
            CopyMatcher.Match ofFirst = first == earlier ? null : match(first, copy);
            if (ofFirst != null) {
                duplicates.add(new Duplicate(copy, first, ofFirst.kind(), ofFirst.similarity()));
            } else {
                duplicates.add(new Duplicate(copy, earlier, kind, similarity));
            }
        }

        /** Files paragraph {@code i} under its keys, except where one of its family is filed already. */
        private void file(int i, long[] keys) {
            for (int k = 0; k < keys.length; k++) {
                slots[k] = byKey.slotOf(slots[k], keys[k]);
                int n = byKey.values(slots[k], filed);
                boolean familyThere = false;
                for (int e = 0; e < n && !familyThere; e++) {
                    familyThere = family[filed[e]] == family[i];
                }
                if (!familyThere) {
                    byKey.add(slots[k], keys[k], i);
                }
            }
        }
    }

    /**
     * The earlier paragraphs sharing keys with the current one and alike enough by their sketches to be worth
     * aligning, the most alike first, then the earliest first.
     */
    private static final class Candidates {
        private int[] seenBy;
        private final int[] ids = new int[Sketch.KEYS * PER_KEY];
        private final int[] agreement = new int[Sketch.KEYS * PER_KEY];
        private final int[] found = new int[PER_KEY];
        private int size;

        Candidates(int paragraphs) {
            seenBy = new int[paragraphs];
            Arrays.fill(seenBy, -1);
        }

        void grow(int paragraphs) {
            int before = seenBy.length;
            seenBy = Arrays.copyOf(seenBy, paragraphs);
            Arrays.fill(seenBy, before, paragraphs, -1);
        }

        void collect(int current, int[] slots, Buckets buckets, long[] signatures) {
            size = 0;
            for (int slot : slots) {
                int n = buckets.values(slot, found);
                for (int e = 0; e < n; e++) {
                    int id = found[e];
                    if (seenBy[id] != current) {
                        seenBy[id] = current;
                        int same = Sketch.agreement(signatures, current, id);
                        if (same >= Sketch.MIN_AGREEMENT) {
                            ids[size] = id;
                            agreement[size++] = same;
                        }
                    }
                }
            }
            orderTop(Math.min(MAX_COMPARED, size));
        }

        /** Moves the {@code top} best candidates to the front, in order (a partial selection sort: top is small). */
        private void orderTop(int top) {
            for (int i = 0; i < top; i++) {
                int best = i;
                for (int j = i + 1; j < size; j++) {
                    if (agreement[j] > agreement[best] || agreement[j] == agreement[best] && ids[j] < ids[best]) {
                        best = j;
                    }
                }
                swap(ids, i, best);
                swap(agreement, i, best);
            }
        }

        private static void swap(int[] array, int i, int j) {
            int t = array[i];
            array[i] = array[j];
            array[j] = t;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return ids[index];
        }
    }
}
