package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall on made-up articles with copies and look-alikes put in on purpose (see
 * {@link SyntheticArticle}); a fixed seed, so the figures are the same on every run. Misses that the
 * paragraph segmenter causes (a hard-wrapped paragraph split into lines) count against recall here too.
 */
class DuplicateEvaluationTest {

    @Test
    void precisionAndRecallOnSyntheticArticles() {
        Evaluation evaluation = Evaluation.run(20_240_611L, 600);
        System.out.print("duplicate-paragraph evaluation: " + evaluation.summary());
        assertTrue(evaluation.precision() >= 0.99, evaluation.summary() + String.join("\n", evaluation.mistakes));
        assertTrue(evaluation.recall() >= 0.98, evaluation.summary() + String.join("\n", evaluation.mistakes));
        assertEquals(0, evaluation.missed - evaluation.missedBySegmentation,
                "every copy the segmenter leaves whole is found\n" + String.join("\n", evaluation.mistakes));
    }
}
