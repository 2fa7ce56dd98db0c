package org.copydesk.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test drafts (this module's {@code drafts/}) and the example article with its expected report. */
public final class Drafts {
    public static final String EXAMPLE = "000_4e3a9109ce5d23f9";
    private static final Pattern EXACTLY = Pattern.compile("(?m)^## ([a-z-]+): exactly (\\d+) findings?$");

    private Drafts() {
    }

    public static String resource(String name) {
        try (InputStream in = Drafts.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the resource {@code name} into {@code folder}, under its own file name. */
    public static Path copy(String name, Path folder) {
        Path file = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
        try {
            Files.writeString(file, resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path example(Path folder) {
        return copy("examples/" + EXAMPLE + ".txt", folder);
    }

    /** How many findings of each rule the example's expected report demands ("## rule: exactly N findings"). */
    public static Map<String, Integer> expectedExampleCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = EXACTLY.matcher(resource("examples/" + EXAMPLE + ".expected.md"));
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    /** The example after every fix: its first twelve lines, each with its line break ({@code head -n 12}). */
    public static String exampleFixed() {
        String text = resource("examples/" + EXAMPLE + ".txt");
        int at = 0;
        for (int line = 0; line < 12; line++) {
            at = text.indexOf('\n', at) + 1;
        }
        return text.substring(0, at);
    }
}
