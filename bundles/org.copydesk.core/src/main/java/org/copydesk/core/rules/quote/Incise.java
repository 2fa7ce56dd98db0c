package org.copydesk.core.rules.quote;

import java.util.Locale;

import org.copydesk.core.text.Chars;

/**
 * The French incise: an attribution written inside the guillemets, between commas, with the verb first and the
 * speaker after it ({@code « Le métier a changé, dit-il. Vendre des livres ne suffit plus. »}). Only a verb in
 * first place counts, so that an ordinary clause after a comma ({@code , on nous a annoncé la mort du livre})
 * does not.
 */
final class Incise {
    private static final int WORDS = 5;

    private Incise() {
    }

    /**
     * French may attribute inside the guillemets, after a comma, with the verb first: {@code , dit-il},
     * {@code , a-t-elle ajouté}, {@code , a réagi Marc Lefèvre}, {@code , estime le maire}.
     */
    static boolean attributes(String text, Lexicon lexicon, Quotation.Part part) {
        for (int i = part.openEnd(); i < part.close(); i++) {
            if (text.charAt(i) == ',' && inciseAfter(text, lexicon, i + 1, part.close())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inciseAfter(String text, Lexicon lexicon, int from, int limit) {
        String[] words = new String[WORDS];
        int[] starts = new int[WORDS];
        int count = 0;
        for (int i = from; i < limit && count < WORDS; ) {
            char c = text.charAt(i);
            if (Words.isWordChar(c)) {
                int j = i;
                while (j < limit && Words.isWordChar(text.charAt(j))) {
                    j++;
                }
                starts[count] = i;
                words[count++] = text.substring(i, j).toLowerCase(Locale.ROOT);
                i = j;
            } else if (c == '-' || c == '\'' || c == '\u2019' || Chars.isSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        int verb = 0;
        if (count >= 4 && words[0].equals("a") && words[1].equals("t") && lexicon.pronouns.contains(words[2])) {
            return lexicon.isAnyVerb(words[3]); // a-t-il dit
        }
        if (count >= 2 && (words[0].equals("a") || words[0].equals("ont") || words[0].equals("avait"))) {
            verb = 1; // a réagi, ont déclaré
        }
        if (verb >= count || !lexicon.isAnyVerb(words[verb]) || verb + 1 >= count) {
            return false;
        }
        int next = verb + 1;
        boolean hyphenatedPronoun = lexicon.pronouns.contains(words[next]) && text.charAt(starts[next] - 1) == '-';
        return hyphenatedPronoun || Character.isUpperCase(text.charAt(starts[next]))
                || lexicon.determiners.contains(words[next]);
    }
}
