package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BucketsTest {

    @Test
    void keepsTheFirstValuesOfEachKeyUpToItsCapacity() {
        Buckets buckets = new Buckets(3, 100);
        for (int value = 0; value < 10; value++) {
            buckets.add(buckets.slotOf(42L), 42L, value);
            buckets.add(buckets.slotOf(7L), 7L, 100 + value);
        }
        assertArrayEquals(new int[] {0, 1, 2}, valuesOf(buckets, 42L));
        assertArrayEquals(new int[] {100, 101, 102}, valuesOf(buckets, 7L));
        assertArrayEquals(new int[0], valuesOf(buckets, 8L));
    }

    @Test
    void slotsFoundBeforeFilingStayRightWhenTwoNewKeysWereGivenTheSameFreeSlot() {
        Buckets buckets = new Buckets(2, 1000);
        long[] keys = new long[1000];
        int[] slots = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i * 0x9E3779B97F4A7C15L;
            slots[i] = buckets.slotOf(keys[i]); // all looked up first, as a paragraph's keys are
        }
        for (int i = 0; i < keys.length; i++) {
            buckets.add(slots[i], keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertArrayEquals(new int[] {i}, valuesOf(buckets, keys[i]), "key " + i);
            assertEquals(buckets.slotOf(keys[i]), buckets.slotOf(slots[i], keys[i]));
        }
    }

    @Test
    void keysWhoseSlotsRunTogetherKeepTheirOwnValuesInTheOrderFiled() {
        Buckets buckets = new Buckets(4, 3000);
        assertHoldsWhatWasFiled(buckets, fileAtRandom(buckets, 3000, 900, new Random(7), 0));
    }

    @Test
    void aTableGivenRoomForMoreKeepsEveryKeysValuesInTheOrderFiled() {
        Buckets buckets = new Buckets(4, 10);
        // a batch of seven at a time, as a project's files come
        assertHoldsWhatWasFiled(buckets, fileAtRandom(buckets, 5000, 600, new Random(11), 7));
    }

    /**
     * Files the numbers 0 to {@code values - 1} under random keys of {@code keys} (many keys filed several times, in
     * any order), making room for each {@code batch} first if it is not 0; returns the numbers each key must hold.
     */
    private static Map<Long, List<Integer>> fileAtRandom(Buckets buckets, int values, int keys, Random random, int batch) {
        Map<Long, List<Integer>> expected = new LinkedHashMap<>();
        for (int value = 0; value < values; value++) {
            if (batch > 0 && value % batch == 0) {
                buckets.makeRoom(batch);
            }
            long key = random.nextInt(keys) * 0x9E3779B97F4A7C15L;
            buckets.add(buckets.slotOf(key), key, value);
            List<Integer> filed = expected.computeIfAbsent(key, k -> new ArrayList<>());
            if (filed.size() < 4) {
                filed.add(value);
            }
        }
        return expected;
    }

    private static void assertHoldsWhatWasFiled(Buckets buckets, Map<Long, List<Integer>> expected) {
        for (Map.Entry<Long, List<Integer>> key : expected.entrySet()) {
            assertArrayEquals(key.getValue().stream().mapToInt(Integer::intValue).toArray(), valuesOf(buckets, key.getKey()));
        }
    }

    private static int[] valuesOf(Buckets buckets, long key) {
        int[] values = new int[8];
        return Arrays.copyOf(values, buckets.values(buckets.slotOf(key), values));
    }
}
