package org.copydesk.core.rules.quote;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms of a regular French verb in -er that reporting uses, so that the lexicon lists it once:
 * {@code ajouter} gives ajoute, ajoutent, ajoutait, ajoutaient, ajouta, ajoutèrent, ajouté(e)(s), ajoutant — the
 * present, the imperfect, the passé simple of the novel's incise ({@code ajouta-t-il}) and the participle of
 * the passé composé ({@code a-t-il ajouté}). Irregular verbs are listed with their forms.
 */
final class FrenchForms {
    private FrenchForms() {
    }

    static Set<String> of(String infinitive) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(infinitive);
        if (!infinitive.endsWith("er") || infinitive.length() < 4) {
            return forms;
        }
        String stem = infinitive.substring(0, infinitive.length() - 2);
        // commencer: commença; changer: changea
        String softStem = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                : stem.endsWith("g") ? stem + "e" : stem;
        forms.add(stem + "e");
        forms.add(stem + "es");
        forms.add(stem + "ent");
        forms.add(softStem + "ait");
        forms.add(softStem + "aient");
        forms.add(softStem + "a");
        forms.add(stem + "èrent");
        forms.add(stem + "é");
        forms.add(stem + "ée");
        forms.add(stem + "és");
        forms.add(stem + "ées");
        forms.add(softStem + "ant");
        return forms;
    }
}
