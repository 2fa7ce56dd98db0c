package org.copydesk.core.rules.quote;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular forms of an English verb (-s, -ed, -ing), so the lexicon and the {@code verbs} option list a verb
 * once. It over-generates on purpose ("sayed"): a form no one writes costs nothing, a missing one misses quotes.
 */
final class EnglishForms {
    private EnglishForms() {
    }

    static Set<String> of(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        int n = base.length();
        if (n < 2) {
            return forms;
        }
        char last = base.charAt(n - 1);
        char beforeLast = base.charAt(n - 2);
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("z")
                || base.endsWith("o")) {
            forms.add(base + "es");
        } else if (last == 'y' && !isVowel(beforeLast)) {
            forms.add(base.substring(0, n - 1) + "ies");
        } else {
            forms.add(base + "s");
        }
        if (last == 'e') {
            forms.add(base + "d");
            forms.add(base.substring(0, n - 1) + "ing");
        } else if (last == 'y' && !isVowel(beforeLast)) {
            forms.add(base.substring(0, n - 1) + "ied");
            forms.add(base + "ing");
        } else {
            forms.add(base + "ed");
            forms.add(base + "ing");
            if (n >= 3 && !isVowel(last) && isVowel(beforeLast) && !isVowel(base.charAt(n - 3))
                    && last != 'w' && last != 'x' && last != 'y') {
                forms.add(base + last + "ed");
                forms.add(base + last + "ing");
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
