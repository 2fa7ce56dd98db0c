package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CharClassTest {
    @Test
    void holdsExactlyItsCharactersOverTheWholeCharRange() {
        String chars = "|•·»«–—-/►★:~+\u0000\uFFFF";
        CharClass set = CharClass.of(chars);
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(chars.indexOf(c) >= 0, set.has(c), () -> "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void anEmptyClassHoldsNothing() {
        CharClass none = CharClass.of("");
        assertFalse(none.has('\0'));
        assertFalse(none.has('a'));
    }
}
