package org.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;

/** The example article of releng/examples and the texts derived from it that the tests use. */
final class Articles {
    static final String EXAMPLE = "000_4e3a9109ce5d23f9.txt";

    private Articles() {
    }

    static String example() {
        return Copydesk.read(Copydesk.example(EXAMPLE));
    }

    /** The article's lines without their line breaks (it has no newline at its end). */
    static List<String> exampleLines() {
        return List.of(example().split("\n", -1));
    }

    /** {@code head -n 12}: the article without its duplicates and footer, each line ending in a newline. */
    static String clean() {
        return String.join("\n", exampleLines().subList(0, 12)) + "\n";
    }

    /**
     * What {@code fix} makes of the article: {@code head -n 12}, or, while no rule removes the CMS footer,
     * the same plus the footer line (as the article's contract says).
     */
    static String fixed() {
        boolean footerRule = BuiltInRules.all().stream().map(Rule::info).anyMatch(i -> i.id().equals("cms-footer"));
        return footerRule ? clean() : clean() + exampleLines().get(20);
    }

    /** A short text no rule has anything to say about. */
    static String plain() {
        return "The library opens at nine on weekdays and at ten on Saturdays.\n\n"
                + "Members may borrow up to six books at a time for three weeks.\n";
    }

    static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
