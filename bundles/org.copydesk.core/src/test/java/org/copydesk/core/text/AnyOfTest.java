package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AnyOfTest {
    private static final List<String> STEMS = List.of("powered", "host", "design", "präsent", "thème", "site", "made", "ma");

    @Test
    void findsWhatOneContainsPerStringFinds() {
        AnyOf stems = AnyOf.of(STEMS);
        for (String text : List.of("", "proudly powered by", "hosted", "a website", "präsentiert von", "le thème", "ma", "m",
                "the harbour at night", "desig", "made", "sit e", "ho st")) {
            assertEquals(STEMS.stream().anyMatch(text::contains), stems.foundIn(text), text);
        }
    }

    @Test
    void agreesWithContainsOnRandomText() {
        AnyOf stems = AnyOf.of(STEMS);
        Random random = new Random(7);
        String alphabet = "aehimnopdgstrwèä ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(STEMS.stream().anyMatch(s::contains), stems.foundIn(s), s);
        }
    }
}
