package org.copydesk.core.rules.duplicate;

/**
 * Paragraph numbers filed under 64-bit keys, at most a few per key, in primitive arrays: open addressing with
 * linear probing, and each key's numbers side by side, so that looking a key up and filing under it costs one
 * or two cache misses. The table is sized for all the keys up front and never grows, so a slot found for a key
 * stays valid and a paragraph's keys are probed once for both the look-up and the filing.
 *
 * <p>The cap is what keeps the check linear when thousands of paragraphs share a key: a key only remembers
 * the first paragraphs filed under it, the ones most likely to be originals.
 */
final class Buckets {
    private final int capacityPerKey;
    private final int stride;
    private final long[] keys;
    /** Per slot: how many values, then the values; a count of 0 marks a free slot. */
    private final int[] values;
    private final int mask;

    /** A table for at most {@code maxKeys} distinct keys. */
    Buckets(int capacityPerKey, int maxKeys) {
        this.capacityPerKey = capacityPerKey;
        this.stride = capacityPerKey + 1;
        int slots = Integer.highestOneBit(Math.max(16, maxKeys + maxKeys / 2)) * 2; // load factor at most two thirds
        this.keys = new long[slots];
        this.values = new int[slots * stride];
        this.mask = slots - 1;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    int slotOf(long key) {
        int slot = (int) Words.mix(key) & mask;
        while (values[slot * stride] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Copies the values in {@code slot} into {@code into} (of length {@code capacityPerKey}); returns how many. */
    int values(int slot, int[] into) {
        int base = slot * stride;
        int n = values[base];
        System.arraycopy(values, base + 1, into, 0, n);
        return n;
    }

    /**
     * Files {@code value} under {@code key} in {@code slot} (from {@link #slotOf}), unless the key is full. The
     * slot is looked up again only if another key has taken it since.
     */
    void add(int slot, long key, int value) {
        if (values[slot * stride] != 0 && keys[slot] != key) {
            slot = slotOf(key);
        }
        int base = slot * stride;
        if (values[base] < capacityPerKey) {
            keys[slot] = key;
            values[base + 1 + values[base]++] = value;
        }
    }
}
