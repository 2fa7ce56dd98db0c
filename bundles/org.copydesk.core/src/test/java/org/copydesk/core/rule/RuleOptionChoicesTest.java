package org.copydesk.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A choice option tells a preference page its words, so the page can offer a list instead of a text field. */
class RuleOptionChoicesTest {
    @Test
    void aChoiceOptionListsItsWordsInOrderAndKeepsThemThroughAFurtherCheck() {
        RuleOption<String> language = RuleOption.choice("language", "auto", List.of("auto", "en", "de"), "The language.");
        assertEquals(List.of("auto", "en", "de"), language.choices());
        RuleOption<String> checked = language.withCheck(value -> {
            if (value.equals("de")) {
                throw new IllegalArgumentException("not yet");
            }
        });
        assertEquals(List.of("auto", "en", "de"), checked.choices());
        assertEquals("en", checked.convert("EN"));
        assertThrows(IllegalArgumentException.class, () -> checked.convert("de"));
    }

    @Test
    void otherOptionsHaveNoChoices() {
        assertTrue(RuleOption.string("name", "", "A name.").choices().isEmpty());
        assertTrue(RuleOption.integer("words", 3, 0, 20, "Words.").choices().isEmpty());
        assertTrue(RuleOption.strings("list", List.of(), "A list.").choices().isEmpty());
    }
}
