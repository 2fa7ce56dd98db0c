package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of one language: what attributes a quotation, what makes it a title or a term, and how the
 * "Add attribution" fix writes. Read from {@code <language>.cues} by {@link LexiconReader}; every lookup is a
 * hash-set probe on a lower-case word, so cue matching stays linear in the text.
 */
final class Lexicon {
    /** Multi-word entries, indexed by their first word (cues) or their last word (titles, read backwards). */
    static final class Phrases {
        private final Set<String> single = new HashSet<>();
        private final Map<String, List<String[]>> longer = new HashMap<>();
        private final boolean byLastWord;

        Phrases(boolean byLastWord) {
            this.byLastWord = byLastWord;
        }

        void add(List<String> words) {
            if (words.isEmpty()) {
                return;
            }
            if (words.size() == 1) {
                single.add(words.get(0));
            } else {
                String key = byLastWord ? words.get(words.size() - 1) : words.get(0);
                longer.computeIfAbsent(key, k -> new ArrayList<>()).add(words.toArray(String[]::new));
            }
        }

        void addAll(Phrases other) {
            single.addAll(other.single);
            other.longer.forEach((k, v) -> longer.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }

        boolean containsWord(String word) {
            return single.contains(word);
        }

        /** The phrases keyed by {@code word} (starting with it, or ending with it for titles). */
        List<String[]> keyedBy(String word) {
            return longer.getOrDefault(word, List.of());
        }
    }

    final Language language;
    /** Verbs that report words ("said", "told"); they attribute from the sentence before, too. */
    final Set<String> verbs = new HashSet<>();
    /** Verbs that take a stance ("urged", "praised"); they attribute a quotation in their own sentence only. */
    final Set<String> stanceVerbs = new HashSet<>();
    final Set<String> nounsToo = new HashSet<>();
    final Phrases cues = new Phrases(false);
    final Set<String> after = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> openers = new HashSet<>();
    final Phrases titles = new Phrases(true);
    final Set<String> titlesAfter = new HashSet<>();
    /** Verbs that give a name a few words later: locals nicknamed the bridge "…". */
    final Set<String> naming = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    boolean englishInflection;
    boolean titleCase;
    boolean compounds;
    boolean incise;
    boolean commaInside;
    String fixSaid = "[SOURCE] said";
    String fixAsked = "[SOURCE] asked";

    Lexicon(Language language) {
        this.language = language;
    }

    /** A copy of this lexicon with the words a user added in the rule's options. */
    Lexicon extendedWith(Collection<String> moreVerbs, Collection<String> moreCues, Collection<String> moreTitles) {
        Lexicon copy = new Lexicon(language);
        copy.verbs.addAll(verbs);
        copy.stanceVerbs.addAll(stanceVerbs);
        copy.prepositions.addAll(prepositions);
        copy.openers.addAll(openers);
        copy.nounsToo.addAll(nounsToo);
        copy.cues.addAll(cues);
        copy.after.addAll(after);
        copy.pronouns.addAll(pronouns);
        copy.determiners.addAll(determiners);
        copy.titles.addAll(titles);
        copy.titlesAfter.addAll(titlesAfter);
        copy.naming.addAll(naming);
        copy.functionWords.addAll(functionWords);
        copy.abbreviations.addAll(abbreviations);
        copy.stopwords.addAll(stopwords);
        copy.englishInflection = englishInflection;
        copy.titleCase = titleCase;
        copy.compounds = compounds;
        copy.incise = incise;
        copy.commaInside = commaInside;
        copy.fixSaid = fixSaid;
        copy.fixAsked = fixAsked;
        for (String verb : moreVerbs) {
            List<String> words = Words.split(verb);
            if (words.size() == 1) {
                copy.addVerb(words.get(0));
            } else {
                copy.cues.add(words);
            }
        }
        moreCues.forEach(cue -> copy.cues.add(Words.split(cue)));
        moreTitles.forEach(title -> copy.titles.add(Words.split(title)));
        return copy;
    }

    void addVerb(String form) {
        addForms(verbs, form);
    }

    void addForms(Set<String> into, String form) {
        into.add(form);
        if (englishInflection) {
            into.addAll(EnglishForms.of(form));
        }
    }

    boolean isAnyVerb(String word) {
        return verbs.contains(word) || stanceVerbs.contains(word);
    }

    boolean isTitleWord(String word) {
        if (titles.containsWord(word)) {
            return true;
        }
        if (compounds) {
            for (int i = 2; i + 3 <= word.length(); i++) {
                if (titles.containsWord(word.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
