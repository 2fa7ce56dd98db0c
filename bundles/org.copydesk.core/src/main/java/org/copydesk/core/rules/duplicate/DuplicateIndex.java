package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.copydesk.core.document.Document;

/**
 * The search of {@link DuplicateFinder} kept up to date as a document is edited: the index is updated, not
 * rebuilt, and only the paragraphs whose outcome an edit can change are looked at again.
 *
 * <p>The finder's pass is sequential: each paragraph sees the paragraphs filed before it. Since a key only ever
 * gains paragraphs, in document order, what paragraph {@code p} saw of a key is what the key holds now of the
 * paragraphs before {@code p}. So the index keeps, per key, the paragraphs filed under it, and per paragraph its
 * outcome. A paragraph's outcome can only change if a key it reads changed before it (a paragraph was filed
 * there or taken out), or the family of a paragraph it can see did; such changes mark every later paragraph
 * holding the key for another look, in document order. Every other paragraph keeps its outcome and its filings,
 * which is what the pass would have given it again. Paragraphs are known by their reading ({@link ReadParagraph},
 * shared across versions for untouched paragraphs), so positions can shift without touching the index.
 */
final class DuplicateIndex {
    /** Hands the index from one version of a document to the next. */
    static final Document.Key<Holder> KEY = new Document.Key<>(document -> new Holder(null), (before, document) -> new Holder(before.take()));

    /** One version's hold on the index, and that version's result once found. */
    static final class Holder {
        private DuplicateIndex index;
        private List<DuplicateFinder.Duplicate> result;
        private List<Number> resultOptions;

        private Holder(DuplicateIndex index) {
            this.index = index;
        }

        private synchronized DuplicateIndex take() {
            DuplicateIndex taken = index;
            index = null;
            return taken;
        }

        synchronized List<DuplicateFinder.Duplicate> find(ReadParagraph[] readings, DuplicateFinder finder) {
            if (result != null && resultOptions.equals(finder.options())) {
                return result;
            }
            if (index == null || !index.options.equals(finder.options())) {
                index = new DuplicateIndex(finder);
            }
            result = index.update(readings);
            resultOptions = finder.options();
            return result;
        }
    }

    /** One key or fingerprint: the paragraphs filed under it and the paragraphs that look it up. */
    private static final class Slot {
        /** As a fingerprint: the first paragraph filed under it. */
        Node first;
        /** As a key: the paragraphs filed under it, in document order. */
        List<Node> filed;
        /** Every paragraph that reads it: who to look at again when it changes. */
        final List<Node> readers = new ArrayList<>(2);
    }

    /** One paragraph with enough words, as the index knows it. */
    private static final class Node {
        final ReadParagraph read;
        int position;
        int stamp;
        boolean queued;
        Node family = this;
        Node original;
        CopyMatcher.Kind kind;
        double similarity;
        boolean filedFingerprint;
        /** Which of its keys (by index into its keys) it is filed under. */
        int filedKeys;

        Node(ReadParagraph read) {
            this.read = read;
        }

        long fingerprint() {
            return read.words().fingerprint();
        }
    }

    private final List<Number> options;
    private final CopyMatcher matcher;
    private final Map<ReadParagraph, Node> nodes = new IdentityHashMap<>();
    /** What is filed under each key and each fingerprint, and who reads it. */
    private final Map<Long, Slot> slots = new HashMap<>();
    private final PriorityQueue<Node> queue = new PriorityQueue<>((a, b) -> Integer.compare(a.position, b.position));
    private Node[] order = new Node[0];
    private int stamp;

    private DuplicateIndex(DuplicateFinder finder) {
        this.options = finder.options();
        this.matcher = finder.matcher();
    }

    /** The duplicates among the paragraphs read as {@code readings} (null or too short: not checked). */
    private List<DuplicateFinder.Duplicate> update(ReadParagraph[] readings) {
        stamp++;
        List<Node> current = new ArrayList<>(readings.length);
        for (int p = 0; p < readings.length; p++) {
            ReadParagraph read = readings[p];
            if (read.words() == null) {
                continue;
            }
            Node node = nodes.get(read);
            boolean added = node == null;
            if (added) {
                node = new Node(read);
                nodes.put(read, node);
                addReader(node);
            }
            node.position = p;
            node.stamp = stamp;
            current.add(node);
            if (added) {
                enqueue(node); // once placed: the queue orders by position
            }
        }
        for (Node gone : order) {
            if (gone.stamp != stamp) {
                remove(gone);
            }
        }
        order = current.toArray(Node[]::new);
        Node next;
        while ((next = queue.poll()) != null) {
            next.queued = false;
            if (next.stamp == stamp) {
                check(next);
            }
        }
        List<DuplicateFinder.Duplicate> duplicates = new ArrayList<>();
        for (Node node : order) {
            if (node.original != null) {
                duplicates.add(new DuplicateFinder.Duplicate(node.position, node.original.position, node.kind, node.similarity));
            }
        }
        return duplicates;
    }

