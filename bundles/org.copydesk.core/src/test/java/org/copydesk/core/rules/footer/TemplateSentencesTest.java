package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template phrases found through the words they need give what one alternation of all of them gives, on every
 * line and sentence of the project's samples and prose, and on the phrases written out.
 */
class TemplateSentencesTest {
    private static final Pattern ALTERNATION = alternation(ChromePatterns.TEMPLATE_PHRASES);

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
        comments? (?:are|is) (?:now )?closed\\b => closed
        the comments to this (?:entry|post) are closed\\b => comments
        (?:log ?in|sign in)(?: or register)? to (?:post|leave|add) x\\b => to
        ^(?:please |or )?subscribe to (?:our|my) feed\\b => subscribe
        enter your friend'?s e-?mail address\\b => address
        opens in new window\\) => window
        (?:this|our) (?:web ?)?site uses cookies\\b => cookies
        join [\\d,]+ other (?:subscribers|followers)\\b => other
        """)
    void aPhraseIsFiledUnderItsLongestWholeWord(String phrase, String word) {
        assertEquals(word, TemplateSentences.requiredWord(phrase.strip()));
    }

    @Test
    void aPhraseWithoutAWordItMustHoldWhole() {
        assertNull(TemplateSentences.requiredWord("kommentare? (?:sind |ist )?(?:geschlossen|deaktiviert)\\b"));
        assertNull(TemplateSentences.requiredWord("comments closed|kommentare geschlossen"));
        assertNull(TemplateSentences.requiredWord("(?:web ?)?site\\w+"));
    }

    @Test
    void findsWhatTheAlternationFindsOnEveryLineAndSentence() throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String phrase : ChromePatterns.TEMPLATE_PHRASES) {
            pieces.add(written(phrase));
            pieces.add("Tuesday's post: " + written(phrase) + ".");
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".yaml")).toList()) {
                for (String line : read(file).split("\\R")) {
                    pieces.add(line);
                    pieces.addAll(LineSegments.of(LineText.normalize(line, 0, line.length())));
                }
            }
        }
        int found = 0;
        for (String piece : pieces) {
            Matcher expected = ALTERNATION.matcher(piece);
            MatchResult actual = ChromePatterns.TEMPLATE_SENTENCES.find(piece, piece.toLowerCase(Locale.ROOT));
            if (expected.find()) {
                assertNotNull(actual, piece);
                assertEquals(expected.start() + ":" + expected.group(), actual.start() + ":" + actual.group(), piece);
                found++;
            } else {
                assertNull(actual, piece);
            }
        }
        assertEquals(true, found > 2 * ChromePatterns.TEMPLATE_PHRASES.size(), "found " + found + " in " + pieces.size());
    }

    /** One way of writing a phrase out: its first alternative everywhere, optional parts left in. */
    private static String written(String phrase) {
        String s = phrase.replaceFirst("^\\^", "").replace("\\b", "").replace("\\)", ")").replace("\\s", " ");
        s = s.replaceAll("\\[\\\\d,\\]\\+", "1,200").replaceAll("\\[\\\\w-\\]\\+", "weekly").replace(".{0,40}", " ")
                .replace("[.!:]?$", "");
        s = s.replaceAll("'\\?", "'").replaceAll("-\\?", "-").replaceAll(" \\?", " ");
        for (int i = 0; i < 4; i++) {
            s = s.replaceAll("\\(\\?:([^()|]*)(?:\\|[^()]*)?\\)(?:\\?|\\{0,3\\})?", "$1");
        }
        return s.replaceAll("([a-z])\\?", "$1").replaceAll(" +", " ").strip();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the phrases were matched with before: one pattern, the phrases starting with ^ first. */
    private static Pattern alternation(List<String> phrases) {
        StringBuilder atStart = new StringBuilder();
        StringBuilder atWord = new StringBuilder();
        for (String phrase : phrases) {
            StringBuilder to = phrase.startsWith("^") ? atStart : atWord;
            to.append(to.length() == 0 ? "" : "|").append(phrase.startsWith("^") ? phrase.substring(1) : phrase);
        }
        return Pattern.compile("^(?:" + atStart + ")|\\b(?:" + atWord + ")", Pattern.CASE_INSENSITIVE);
    }
}
