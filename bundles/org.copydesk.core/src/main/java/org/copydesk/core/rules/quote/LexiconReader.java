package org.copydesk.core.rules.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
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
            if (lexicon.englishInflection) {
                // "brand" is a noun, so is "brands"
                for (String noun : List.copyOf(lexicon.nounsToo)) {
                    lexicon.nounsToo.add(EnglishForms.of(noun).stream().skip(1).findFirst().orElse(noun));
                }
            }
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Lexicon lexicon, String section, String entry, String where) {
        List<String> words = Words.split(entry);
        switch (section) {
            case "settings" -> setting(lexicon, entry, where);
            case "verbs" -> addVerbLine(lexicon, lexicon.verbs, words);
            case "stance-verbs" -> addVerbLine(lexicon, lexicon.stanceVerbs, words);
            case "nouns-too" -> lexicon.nounsToo.addAll(words);
            case "cues" -> lexicon.cues.add(words);
            case "after" -> lexicon.after.addAll(words);
            case "pronouns" -> lexicon.pronouns.addAll(words);
            case "determiners" -> lexicon.determiners.addAll(words);
            case "prepositions" -> lexicon.prepositions.addAll(words);
            case "openers" -> lexicon.openers.addAll(words);
            case "titles" -> lexicon.titles.add(words);
            case "titles-after" -> lexicon.titlesAfter.addAll(words);
            case "naming" -> lexicon.naming.addAll(words);
            case "function-words" -> lexicon.functionWords.addAll(words);
            case "abbreviations" -> lexicon.abbreviations.addAll(words);
            case "stopwords" -> lexicon.stopwords.addAll(words);
            default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
        }
    }

    /** With English inflection only a line's first word is a base form; the others are irregular forms. */
    private static void addVerbLine(Lexicon lexicon, java.util.Set<String> into, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (i == 0) {
                lexicon.addForms(into, words.get(0));
            } else {
                into.add(words.get(i));
            }
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
            case "inflect" -> lexicon.englishInflection = value.equals("english");
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
