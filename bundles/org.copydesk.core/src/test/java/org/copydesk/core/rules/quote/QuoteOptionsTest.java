package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.Finding;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** The options of unattributed-quote, set the way writers set them: in .copydesk.yaml. */
class QuoteOptionsTest {
    private static List<Finding> check(String yaml, String text) throws ConfigException {
        return RuleTester.of(new UnattributedQuoteRule()).config(yaml, ".copydesk.yaml").check(text).findings();
    }

    @Test
    void addsReportingVerbsWithTheirForms() throws ConfigException {
        String text = "The senator harrumphed about the plan. \"It is a disaster for everyone who lives here.\"";
        assertEquals(1, check("rules: {}", text).size());
        assertEquals(List.of(), check("rules:\n  unattributed-quote:\n    verbs: [harrumph]\n", text));
    }

    @Test
    void addsCuesAndTitles() throws ConfigException {
        String cue = "Per the insider, the deal is \"done and dusted and signed by both sides.\"";
        assertEquals(1, check("rules: {}", cue).size());
        assertEquals(List.of(), check("rules:\n  unattributed-quote:\n    cues: [insider]\n", cue));
        String withTitle = "They launched the webisode \"how we lost the bridge and found the money\" today.";
        assertEquals(1, check("rules: {}", withTitle).size());
        assertEquals(List.of(), check("rules:\n  unattributed-quote:\n    titles: [webisode]\n", withTitle));
    }

    @Test
    void readsTheLanguageFromTheConfigOrGuessesIt() throws ConfigException {
        String german = "„Wer jetzt nicht vergleicht, verschenkt sehr viel Geld“, so Energieberater Jens Vogt.";
        assertEquals(List.of(), check("rules: {}", german));
        assertEquals(List.of(), check("rules:\n  unattributed-quote:\n    language: de\n", german));
        assertEquals(1, check("rules:\n  unattributed-quote:\n    language: en\n", german).size());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> check("rules:\n  unattributed-quote:\n    language: klingon\n", german));
        assertTrue(bad.getMessage().contains("expected one of auto, en, de, fr"), bad.getMessage());
    }

    @Test
    void guessesEnglishGermanAndFrench() {
        assertEquals(Language.ENGLISH, LanguageGuess.of(Document.parse("The mayor said that the bridge is safe and that it will open.", Format.PLAIN_TEXT)));
        assertEquals(Language.GERMAN, LanguageGuess.of(Document.parse("Die Stadtwerke erhöhen die Preise und das ist nicht gut für die Kunden.", Format.PLAIN_TEXT)));
        assertEquals(Language.FRENCH, LanguageGuess.of(Document.parse("La maire a annoncé que le projet est abandonné et que les habitants sont contents.", Format.PLAIN_TEXT)));
        assertEquals(Language.ENGLISH, LanguageGuess.of(Document.parse("", Format.PLAIN_TEXT)));
    }

    @Test
    void leavesScareQuotesOutOrCountsThemDifferently() throws ConfigException {
        String text = "The signing of a \"comprehensive\" agreement surprised diplomats.";
        assertEquals(1, check("rules: {}", text).size());
        assertEquals(List.of(), check("rules:\n  unattributed-quote:\n    scare-quotes: false\n", text));
        List<Finding> asMissing = check("rules:\n  unattributed-quote:\n    scare-quote-words: 0\n", text);
        assertEquals(1, asMissing.size());
        assertTrue(asMissing.get(0).message().startsWith("Quotation without attribution"), asMissing.get(0).message());
    }

    @Test
    void takesASeverityForMissingAttributionsButKeepsScareQuotesAtInfo() throws ConfigException {
        String text = "The signing of a \"comprehensive\" agreement surprised diplomats.\n\n\"We will win the vote on Tuesday.\"";
        List<Finding> findings = check("rules:\n  unattributed-quote: error\n", text);
        assertEquals(List.of("INFO", "ERROR"), findings.stream().map(f -> f.severity().name()).toList());
    }

    @Test
    void declaresItsOptions() {
        assertEquals(List.of("language", "verbs", "cues", "titles", "ignore", "scare-quotes", "scare-quote-words"),
                new UnattributedQuoteRule().options().stream().map(o -> o.key()).toList());
    }
}
