package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The verb forms the lexicons are grown with: German principal parts, French verbs in -er, particles. */
class VerbFormsTest {

    @Test
    void germanWeakVerbsGetTheirPresentAndPastForms() {
        Set<String> sagen = GermanForms.of(List.of("sagen"));
        assertTrue(sagen.containsAll(List.of("sagen", "sagt", "sagst", "sagte", "sagten", "gesagt")), sagen.toString());
        Set<String> antworten = GermanForms.of(List.of("antworten"));
        assertTrue(antworten.containsAll(List.of("antwortet", "antwortete", "geantwortet")), antworten.toString());
        Set<String> erwidern = GermanForms.of(List.of("erwidern"));
        assertTrue(erwidern.containsAll(List.of("erwidert", "erwiderte", "erwiderten")), erwidern.toString());
        assertFalse(erwidern.contains("geerwidert"), "inseparable prefixes take no ge-");
    }

    @Test
    void germanFirstPersonPresentIsLeftOutForItIsAnEverydayNoun() {
        assertFalse(GermanForms.of(List.of("fragen")).contains("frage"));
        assertFalse(GermanForms.of(List.of("bitten", "bat", "gebeten")).contains("bitte"));
    }

    @Test
    void germanStrongVerbsComeFromPrincipalPartsInBothSpellings() {
        Set<String> rufen = GermanForms.of(List.of("rufen", "rief", "gerufen"));
        assertTrue(rufen.containsAll(List.of("ruft", "rief", "riefen", "gerufen")), rufen.toString());
        Set<String> stossen = GermanForms.of(List.of("stoßen", "stieß", "gestoßen", "stößt"));
        assertTrue(stossen.containsAll(List.of("stieß", "stiess", "stößt", "stösst")), stossen.toString());
        Set<String> fragen = GermanForms.of(List.of("fragen", "frug", "gefragt", "frägt"));
        assertTrue(fragen.containsAll(List.of("frug", "frugen", "frägt")), fragen.toString());
    }

    @Test
    void germanSeparableVerbsNeedTheirParticleOrAreJoinedToIt() {
        Lexicon german = LexiconReader.builtIn(Language.GERMAN);
        assertTrue(german.particles.get("fuhr").contains("fort"));
        assertTrue(german.particles.get("setzte").contains("hinzu"));
        assertTrue(german.particles.get("hub").contains("an"));
        assertFalse(german.verbs.contains("fuhr") || german.stanceVerbs.contains("fuhr"), "fuhr alone is driving");
        assertTrue(german.stanceVerbs.contains("fortfuhr"));
        assertTrue(german.verbs.contains("hinzugesetzt"));
    }

    @Test
    void frenchVerbsInErGetThePastOfTheIncise() {
        Set<String> ajouter = FrenchForms.of("ajouter");
        assertTrue(ajouter.containsAll(List.of("ajoute", "ajoutait", "ajouta", "ajouté", "ajoutèrent")), ajouter.toString());
        assertTrue(FrenchForms.of("commencer").contains("commença"));
        assertTrue(FrenchForms.of("exiger").contains("exigea"));
        Lexicon french = LexiconReader.builtIn(Language.FRENCH);
        assertTrue(french.verbs.containsAll(List.of("écria", "répondit", "reprit", "ajouta")));
    }

    @Test
    void englishPhrasalVerbsReportOnlyWithTheirParticle() {
        Lexicon english = LexiconReader.builtIn(Language.ENGLISH);
        assertTrue(english.particles.get("put").contains("in"));
        assertTrue(english.particles.get("chimed").contains("in"));
        assertTrue(english.particles.get("went").contains("on"));
        assertTrue(english.stanceParticleVerbs.contains("went"), "went on goes on more than speech does");
        assertFalse(english.verbs.contains("put"));
        assertTrue(english.baseForms.contains("reply"));
    }
}
