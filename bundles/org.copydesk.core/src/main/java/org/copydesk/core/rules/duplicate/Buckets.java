package org.copydesk.core.rules.duplicate;

import java.util.Arrays;

/**
 * Paragraph numbers filed under 64-bit keys, at most a few per key, in primitive arrays (open addressing,
 * linear probing). The cap is what keeps the check linear when thousands of paragraphs share a key: a key only
 * remembers the first paragraphs filed under it, the ones most likely to be originals.
 */
final class Buckets {
    private final int capacityPerKey;
    private long[] keys;
    /** Per slot: 1 + the index of the key's latest entry, or 0 for a free slot. */
    private int[] heads;
    private int[] counts;
    private int used;
    private int[] entryValues = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    Buckets(int capacityPerKey) {
        this.capacityPerKey = capacityPerKey;
        allocate(64);
    }

    /** Copies the values filed under {@code key} into {@code into} (of length {@code capacityPerKey}); returns how many. */
    int values(long key, int[] into) {
        int slot = slotOf(key);
        int n = 0;
        for (int e = heads[slot] - 1; e >= 0; e = entryNext[e]) {
            into[n++] = entryValues[e];
        }
        return n;
    }

    /** Files {@code value} under {@code key}, unless the key is full. */
    void add(long key, int value) {
        int slot = slotOf(key);
        if (heads[slot] == 0) {
            if (++used * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
            keys[slot] = key;
        } else if (counts[slot] >= capacityPerKey) {
            return;
        }
        if (entries == entryValues.length) {
            entryValues = Arrays.copyOf(entryValues, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryValues[entries] = value;
        entryNext[entries] = heads[slot] - 1;
        heads[slot] = ++entries;
        counts[slot]++;
    }

    int capacityPerKey() {
        return capacityPerKey;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) Words.mix(key) & mask;
        while (heads[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private void allocate(int slots) {
        keys = new long[slots];
        heads = new int[slots];
        counts = new int[slots];
    }
}
