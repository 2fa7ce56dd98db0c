package org.copydesk.core.rules.duplicate;

import static org.copydesk.core.rules.duplicate.WordsTest.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CopyMatcherTest {
    private static final String TWENTY = "Union leaders called off the rail strike late on Sunday after the operator"
            + " improved its pay offer for drivers and guards.";

    private final CopyMatcher matcher = new CopyMatcher(0.9, 8);

    @Test
    void exactCopies() {
        assertKind(CopyMatcher.Kind.EXACT, TWENTY, TWENTY.toUpperCase().replace(".", "!"));
    }

    @Test
    void aWordChangedAddedOrDroppedIsANearCopyWithinTheThreshold() {
        assertKind(CopyMatcher.Kind.NEAR, TWENTY, TWENTY.replace("improved", "raised"));
        assertKind(CopyMatcher.Kind.NEAR, TWENTY, TWENTY.replace("late on", "late on that"));
        assertKind(CopyMatcher.Kind.NEAR, TWENTY, TWENTY.replace("late ", ""));
        assertKind(CopyMatcher.Kind.NEAR, TWENTY, TWENTY.replace("late on", "on"));
        assertEquals(1 - 1.0 / 21, matcher.match(words(TWENTY), words(TWENTY.replace("improved", "raised"))).similarity(), 1e-9);
    }

    @Test
    void moreEditsThanTheThresholdAllowsIsNoCopy() {
        String threeChanged = TWENTY.replace("improved", "raised").replace("drivers", "staff").replace("Sunday", "Monday");
        assertNull(matcher.match(words(TWENTY), words(threeChanged)));
        assertNull(new CopyMatcher(1.0, 8).match(words(TWENTY), words(TWENTY.replace("improved", "raised"))));
        assertNotNull(new CopyMatcher(0.8, 8).match(words(TWENTY), words(TWENTY.replace("improved", "raised")
                .replace("drivers", "staff"))));
    }

    @Test
    void aChangedNumberIsAChangeOfSubstance() {
        String won = "City won 3-1 against Rovers at the stadium on Saturday in front of a crowd of twelve thousand"
                + " fans who had travelled from all over the county for the final.";
        assertNull(matcher.match(words(won), words(won.replace("won 3-1", "lost 1-3"))));
        assertNull(matcher.match(words(won), words(won.replace("3-1", "3-2"))));
        assertNull(matcher.match(words(won), words(won.replace("3-1 ", ""))));
    }

    @Test
    void aNameReplacedByAnotherNameIsAChangeOfSubstance() {
        String protest = "In Millford, residents staged a protest outside the town hall on Wednesday after complaints"
                + " about the new parking scheme and the lack of buses.";
        assertNull(matcher.match(words(protest), words(protest.replace("Millford", "Eastbridge"))));
        assertNotNull(matcher.match(words(protest), words(protest.replace("Millford", "the town"))));
    }

    @Test
    void aDifferentQuotationUnderTheSameIntroductionIsNoCopy() {
        String asked = "Asked on Tuesday whether the work would be finished before the end of the year, as the council"
                + " had promised, the mayor replied: \"Absolutely.\"";
        assertNull(matcher.match(words(asked), words(asked.replace("Absolutely", "Not yet"))));
        assertNotNull(matcher.match(words(asked), words(asked.replace("the end of", "end of"))));
    }

    @Test
    void aRunOfMoreThanThreeChangedWordsIsNoCopy() {
        String long40 = TWENTY + " " + TWENTY;
        assertNotNull(matcher.match(words(long40), words(long40.replaceFirst("for drivers and guards", "for all drivers and guards"))));
        assertNull(matcher.match(words(long40), words(long40.replaceFirst("for drivers and guards", "for the staff on every line"))));
    }

    @Test
    void textGluedOnEitherEndIsSetAside() {
        String glued = TWENTY + "Powered by Froala Editor";
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, glued);
        assertKind(CopyMatcher.Kind.GLUED, glued, TWENTY);
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, TWENTY + " Read more");
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, TWENTY + "Click here to subscribe to our weekly newsletter and get the news");
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, TWENTY.replace("improved", "raised") + "Powered by Froala Editor");
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, "ADVERTISEMENT." + TWENTY);
    }

    @Test
    void aSentenceAddedAfterASpaceIsOnlyGlueWhenShort() {
        assertKind(CopyMatcher.Kind.GLUED, TWENTY, TWENTY + " The strike is off.");
        assertNull(matcher.match(words(TWENTY), words(TWENTY + " Passengers were relieved, and the unions declared a famous victory.")));
        assertNull(matcher.match(words(TWENTY), words(TWENTY.replace(".", ", which passengers welcomed"))), "not after a sentence end");
    }

    private void assertKind(CopyMatcher.Kind kind, String earlier, String later) {
        CopyMatcher.Match match = matcher.match(words(earlier), words(later));
        assertNotNull(match, later);
        assertEquals(kind, match.kind(), later);
    }
}
