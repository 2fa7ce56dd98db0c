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

    /** What a word can be, as bits of {@link #kind}: one probe per word tells the cue finder where to look. */
    static final int VERB = 1;
    static final int STANCE_VERB = 2;
    static final int CUE_WORD = 4;
    static final int PHRASE_START = 8;
    static final int SPEECH_NOUN = 16;
    static final int PARTICLE_VERB = 32;
    /** The last word of an {@link #examples} entry: {@code headlines such as "…"}. */
    static final int EXAMPLES_END = 64;

    final Language language;
    private final Map<String, Integer> kinds = new HashMap<>();
    /** Verbs that report words ("said", "told"); they attribute from the sentence before, too. */
    final Set<String> verbs = new HashSet<>();
    /** Verbs that take a stance ("urged", "praised"); they attribute a quotation in their own sentence only. */
    final Set<String> stanceVerbs = new HashSet<>();
    final Set<String> nounsToo = new HashSet<>();
    /**
     * Verb forms that report words only with a particle: English phrasal verbs with the particle right after
     * them ("went on", "put in"), German separable verbs with it later in the clause ("fuhr … fort").
     */
    final Map<String, Set<String>> particles = new HashMap<>();
    /** The stance verbs among {@link #particles} ("went on" goes on more than speech does). */
    final Set<String> stanceParticleVerbs = new HashSet<>();
    /** English base forms: after "to" they are infinitives ("obliged to reply"), not nouns. */
    final Set<String> baseForms = new HashSet<>();
    /** Nouns for what was said ("remark", "answer"): with a possessive they name a speaker ("her remark that"). */
    final Set<String> speechNouns = new HashSet<>();
    final Phrases cues = new Phrases(false);
    final Set<String> after = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    /** Pronouns that can only be a subject ("he", "she", "they"), so a speaker wherever they stand. */
    final Set<String> subjects = new HashSet<>();
    /** Words between a speaker and the verb that are not the verb: "has", "would", "not". */
    final Set<String> auxiliaries = new HashSet<>();
    /** Adverbs between a speaker and the verb: "also", "then"; English ones ending in -ly need no entry. */
    final Set<String> adverbs = new HashSet<>();
    /** Words that join clauses: after a quotation they start no attribution ("…," and then). */
    final Set<String> conjunctions = new HashSet<>();
    /** The conjunctions that open a subordinate clause ("when", "if"); also in {@link #conjunctions}. */
    final Set<String> subordinators = new HashSet<>();
    /** Capitalised words that never name a speaker: weekdays, sentence openers, labels ("Update:"). */
    final Set<String> notNames = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> openers = new HashSet<>();
    final Phrases titles = new Phrases(true);
    /** Words between a title word and its examples: {@code headlines such as "…"}. */
    final Phrases examples = new Phrases(true);
    final Set<String> titlesAfter = new HashSet<>();
    /** Verbs that give a name a few words later: locals nicknamed the bridge "…". */
    final Set<String> naming = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    /** How a verb line of the lexicon becomes forms. */
    enum Inflection {
        NONE, ENGLISH, GERMAN, FRENCH
    }

    Inflection inflection = Inflection.NONE;
    boolean titleCase;
    boolean compounds;
    boolean incise;
    boolean commaInside;
    /** English writes the speaker before the verb after a quotation ("…," she said); German and French the verb first. */
    boolean speakerFirst;
    /** German capitalises nouns: a verb form is a verb only in lower case ("die Frage" is no "frage"). */
    boolean capitalNouns;
    String adverbSuffix = "";
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
        particles.forEach((form, set) -> copy.particles.put(form, set));
        copy.stanceParticleVerbs.addAll(stanceParticleVerbs);
        copy.baseForms.addAll(baseForms);
        copy.speechNouns.addAll(speechNouns);
        copy.subjects.addAll(subjects);
        copy.auxiliaries.addAll(auxiliaries);
        copy.adverbs.addAll(adverbs);
        copy.conjunctions.addAll(conjunctions);
        copy.subordinators.addAll(subordinators);
        copy.notNames.addAll(notNames);
        copy.cues.addAll(cues);
        copy.after.addAll(after);
        copy.pronouns.addAll(pronouns);
        copy.determiners.addAll(determiners);
        copy.titles.addAll(titles);
        copy.examples.addAll(examples);
        copy.titlesAfter.addAll(titlesAfter);
        copy.naming.addAll(naming);
        copy.functionWords.addAll(functionWords);
        copy.abbreviations.addAll(abbreviations);
        copy.stopwords.addAll(stopwords);
        copy.inflection = inflection;
        copy.titleCase = titleCase;
        copy.compounds = compounds;
        copy.incise = incise;
        copy.commaInside = commaInside;
        copy.speakerFirst = speakerFirst;
        copy.capitalNouns = capitalNouns;
        copy.adverbSuffix = adverbSuffix;
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
        return copy.sealed();
    }

    /** Works out {@link #kind} once every word is in. */
    Lexicon sealed() {
        kinds.clear();
        verbs.forEach(word -> mark(word, VERB));
        stanceVerbs.forEach(word -> mark(word, STANCE_VERB));
        cues.single.forEach(word -> mark(word, CUE_WORD));
        cues.longer.keySet().forEach(word -> mark(word, PHRASE_START));
        speechNouns.forEach(word -> mark(word, SPEECH_NOUN));
        particles.keySet().forEach(word -> mark(word, PARTICLE_VERB));
        examples.single.forEach(word -> mark(word, EXAMPLES_END));
        examples.longer.keySet().forEach(word -> mark(word, EXAMPLES_END));
        return this;
    }

    private void mark(String word, int bit) {
        kinds.merge(word, bit, (a, b) -> a | b);
    }

    /** The bits ({@link #VERB}, {@link #CUE_WORD}, …) of what {@code word} can be; 0 for most words. */
    int kind(String word) {
        Integer kind = kinds.get(word);
        return kind == null ? 0 : kind;
    }

    void addVerb(String form) {
        addForms(verbs, form);
    }

    /** A verb a writer added: with its regular forms in the lexicon's language. */
    void addForms(Set<String> into, String form) {
        into.add(form);
        switch (inflection) {
            case ENGLISH -> {
                into.addAll(EnglishForms.of(form));
                baseForms.add(form);
            }
            case GERMAN -> into.addAll(GermanForms.of(List.of(form)));
            case FRENCH -> into.addAll(FrenchForms.of(form));
            case NONE -> {
            }
        }
    }

    /** Every form in {@code forms} reports words when {@code particle} goes with it. */
    void addParticleVerb(Collection<String> forms, Collection<String> particleWords, boolean stance) {
        for (String form : forms) {
            particles.computeIfAbsent(form, f -> new HashSet<>()).addAll(particleWords);
            if (stance) {
                stanceParticleVerbs.add(form);
            }
        }
    }

    /** An adverb between a speaker and a verb: listed, or (English) ending in -ly. */
    boolean isAdverb(String word) {
        return adverbs.contains(word)
                || !adverbSuffix.isEmpty() && word.length() > adverbSuffix.length() + 2 && word.endsWith(adverbSuffix);
    }

    boolean isAnyVerb(String word) {
        return verbs.contains(word) || stanceVerbs.contains(word);
    }

    boolean isTitleWord(String word) {
        if (titles.containsWord(word)) {
            return true;
        }
        if (inflection == Inflection.ENGLISH && word.length() > 3 && word.endsWith("s")
                && titles.containsWord(word.substring(0, word.length() - 1))) {
            return true; // headlines, albums
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
