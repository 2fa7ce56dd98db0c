package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmptyLoopsTest {
    @ParameterizedTest
    @ValueSource(strings = {"((){1000000}){1000000}x", "(){2}", "(?:)*", "(a*)*", "(a|)+", "(|a){3,}", "(a?)+", "(^)*", "(?:$|a)+",
            "(\\b){5}", "(?=x)*", "(?<!x){9}", "(?<n>a*)+", "(a)(\\1)*", "(?i:a*)+", "(?x) ( a? ) *", "(a*){2}{3}", "([ab]*)+?",
            "(?:\\Q\\E)*", "(\\z)+", "(?>a*)*"})
    void loopsOverWhatCanMatchNothingAreFound(String regex) {
        Pattern.compile(regex);
        assertTrue(EmptyLoops.find(regex) >= 0, regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read more at the harbour gazette( online)?", "(a+)+$", "(a|aa)+$", "(.*a){25}", "^(\\w+\\s?)*$",
            "(x+x+)+y", "sent from my \\w+( \\w+)?", "(a*)?", "(a*){0,1}", "(a*){1}", "[(*)]+", "\\(a*\\)*", "\\Q(a*)*\\E",
            "(?x) a # (b*)* comment\n c", "[a-z&&[^(*)]]+", "(?:[)]|b)+", "\\p{L}+", "\\x{41}*", "(?<=a)b+", "(?i)posted by (\\w+ ?)+"})
    void everythingElseIsLeftAlone(String regex) {
        Pattern.compile(regex);
        assertEquals(-1, EmptyLoops.find(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a*)*", "x(){1000}"})
    void theIndexIsThatOfTheQuantifier(String regex) {
        assertEquals(regex.lastIndexOf(regex.endsWith("}") ? '{' : '*'), EmptyLoops.find(regex));
    }

    /** Nested deeper than Java's own compiler can take: read without recursion, nothing overflows. */
    @org.junit.jupiter.api.Test
    void deepNestingIsReadWithoutRecursion() {
        String deep = "(".repeat(200_000) + "a*" + ")".repeat(200_000) + "*";
        assertEquals(deep.length() - 1, EmptyLoops.find(deep));
    }
}