    /** The pass's check of one paragraph, against what was filed before it; marks whom its changes concern. */
    private void check(Node node) {
        int position = node.position;
        Node oldFamily = node.family;
        node.family = node;
        node.original = null;
        boolean filedFingerprint = false;
        int filedKeys = 0;
        Node exact = slots.get(node.fingerprint()).first;
        boolean fingerprintTaken = exact != null && exact != node && exact.position < position;
        if (fingerprintTaken && exact.read.words().sameWords(node.read.words())) {
            if (!(node.read.title() && exact.read.title())) {
                report(node, exact, CopyMatcher.Kind.EXACT, 1.0);
            }
        } else {
            filedFingerprint = !fingerprintTaken;
            Node best = null;
            CopyMatcher.Match bestMatch = null;
            for (Node earlier : candidates(node)) {
                if (node.read.title() && earlier.read.title()) {
                    continue;
                }
                CopyMatcher.Match match = node.read.match(earlier.read.words(), matcher);
                if (match != null && (bestMatch == null || match.similarity() > bestMatch.similarity()
                        || match.similarity() == bestMatch.similarity() && earlier.position < best.position)) {
                    best = earlier;
                    bestMatch = match;
                }
            }
            if (bestMatch != null) {
                report(node, best, bestMatch.kind(), bestMatch.similarity());
            }
            filedKeys = filings(node);
        }
        refile(node, filedFingerprint, filedKeys);
        if (node.family != oldFamily) {
            touchReadersOf(node);
        }
    }

    /** As the pass: the earlier paragraphs under the node's keys alike enough by their sketches, the best first. */
    private List<Node> candidates(Node node) {
        long[] keys = node.read.keys();
        List<Node> found = new ArrayList<>();
        List<Integer> agreement = new ArrayList<>();
        for (long key : keys) {
            List<Node> filed = slots.get(key).filed;
            if (filed == null) {
                continue;
            }
            int seen = 0;
            for (Node earlier : filed) {
                if (earlier.position >= node.position || seen++ == DuplicateFinder.PER_KEY) {
                    break;
                }
                if (!found.contains(earlier)) {
                    int same = Sketch.agreement(node.read.signature(), earlier.read.signature());
                    if (same >= Sketch.MIN_AGREEMENT) {
                        found.add(earlier);
                        agreement.add(same);
                    }
                }
            }
        }
        List<Node> top = new ArrayList<>(DuplicateFinder.MAX_COMPARED);
        while (top.size() < DuplicateFinder.MAX_COMPARED && !found.isEmpty()) {
            int best = 0;
            for (int j = 1; j < found.size(); j++) {
                if (agreement.get(j) > agreement.get(best)
                        || agreement.get(j).equals(agreement.get(best)) && found.get(j).position < found.get(best).position) {
                    best = j;
                }
            }
            top.add(found.remove(best));
            agreement.remove(best);
        }
        return top;
    }

    /** As the pass: a copy names the first of its family when it matches that one too. */
    private void report(Node copy, Node earlier, CopyMatcher.Kind kind, double similarity) {
        Node first = earlier.family;
        copy.family = first;
        CopyMatcher.Match ofFirst = first == earlier ? null : copy.read.match(first.read.words(), matcher);
        copy.original = ofFirst != null ? first : earlier;
        copy.kind = ofFirst != null ? ofFirst.kind() : kind;
        copy.similarity = ofFirst != null ? ofFirst.similarity() : similarity;
    }

    /** The keys the pass files the node under: those not full before it and holding none of its family. */
    private int filings(Node node) {
        long[] keys = node.read.keys();
        int filed = 0;
        for (int k = 0; k < keys.length; k++) {
            if (filedEarlierUnder(keys, k, filed)) {
                continue; // the node itself is there now, and is of its own family
            }
            List<Node> under = slots.get(keys[k]).filed;
            int before = 0;
            boolean familyThere = false;
            if (under != null) {
                for (Node other : under) {
                    if (other.position >= node.position || before == DuplicateFinder.PER_KEY) {
                        break;
                    }
                    before++;
                    familyThere |= other.family == node.family;
                }
            }
            if (!familyThere && before < DuplicateFinder.PER_KEY) {
                filed |= 1 << k;
            }
        }
        return filed;
    }

