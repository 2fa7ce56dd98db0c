package org.copydesk.core.rules.duplicate;

import static org.copydesk.core.rules.duplicate.WordsTest.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The candidate search: how often near copies share a key and agree, and how rarely other paragraphs do. */
class SketchTest {
    private static final int PAIRS = 1000;

    @Test
    void exactCopiesHaveTheSameKeysAndAgreeEverywhere() {
        String text = "The council approved the new budget on Tuesday after a long debate about the bridge.";
        Sketch sketch = new Sketch(8);
        long[] keys = sketch.of(words(text)).keys().clone();
        long[] signatures = new long[2 * Sketch.SIGNATURE_LONGS];
        System.arraycopy(sketch.signature(), 0, signatures, 0, Sketch.SIGNATURE_LONGS);
        sketch.of(words(text.toUpperCase()));
        System.arraycopy(sketch.signature(), 0, signatures, Sketch.SIGNATURE_LONGS, Sketch.SIGNATURE_LONGS);
        assertArrayEquals(keys, sketch.keys());
        assertEquals(Sketch.HASHES, Sketch.agreement(signatures, 0, 1));
    }

    @Test
    void nearCopiesAtTheThresholdAreCandidatesAlmostAlways() {
        Random random = new Random(11);
        ProseGenerator prose = new ProseGenerator(random);
        CopyMatcher matcher = new CopyMatcher(0.9, 8);
        int found = 0;
        int tried = 0;
        while (tried < PAIRS) {
            String original = prose.paragraph();
            String[] words = original.split(" ");
            if (words.length < 10) {
                continue;
            }
            // as many changed words as the threshold allows, spread out: the hardest near copies to find
            int edits = Math.max(1, words.length / 10);
            for (int e = 0; e < edits; e++) {
                int at = (e * words.length / edits + random.nextInt(Math.max(1, words.length / edits))) % words.length;
                if (words[at].matches("[a-z]+")) {
                    words[at] = "zq" + random.nextInt(1000);
                }
            }
            String copy = String.join(" ", words);
            if (matcher.match(words(original), words(copy)) == null) {
                continue; // the edits hit a number or a name, or merged into a run: not a near copy
            }
            tried++;
            if (areCandidates(original, copy)) {
                found++;
            }
        }
        assertTrue(found >= PAIRS * 0.99, found + " of " + PAIRS + " near copies found");
    }

    @Test
    void copiesWithAFooterGluedOnAreCandidates() {
        Random random = new Random(12);
        ProseGenerator prose = new ProseGenerator(random);
        int found = 0;
        for (int i = 0; i < PAIRS; i++) {
            String original = prose.paragraph();
            String copy = original + CopyEdits.FOOTERS.get(random.nextInt(CopyEdits.FOOTERS.size()));
            if (areCandidates(original, copy)) {
                found++;
            }
        }
        assertTrue(found >= PAIRS * 0.995, found + " of " + PAIRS + " glued copies found");
    }

    @Test
    void differentParagraphsRarelyAgreeEnoughToBeAligned() {
        ProseGenerator prose = new ProseGenerator(new Random(13));
        int candidates = 0;
        for (int i = 0; i < PAIRS; i++) {
            if (areCandidates(prose.paragraph(), prose.paragraph())) {
                candidates++;
            }
        }
        // the generator's paragraphs share whole phrases of its templates, more than real prose does
        assertTrue(candidates < PAIRS * 0.1, candidates + " of " + PAIRS + " unrelated pairs would be aligned");
    }

    /** Whether the check would align the two: they share a key and agree on enough bins. */
    private static boolean areCandidates(String a, String b) {
        Sketch sketch = new Sketch(8);
        long[] signatures = new long[2 * Sketch.SIGNATURE_LONGS];
        long[] keys = sketch.of(words(a)).keys().clone();
        System.arraycopy(sketch.signature(), 0, signatures, 0, Sketch.SIGNATURE_LONGS);
        long[] otherKeys = sketch.of(words(b)).keys();
        System.arraycopy(sketch.signature(), 0, signatures, Sketch.SIGNATURE_LONGS, Sketch.SIGNATURE_LONGS);
        boolean shareKey = false;
        for (int k = 0; k < Sketch.KEYS; k++) {
            shareKey |= keys[k] == otherKeys[k];
        }
        return shareKey && Sketch.agreement(signatures, 0, 1) >= Sketch.MIN_AGREEMENT;
    }
}
