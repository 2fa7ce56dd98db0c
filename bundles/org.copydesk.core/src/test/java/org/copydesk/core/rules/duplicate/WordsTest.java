package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void copiesCompareEqualWhateverTheirWrappingCaseQuotesDashesAndPunctuation() {
        Words original = words("\"It's a question of trust - and we've lost it,\" the mayor said on Friday.");
        for (String copy : new String[] {
            "\u201CIt\u2019s a question of trust \u2014 and we\u2019ve lost it,\u201D the mayor said on Friday.",
            "\u00ABIt's a question of trust \u2013 and we've lost it\u00BB, the Mayor said\non Friday!",
            "\u201EIt's a question   of trust -- and we've lost it\u201C the mayor said on Friday",
            "IT'S A QUESTION OF TRUST - AND WE'VE LOST IT, THE MAYOR SAID ON FRIDAY."}) {
            assertTrue(original.sameWords(words(copy)), copy);
            assertEquals(original.fingerprint(), words(copy).fingerprint(), copy);
        }
        assertFalse(original.sameWords(words("\"It's a question of trust,\" the mayor said on Friday.")));
    }

    @Test
    void numbersAreWordsOfTheirOwnAndKeepTheirGroups() {
        Words won = words("City won 3-1 against Rovers");
        Words lost = words("City lost 1-3 against Rovers");
        assertEquals(6, won.size());
        assertTrue(won.isNumber(2) && won.isNumber(3) && !won.isNumber(1));
        assertNotEquals(won.hash(2), lost.hash(2));
        assertTrue(words("a crowd of 12,000 fans").sameWords(words("a crowd of 12000 fans")));
        assertFalse(words("growth of 3.5 per cent").sameWords(words("growth of 35 per cent")));
    }

    @Test
    void textGluedOnWithoutASpaceStartsANewWordMarkedAsGlue() {
        Words glued = words("seeing the problem firsthand.Powered by Froala Editor");
        assertEquals(8, glued.size());
        assertTrue(glued.has(4, Words.SENTENCE_START) && glued.has(4, Words.UNSPACED));
        Words caseGlued = words("seeing the problem firsthandPowered by Froala Editor");
        assertEquals(glued.hash(4), caseGlued.hash(4));
        assertTrue(caseGlued.has(4, Words.SENTENCE_START) && caseGlued.has(4, Words.UNSPACED));
        Words spaced = words("seeing the problem firsthand. Powered by Froala Editor");
        assertTrue(spaced.has(4, Words.SENTENCE_START) && !spaced.has(4, Words.UNSPACED));
        assertFalse(spaced.has(5, Words.SENTENCE_START));
    }

    @Test
    void marksNamesQuotationsAndShortWords() {
        Words w = words("In Millford, the mayor said: \u201CWe will win.\u201D Then the 'union's leaders' met.");
        // in millford the mayor said we will win then the unions leaders met
        assertFalse(w.has(0, Words.CAPITALISED), "sentence start");
        assertTrue(w.has(1, Words.CAPITALISED), "a name");
        assertFalse(w.has(5, Words.CAPITALISED), "first word of a quotation");
        assertTrue(w.has(5, Words.QUOTED) && w.has(6, Words.QUOTED) && w.has(7, Words.QUOTED));
        assertFalse(w.has(8, Words.QUOTED), "the quotation closed");
        assertTrue(w.has(10, Words.QUOTED) && w.has(11, Words.QUOTED), "single quotes, an apostrophe inside");
        assertFalse(w.has(12, Words.QUOTED));
        assertTrue(w.has(0, Words.SHORT) && !w.has(1, Words.SHORT));
    }

    @Test
    void tellsHeadlinesFromSentences() {
        assertTrue(words("Trump\u2019s Team Discusses Negotiations with Kim Jong Un").isTitleCase());
        assertFalse(words("Trump\u2019s Team Discusses Negotiations with Kim Jong Un").isClosed());
        assertFalse(words("Residents asked for more money for the library and the pool").isTitleCase());
        assertTrue(words("He said it was \"over\"").isClosed());
        assertTrue(words("**The end of the story.**").isClosed());
    }

    @Test
    void theReaderSkipsParagraphsShorterThanAskedAndReusesItsBuffers() {
        WordReader reader = new WordReader();
        String text = "Advertisement\nThe council approved the new budget on Tuesday after a long debate.\nRead more";
        int firstBreak = text.indexOf('\n');
        int secondBreak = text.lastIndexOf('\n');
        assertNull(reader.read(text, 0, firstBreak, 8));
        Words sentence = reader.read(text, firstBreak + 1, secondBreak, 8);
        assertEquals(12, sentence.size());
        assertNull(reader.read(text, secondBreak + 1, text.length(), 8));
        assertTrue(sentence.sameWords(words(text.substring(firstBreak + 1, secondBreak))));
    }

    static Words words(String text) {
        return Words.of(text, 0, text.length());
    }
}
