package org.copydesk.core.rules.footer;

import java.util.List;

/**
 * A piece of a line read by its words against the chrome vocabulary ({@code chrome-words.tsv}): button labels,
 * link texts and widget titles, also when a paste ran them together ({@code TwitterShare}).
 */
final class ChromeLabels {
    private static final ChromeVocabulary VOCABULARY = ChromeVocabulary.get();
    /** A chrome label is at most this many words: "Subscribe to our newsletter", "Sign up for free". */
    private static final int SHORT_LABEL = 8;

    private ChromeLabels() {
    }

    /**
     * Chrome by its words, or null: every word a chrome word ("Email | Print | Comments", "Impressum |
     * Datenschutz"), a short label led or ended by one ("Subscribe via Kindle"), or two chrome words of weight.
     */
    static LineVerdict read(LineWords line) {
        List<LineWords.Word> words = line.words();
        int n = line.wordCount();
        int uncovered = 0;
        int uncoveredLower = 0;
        int evidence = 0;
        int strongTerms = 0;
        ChromeVocabulary.Term firstStrong = null;
        ChromeVocabulary.Term firstWeak = null;
        for (int i = 0; i < words.size();) {
            LineWords.Word word = words.get(i);
            if (!word.isWord()) {
                i++;
                continue;
            }
            ChromeVocabulary.Term term = VOCABULARY.termAt(words, i);
            if (term != null) {
                evidence++;
                if (term.strong()) {
                    strongTerms++;
                    firstStrong = firstStrong == null ? term : firstStrong;
                } else {
                    firstWeak = firstWeak == null ? term : firstWeak;
                }
                i += term.length();
                continue;
            }
            ChromeVocabulary.Term glued = runTogether(word);
            if (glued != null) {
                evidence++;
                firstStrong = firstStrong == null ? glued : firstStrong;
            } else if (!VOCABULARY.isJoining(word.lower())) {
                uncovered++;
                if (!word.capitalized()) {
                    uncoveredLower++;
                }
            }
            i++;
        }
        if (evidence == 0) {
            return null;
        }
        if (ChromeShapes.hasLinkOrHandle(line)) {
            // "Email: desk@example.com", "Twitter: @desk": how to reach someone, not a button
            return n <= SHORT_LABEL ? LineVerdict.weak(ChromeKind.CONTACT) : null;
        }
        if (uncovered == 0) {
            return firstStrong != null ? LineVerdict.strong(firstStrong.kind()) : LineVerdict.weak(firstWeak.kind());
        }
        // "Subscribe via Kindle", "Nintendo's Online Privacy Policy": a label naming something, led or ended by its
        // chrome word
        if (firstStrong != null && n <= SHORT_LABEL && uncoveredLower == 0 && ProseTest.functionWords(line, true) == 0
                && (uncovered <= Math.max(1, n / 3) || uncovered * 2 <= n && endsInChrome(words))) {
            return LineVerdict.strong(firstStrong.kind());
        }
        if (strongTerms >= 2 && n <= 12 && ProseTest.functionWords(line, true) <= 1) {
            // "Get the latest via RSS, newsletter and Twitter": two chrome words of weight in a short label
            return LineVerdict.strong(firstStrong.kind());
        }
        if (n <= 12 && uncovered * 2 <= n && ProseTest.functionWords(line, false) <= 1) {
            return LineVerdict.weak((firstStrong != null ? firstStrong : firstWeak).kind());
        }
        return null;
    }

    /** Whether every word is a chrome word or a joining word ("Similar posts you may like"). */
    static boolean coversEveryWord(LineWords line) {
        List<LineWords.Word> words = line.words();
        for (int i = 0; i < words.size();) {
            LineWords.Word word = words.get(i);
            ChromeVocabulary.Term term = word.isWord() ? VOCABULARY.termAt(words, i) : null;
            if (term != null) {
                i += term.length();
                continue;
            }
            if (word.isWord() && !VOCABULARY.isJoining(word.lower())) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** Whether the first or the last word is a chrome word ("Privacy Policy" ends "Nintendo's Online Privacy Policy"). */
    private static boolean endsInChrome(List<LineWords.Word> words) {
        LineWords.Word first = null;
        LineWords.Word last = null;
        for (LineWords.Word word : words) {
            if (word.isWord()) {
                first = first == null ? word : first;
                last = word;
            }
        }
        return first != null && (VOCABULARY.term(first.lower()) != null && VOCABULARY.term(first.lower()).strong()
                || VOCABULARY.term(last.lower()) != null && VOCABULARY.term(last.lower()).strong());
    }

    /** {@code ThisBlogThis!Share}, {@code TwitterFacebookEmail}: labels whose spaces a paste lost, all of them chrome. */
    private static ChromeVocabulary.Term runTogether(LineWords.Word word) {
        if (!word.runTogether()) {
            return null;
        }
        List<String> pieces = word.pieces();
        ChromeVocabulary.Term strong = null;
        int known = 0;
        for (String piece : pieces) {
            ChromeVocabulary.Term term = VOCABULARY.term(piece);
            if (term != null) {
                known++;
                if (term.strong() && strong == null) {
                    strong = term;
                }
            } else if (!VOCABULARY.isJoining(piece) && !piece.equals("blogthis")) {
                return null;
            }
        }
        return known >= 2 && strong != null ? strong : null;
    }
}
