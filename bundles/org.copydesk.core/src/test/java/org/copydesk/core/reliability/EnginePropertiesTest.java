package org.copydesk.core.reliability;

import java.util.concurrent.atomic.AtomicInteger;

import org.copydesk.core.CheckResult;
import org.copydesk.core.document.Document;
import org.junit.jupiter.api.Test;

/**
 * The engine on generated documents in all three formats ({@link Drafts}): whatever the text, checking never
 * fails, findings stay inside the text and in document order, and fixing keeps every byte it does not mean to
 * remove. Each property sees {@value PropertyRun#DEFAULT_TRIES} new drafts a run unless
 * {@code -Dcopydesk.property.tries} says otherwise (releng/long-run.sh).
 */
class EnginePropertiesTest {
    private static final Gen<Draft> DRAFTS = Drafts.any();

    /** Every invariant of {@link Invariants} on each draft: what releng/long-run.sh runs on a million drafts. */
    @Test
    void everyInvariantHolds() {
        AtomicInteger moreThanOneRound = new AtomicInteger();
        AtomicInteger mostRounds = new AtomicInteger();
        AtomicInteger footerTookWords = new AtomicInteger();
        AtomicInteger keptForTheWriter = new AtomicInteger();
        PropertyRun.forAll("every invariant", DRAFTS, draft -> {
            Invariants.Fixing fixing = Invariants.assertAll(draft.format(), draft.text());
            footerTookWords.addAndGet(Invariants.assertFixingLosesNoWord(draft.text(), fixing, draft.chrome()).isEmpty() ? 0 : 1);
            keptForTheWriter.addAndGet(fixing.left().stream().anyMatch(f -> f.ruleId().equals("duplicate-paragraph")) ? 1 : 0);
            Invariants.assertLineMap(draft.text());
            int rounds = fixing.rounds();
            moreThanOneRound.addAndGet(rounds > 1 ? 1 : 0);
            mostRounds.accumulateAndGet(rounds, Math::max);
        });
        System.out.printf("every invariant: %,d drafts needed more than one round of fixing, at most %d%n", moreThanOneRound.get(),
                mostRounds.get());
        System.out.printf("every invariant: %,d drafts kept a copy that says something new for the writer; in %,d the footer fix"
                + " took words that were not chrome%n", keptForTheWriter.get(), footerTookWords.get());
    }

    @Test
    void checkingNeverFailsAndFindingsLieInsideInDocumentOrder() {
        PropertyRun.forAll("check", DRAFTS, draft -> {
            CheckResult result = Invariants.CHECKER.check(draft.fileName(), draft.text());
            Invariants.assertNoFailures(result);
            Invariants.assertFindingsInside(draft.text(), result.findings());
            Invariants.assertDocumentOrder(result.findings());
        });
    }

    /**
     * Idempotence, as checked here: the automatic fixes given twice over give the text they give once; and
     * fixing, checking again and fixing again reaches a text with nothing left to fix, each round deleting
     * something. Every round keeps the text outside its deleted ranges byte for byte.
     * One round is not always enough (see {@link FixRoundsTest}); how often a second one is needed is printed.
     */
    @Test
    void automaticFixesKeepEverythingElseAndConverge() {
        AtomicInteger drafts = new AtomicInteger();
        AtomicInteger moreThanOneRound = new AtomicInteger();
        PropertyRun.forAll("fixing converges", DRAFTS, draft -> {
            Invariants.Fixing fixing = Invariants.assertFixingConverges(draft.format(), draft.text(),
                    Invariants.CHECKER.check(draft.fileName(), draft.text()));
            Invariants.assertFixingLosesNoWord(draft.text(), fixing, draft.chrome());
            int rounds = fixing.rounds();
            drafts.incrementAndGet();
            moreThanOneRound.addAndGet(rounds > 1 ? 1 : 0);
        });
        System.out.printf("fixing converges: %,d of %,d drafts needed a second round%n", moreThanOneRound.get(), drafts.get());
    }

    @Test
    void everyFixOfferedAppliesAsTheOracleSays() {
        PropertyRun.forAll("all fixes", DRAFTS, draft -> Invariants.assertAllFixes(draft.text(),
                Invariants.CHECKER.check(draft.fileName(), draft.text())));
    }

    @Test
    void segmentsAreInOrderInsideTheText() {
        PropertyRun.forAll("segments", DRAFTS,
                draft -> Invariants.assertSegmentation(Document.parse(draft.fileName(), draft.text(), draft.format())));
    }

    @Test
    void lineMapRoundTrips() {
        PropertyRun.forAll("line map", DRAFTS, draft -> Invariants.assertLineMap(draft.text()));
    }
}
