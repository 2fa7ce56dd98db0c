package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a paragraph, normalised so that copies compare equal whatever their wrapping, spacing,
 * punctuation, letter case, quote style or dash style.
 */
final class Words {
    private Words() {
    }

    static List<String> normalized(CharSequence text, int start, int end) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!isApostrophe(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Apostrophes join a word (Trump's, Trump’s), whichever character the CMS used. */
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
