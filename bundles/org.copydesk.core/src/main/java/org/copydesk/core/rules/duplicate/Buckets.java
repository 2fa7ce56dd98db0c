package org.copydesk.core.rules.duplicate;

import org.copydesk.core.text.ProseWords;

/**
 * Paragraph numbers filed under 64-bit keys, at most a few per key, in two primitive arrays: open addressing
 * with linear probing, one slot per number filed (its key beside it), so memory is what was filed — most keys
 * hold one number — and not the most a key could hold. The numbers of a key lie in the order they were filed
 * along the run of taken slots that holds the key's first number. The table is sized for all the numbers up
 * front, or for the next batch of them ({@link #makeRoom}), and never grows within a batch, so a slot found for
 * a key stays valid and a paragraph's keys are probed once for both the look-up and the filing.
 *
 * <p>The cap is what keeps the check linear when thousands of paragraphs share a key: a key only remembers
 * the first paragraphs filed under it, the ones most likely to be originals.
 */
final class Buckets {
    private static final int MIN_SLOTS = 16;

    private final int capacityPerKey;
    private int maxValues;
    private int filed;
    private long[] keys;
    /** Per slot: the number filed there plus one; 0 marks a free slot. */
    private int[] values;
    private int slots;

    /** A table for at most {@code maxValues} numbers filed in all. */
    Buckets(int capacityPerKey, int maxValues) {
        this.capacityPerKey = capacityPerKey;
        allocate(maxValues);
    }

    private void allocate(int maxValues) {
        this.maxValues = maxValues;
        // load factor at most two thirds: runs of taken slots stay a few slots long
        this.slots = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(MIN_SLOTS, maxValues + (long) maxValues / 2 + 1));
        this.keys = new long[slots];
        this.values = new int[slots];
        this.filed = 0;
    }

    /**
     * Room for {@code more} numbers besides those filed: a larger table (at least twice as large) if needed, with
     * every number moved over in the order it holds them, so each key keeps its numbers in the order filed. Slots
     * found before this are no longer valid.
     */
    void makeRoom(int more) {
        if ((long) filed + more <= maxValues) {
            return;
        }
        long[] oldKeys = keys;
        int[] oldValues = values;
        int oldSlots = slots;
        allocate((int) Math.min(Integer.MAX_VALUE / 2 - 8, Math.max((long) filed + more, 2L * maxValues)));
        // start after a free slot, so that no run of a key is entered in its middle
        int free = 0;
        while (oldValues[free] != 0) {
            free++;
        }
        for (int i = 1; i <= oldSlots; i++) {
            int s = (free + i) % oldSlots;
            if (oldValues[s] != 0) {
                add(slotOf(oldKeys[s]), oldKeys[s], oldValues[s] - 1);
            }
        }
    }

    /** The slot of {@code key}'s first number, or the free slot where it would go. */
    int slotOf(long key) {
        int slot = (int) (((ProseWords.mix(key) >>> 32) * slots) >>> 32); // the hash scaled to the table, no modulo
        while (values[slot] != 0 && keys[slot] != key) {
            slot = next(slot);
        }
        return slot;
    }

    /** Copies the numbers filed under the key of {@code slot} into {@code into} (of length {@code capacityPerKey}); returns how many. */
    int values(int slot, int[] into) {
        if (values[slot] == 0) {
            return 0;
        }
        long key = keys[slot];
        int n = 0;
        for (int s = slot; values[s] != 0 && n < capacityPerKey; s = next(s)) {
            if (keys[s] == key) {
                into[n++] = values[s] - 1;
            }
        }
        return n;
    }

    /**
     * The slot of {@code key} given the slot {@link #slotOf} found for it earlier: the same, unless another key
     * has taken that free slot since (two new keys can be given the same free slot).
     */
    int slotOf(int earlierSlot, long key) {
        return values[earlierSlot] == 0 || keys[earlierSlot] == key ? earlierSlot : slotOf(key);
    }

    /** Files {@code value} under {@code key} in {@code slot} (from {@link #slotOf}), unless the key is full. */
    void add(int slot, long key, int value) {
        int s = slotOf(slot, key);
        int n = 0;
        while (values[s] != 0) {
            if (keys[s] == key && ++n >= capacityPerKey) {
                return;
            }
            s = next(s);
        }
        keys[s] = key;
        values[s] = value + 1;
        filed++;
    }

    private int next(int slot) {
        return slot + 1 == slots ? 0 : slot + 1;
    }
}
