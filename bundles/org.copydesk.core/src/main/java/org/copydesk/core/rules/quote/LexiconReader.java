package org.copydesk.core.rules.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the built-in {@code <language>.cues} resources: {@code [section]} headers, one entry per line,
 * {@code #} comments, {@code key = value} lines in {@code [settings]}. Each is read once and then shared.
 */
final class LexiconReader {
    private static final Map<Language, Lexicon> BUILT_IN = new EnumMap<>(Language.class);

    private LexiconReader() {
    }

    static synchronized Lexicon builtIn(Language language) {
        return BUILT_IN.computeIfAbsent(language, LexiconReader::read);
    }

    private static Lexicon read(Language language) {
        String path = language.code() + ".cues";
        try (InputStream in = LexiconReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Lexicon lexicon = new Lexicon(language);
            String section = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(path + ":" + lineNumber + ": entry before any [section]");
                }
                add(lexicon, section, entry, path + ":" + lineNumber);
            }
            if (lexicon.inflection == Lexicon.Inflection.ENGLISH) {
                // "brand" is a noun, so is "brands"
                for (String noun : List.copyOf(lexicon.nounsToo)) {
                    lexicon.nounsToo.add(EnglishForms.of(noun).stream().skip(1).findFirst().orElse(noun));
                }
            }
            return lexicon.sealed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Lexicon lexicon, String section, String entry, String where) {
        List<String> words = Words.split(entry);
        switch (section) {
            case "settings" -> setting(lexicon, entry, where);
            case "verbs" -> addVerbLine(lexicon, lexicon.verbs, entry, false);
            case "stance-verbs" -> addVerbLine(lexicon, lexicon.stanceVerbs, entry, true);
            case "subjects" -> lexicon.subjects.addAll(words);
            case "auxiliaries" -> lexicon.auxiliaries.addAll(words);
            case "adverbs" -> lexicon.adverbs.addAll(words);
            case "conjunctions" -> lexicon.conjunctions.addAll(words);
            case "subordinators" -> {
                lexicon.subordinators.addAll(words);
                lexicon.conjunctions.addAll(words);
            }
            case "not-names" -> lexicon.notNames.addAll(words);
            case "speech-nouns" -> lexicon.speechNouns.addAll(words);
            case "nouns-too" -> lexicon.nounsToo.addAll(words);
            case "cues" -> lexicon.cues.add(words);
            case "after" -> lexicon.after.addAll(words);
            case "pronouns" -> lexicon.pronouns.addAll(words);
            case "determiners" -> lexicon.determiners.addAll(words);
            case "prepositions" -> lexicon.prepositions.addAll(words);
            case "openers" -> lexicon.openers.addAll(words);
            case "titles" -> lexicon.titles.add(words);
            case "examples" -> lexicon.examples.add(words);
            case "titles-after" -> lexicon.titlesAfter.addAll(words);
            case "naming" -> lexicon.naming.addAll(words);
            case "function-words" -> lexicon.functionWords.addAll(words);
            case "abbreviations" -> lexicon.abbreviations.addAll(words);
            case "stopwords" -> lexicon.stopwords.addAll(words);
            default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
        }
    }

    /**
     * One verb: its forms, and after a {@code +} the particles it reports words with only ({@code go went gone +
     * on}, {@code fort-fahren fuhr gefahren fährt}). With English inflection the first word is a base form and the
     * others irregular forms; German lines are principal parts ({@link GermanForms}), a hyphen marking a
     * separable prefix; French ones a regular verb in -er or the forms of an irregular one ({@link FrenchForms}).
     */
    private static void addVerbLine(Lexicon lexicon, Set<String> into, String entry, boolean stance) {
        int plus = entry.indexOf('+');
        List<String> particles = plus < 0 ? List.of() : Words.split(entry.substring(plus + 1));
        String verb = (plus < 0 ? entry : entry.substring(0, plus)).strip().toLowerCase(Locale.ROOT);
        List<String> parts = List.of(verb.split("\\s+"));
        Set<String> forms = new LinkedHashSet<>();
        Set<String> joined = new LinkedHashSet<>();
        switch (lexicon.inflection) {
            case ENGLISH -> {
                forms.addAll(EnglishForms.of(parts.get(0)));
                forms.addAll(parts.subList(1, parts.size()));
                if (particles.isEmpty()) {
                    lexicon.baseForms.add(parts.get(0));
                }
            }
            case GERMAN -> {
                int hyphen = parts.get(0).indexOf('-');
                List<String> principal = new ArrayList<>(parts);
                principal.set(0, parts.get(0).substring(hyphen + 1));
                forms.addAll(GermanForms.of(principal));
                if (hyphen > 0) {
                    String prefix = parts.get(0).substring(0, hyphen);
                    joined.addAll(GermanForms.joined(prefix, forms));
                    particles = List.of(prefix);
                }
            }
            case FRENCH -> {
                forms.addAll(parts.size() == 1 ? FrenchForms.of(parts.get(0)) : parts);
            }
            case NONE -> forms.addAll(parts);
        }
        if (particles.isEmpty()) {
            into.addAll(forms);
        } else {
            lexicon.addParticleVerb(forms, particles, stance);
            into.addAll(joined);
        }
    }

    private static void setting(Lexicon lexicon, String entry, String where) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            throw new IllegalStateException(where + ": expected key = value");
        }
        String key = entry.substring(0, equals).strip();
        String value = entry.substring(equals + 1).strip();
        switch (key) {
            case "inflect" -> {
                lexicon.inflection = Lexicon.Inflection.valueOf(value.toUpperCase(Locale.ROOT));
            }
            case "speaker-first" -> lexicon.speakerFirst = Boolean.parseBoolean(value);
            case "capital-nouns" -> lexicon.capitalNouns = Boolean.parseBoolean(value);
            case "adverb-suffix" -> lexicon.adverbSuffix = value;
            case "title-case" -> lexicon.titleCase = Boolean.parseBoolean(value);
            case "compounds" -> lexicon.compounds = Boolean.parseBoolean(value);
            case "incise" -> lexicon.incise = Boolean.parseBoolean(value);
            case "fix-comma" -> lexicon.commaInside = value.toLowerCase(Locale.ROOT).equals("inside");
            case "fix-said" -> lexicon.fixSaid = value;
            case "fix-asked" -> lexicon.fixAsked = value;
            default -> throw new IllegalStateException(where + ": unknown setting " + key);
        }
    }

    /** Every language's stop words, for {@link LanguageGuess}. */
    static Map<Language, Set<String>> stopwords() {
        Map<Language, Set<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            result.put(language, builtIn(language).stopwords);
        }
        return result;
    }
}
