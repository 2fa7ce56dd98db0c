package org.copydesk.core.rules.duplicate;

import org.copydesk.core.text.ProseWords;

/**
 * Paragraph numbers filed under 64-bit keys, at most a few per key, in one primitive array: open addressing
 * with linear probing, each slot holding its count, its key and its numbers side by side, so that looking a
 * key up costs one cache miss. The table is sized for all the keys up front and never grows, so a slot found
 * for a key stays valid and a paragraph's keys are probed once for both the look-up and the filing.
 *
 * <p>The cap is what keeps the check linear when thousands of paragraphs share a key: a key only remembers
 * the first paragraphs filed under it, the ones most likely to be originals.
 */
final class Buckets {
    private static final int COUNT = 0;
    private static final int KEY_LOW = 1;
    private static final int KEY_HIGH = 2;
    private static final int VALUES = 3;

    private final int capacityPerKey;
    private final int stride;
    /** Per slot: how many values (0 marks a free slot), the key in two halves, then the values. */
    private final int[] table;
    private final int mask;

    /** A table for at most {@code maxKeys} distinct keys. */
    Buckets(int capacityPerKey, int maxKeys) {
        this.capacityPerKey = capacityPerKey;
        this.stride = Integer.highestOneBit(VALUES + capacityPerKey - 1) * 2; // a power of two: slots share no cache line
        int slots = Integer.highestOneBit(Math.max(16, maxKeys + maxKeys / 2)) * 2; // load factor at most two thirds
        this.table = new int[slots * stride];
        this.mask = slots - 1;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    int slotOf(long key) {
        int slot = (int) ProseWords.mix(key) & mask;
        while (table[slot * stride + COUNT] != 0 && !holds(slot, key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Copies the values in {@code slot} into {@code into} (of length {@code capacityPerKey}); returns how many. */
    int values(int slot, int[] into) {
        int base = slot * stride;
        int n = table[base + COUNT];
        System.arraycopy(table, base + VALUES, into, 0, n);
        return n;
    }

    /**
     * The slot of {@code key} given the slot {@link #slotOf} found for it earlier: the same, unless another key
     * has taken that free slot since (two new keys can be given the same free slot).
     */
    int slotOf(int earlierSlot, long key) {
        return table[earlierSlot * stride + COUNT] == 0 || holds(earlierSlot, key) ? earlierSlot : slotOf(key);
    }

    /** Files {@code value} under {@code key} in {@code slot} (from {@link #slotOf}), unless the key is full. */
    void add(int slot, long key, int value) {
        slot = slotOf(slot, key);
        int base = slot * stride;
        int n = table[base + COUNT];
        if (n < capacityPerKey) {
            table[base + KEY_LOW] = (int) key;
            table[base + KEY_HIGH] = (int) (key >>> 32);
            table[base + VALUES + n] = value;
            table[base + COUNT] = n + 1;
        }
    }

    private boolean holds(int slot, long key) {
        int base = slot * stride;
        return table[base + KEY_LOW] == (int) key && table[base + KEY_HIGH] == (int) (key >>> 32);
    }
}
