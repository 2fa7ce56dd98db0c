package org.copydesk.core.rules.quote;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of a German verb that narration uses to report speech, from its principal parts, so that the
 * lexicon lists a verb once: {@code sagen} (weak), {@code rufen rief gerufen} (strong), {@code fahren fuhr
 * gefahren fährt} (strong, with a vowel change in the present). Present forms of the speaker (2nd and 3rd
 * person, plural), every past form, the participles and the infinitive; not the first person present, whose
 * forms are everyday nouns and words ("Frage", "bitte"). Each form also in the spelling before 1996 and after
 * ({@code stieß}/{@code stiess}, {@code läßt}/{@code lässt}), since novels keep the old one.
 */
final class GermanForms {
    /** Prefixes that never separate and take no "ge-" in the participle. */
    private static final List<String> INSEPARABLE = List.of("be", "emp", "ent", "er", "ge", "miss", "miß", "ver", "zer",
            "wider", "hinter", "über", "unter");

    private GermanForms() {
    }

    /** The finite and non-finite forms of a verb without a separable prefix. */
    static Set<String> of(List<String> parts) {
        Set<String> forms = new LinkedHashSet<>();
        String infinitive = parts.get(0);
        String stem = stem(infinitive);
        forms.add(infinitive);
        forms.add(infinitive + "d");
        forms.add(infinitive + "de");
        present(forms, stem);
        if (parts.size() == 1) {
            String past = stem + (needsE(stem) ? "ete" : "te");
            forms.add(past);
            forms.add(past + "n");
            forms.add(past + "st");
            forms.add(past + "t");
            forms.add(participle(infinitive, stem + (needsE(stem) ? "et" : "t")));
        } else {
            String past = parts.get(1);
            forms.add(past);
            if (past.endsWith("e")) {
                forms.add(past + "n"); // dachte, dachten
                forms.add(past + "st");
                forms.add(past + "t");
            } else {
                forms.add(past + "en"); // rief, riefen
                forms.add(past + (endsInSibilant(past) || needsE(past) ? "est" : "st"));
                forms.add(past + (needsE(past) ? "et" : "t"));
            }
            if (parts.size() > 2) {
                forms.add(parts.get(2));
            }
            if (parts.size() > 3) {
                String third = parts.get(3); // fährt: fährst
                forms.add(third);
                forms.add(third.endsWith("t") && !endsInSibilant(third.substring(0, third.length() - 1))
                        ? third.substring(0, third.length() - 1) + "st" : third);
            }
        }
        return withOldSpellings(forms);
    }

    /** {@code fort-fahren}: the forms joined to the prefix, as a subordinate clause writes them ("als er fortfuhr"). */
    static Set<String> joined(String prefix, Set<String> forms) {
        Set<String> joined = new LinkedHashSet<>();
        for (String form : forms) {
            joined.add(prefix + form); // fortfuhr, fortgefahren
        }
        joined.add(prefix + "zu" + forms.iterator().next()); // fortzufahren
        return withOldSpellings(joined);
    }

    private static String stem(String infinitive) {
        if (infinitive.endsWith("ern") || infinitive.endsWith("eln")) {
            return infinitive.substring(0, infinitive.length() - 1);
        }
        if (infinitive.endsWith("en")) {
            return infinitive.substring(0, infinitive.length() - 2);
        }
        return infinitive.endsWith("n") ? infinitive.substring(0, infinitive.length() - 1) : infinitive;
    }

    private static void present(Set<String> forms, String stem) {
        if (stem.endsWith("er") || stem.endsWith("el")) {
            forms.add(stem + "st");
            forms.add(stem + "t");
            return;
        }
        if (needsE(stem)) {
            forms.add(stem + "est");
            forms.add(stem + "et");
        } else {
            forms.add(stem + (endsInSibilant(stem) ? "t" : "st"));
            forms.add(stem + "t");
        }
    }

    private static String participle(String infinitive, String form) {
        if (infinitive.endsWith("ieren")) {
            return form;
        }
        for (String prefix : INSEPARABLE) {
            if (infinitive.startsWith(prefix) && infinitive.length() > prefix.length() + 3) {
                return form;
            }
        }
        return "ge" + form;
    }

    /** A stem ending in -t, -d or a consonant cluster takes an -e- before the ending: antwortet, zeichnete. */
    private static boolean needsE(String stem) {
        return stem.endsWith("t") || stem.endsWith("d") || stem.endsWith("chn") || stem.endsWith("ffn")
                || stem.endsWith("tm") || stem.endsWith("gn");
    }

    private static boolean endsInSibilant(String stem) {
        return stem.endsWith("s") || stem.endsWith("ß") || stem.endsWith("z") || stem.endsWith("x");
    }

    /** ß and ss, the two spellings of one sound before and after the 1996 reform (stieß/stiess, läßt/lässt). */
    private static Set<String> withOldSpellings(Set<String> forms) {
        Set<String> all = new LinkedHashSet<>(forms);
        for (String form : forms) {
            if (form.indexOf('ß') >= 0) {
                all.add(form.replace("ß", "ss"));
            }
            if (form.contains("ss")) {
                all.add(form.replace("ss", "ß"));
            }
        }
        return all;
    }
}
