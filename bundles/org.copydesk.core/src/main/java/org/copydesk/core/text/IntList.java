package org.copydesk.core.text;

import java.util.Arrays;

/**
 * A growable list of ints in one array: what the engine keeps per line, block or quotation mark, where an object
 * each would hold several times the text's own size.
 */
public final class IntList {
    private int[] values;
    private int size;

    public IntList() {
        this(16);
    }

    public IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        values[index] = value;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Drops the values from {@code newSize} on. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize + " of " + size);
        }
        size = newSize;
    }

    public void clear() {
        size = 0;
    }

    /** The values, in an array of exactly their number. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