    private static boolean filedEarlierUnder(long[] keys, int k, int filed) {
        for (int j = 0; j < k; j++) {
            if (keys[j] == keys[k] && (filed & 1 << j) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Puts the node's filings right, and marks the readers of every key whose paragraphs changed. */
    private void refile(Node node, boolean filedFingerprint, int filedKeys) {
        if (filedFingerprint != node.filedFingerprint) {
            Slot slot = slots.get(node.fingerprint());
            if (filedFingerprint && (slot.first == null || slot.first.position > node.position)) {
                slot.first = node;
            } else if (!filedFingerprint && slot.first == node) {
                slot.first = null;
            }
            node.filedFingerprint = filedFingerprint;
            touch(node.fingerprint(), node.position);
        }
        long[] keys = node.read.keys();
        for (int k = 0; k < keys.length; k++) {
            boolean was = isFiledUnder(keys, node.filedKeys, k);
            boolean is = isFiledUnder(keys, filedKeys, k);
            if (was == is || firstIndexOf(keys, k) != k) {
                continue;
            }
            Slot slot = slots.get(keys[k]);
            if (slot.filed == null) {
                slot.filed = new ArrayList<>(DuplicateFinder.PER_KEY);
            }
            List<Node> under = slot.filed;
            if (is) {
                int at = 0;
                while (at < under.size() && under.get(at).position < node.position) {
                    at++;
                }
                under.add(at, node);
            } else {
                under.remove(node);
            }
            touch(keys[k], node.position);
        }
        node.filedKeys = filedKeys;
    }

    private static boolean isFiledUnder(long[] keys, int filed, int k) {
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] == keys[k] && (filed & 1 << j) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstIndexOf(long[] keys, int k) {
        for (int j = 0; j < k; j++) {
            if (keys[j] == keys[k]) {
                return j;
            }
        }
        return k;
    }

    /** A paragraph gone from the document: out of the index, and whoever could see it looks again. */
    private void remove(Node node) {
        nodes.remove(node.read);
        Slot fingerprint = slots.get(node.fingerprint());
        if (fingerprint.first == node) {
            fingerprint.first = null;
        }
        for (long key : node.read.keys()) {
            List<Node> under = slots.get(key).filed;
            if (under != null) {
                under.remove(node);
            }
        }
        removeReader(node);
        touch(node.fingerprint(), -1);
        for (long key : node.read.keys()) {
            touch(key, -1);
        }
    }

    /** The family of {@code node} changed: whoever can see it looks again. */
    private void touchReadersOf(Node node) {
        touch(node.fingerprint(), node.position);
        for (long key : node.read.keys()) {
            touch(key, node.position);
        }
    }

    /** Queues every paragraph after {@code position} that reads {@code key}. */
    private void touch(long key, int position) {
        Slot slot = slots.get(key);
        if (slot == null) {
            return;
        }
        for (Node reader : slot.readers) {
            if (reader.position > position) {
                enqueue(reader);
            }
        }
    }

    private void enqueue(Node node) {
        if (!node.queued) {
            node.queued = true;
            queue.add(node);
        }
    }

    private void addReader(Node node) {
        slots.computeIfAbsent(node.fingerprint(), key -> new Slot()).readers.add(node);
        long[] keys = node.read.keys();
        for (int k = 0; k < keys.length; k++) {
            if (firstIndexOf(keys, k) == k) {
                slots.computeIfAbsent(keys[k], key -> new Slot()).readers.add(node);
            }
        }
    }

    /** Takes the node off the readers of its slots, and forgets slots nobody reads any more. */
    private void removeReader(Node node) {
        forget(node.fingerprint(), node);
        long[] keys = node.read.keys();
        for (int k = 0; k < keys.length; k++) {
            if (firstIndexOf(keys, k) == k) {
                forget(keys[k], node);
            }
        }
    }

    private void forget(long key, Node node) {
        Slot slot = slots.get(key);
        slot.readers.remove(node);
        if (slot.readers.isEmpty() && slot.first == null && (slot.filed == null || slot.filed.isEmpty())) {
            slots.remove(key);
        }
    }
}
