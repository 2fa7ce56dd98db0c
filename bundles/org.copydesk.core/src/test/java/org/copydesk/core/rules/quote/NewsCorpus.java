package org.copydesk.core.rules.quote;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.copydesk.core.Severity;
import org.copydesk.core.document.Format;

/**
 * One article of the evaluation corpus under {@code quote-corpus/} (see its README): the original, attributed
 * text, its version with the attributions removed, and the findings each must give.
 */
record NewsCorpus(String name, Format format, String original, String bare, List<Expected> expected) {

    /** A finding expected in the {@code orig} or {@code bare} version, on a 1-based line. */
    record Expected(String version, int line, Severity severity, String fragment) {
        boolean in(String wanted) {
            return version.equals("both") || version.equals(wanted);
        }
    }

    static List<NewsCorpus> load(String set) throws IOException, URISyntaxException {
        Path folder = Path.of(NewsCorpus.class.getResource("/quote-corpus/" + set).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<NewsCorpus> corpus = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".news")).sorted().toList()) {
                corpus.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return corpus;
        }
    }

    static NewsCorpus parse(String name, String source) {
        Format format = Format.PLAIN_TEXT;
        StringBuilder original = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int line = 0;
        boolean header = true;
        for (String raw : source.split("\n", -1)) {
            if (header && raw.startsWith("#")) {
                if (raw.startsWith("# format:")) {
                    format = Format.ofFileName("x." + raw.substring("# format:".length()).strip()).orElseThrow();
                }
                continue;
            }
            header = false;
            if (raw.startsWith("!! ")) {
                String[] head = raw.substring(3).split(":", 2)[0].split(" ");
                String fragment = raw.substring(raw.indexOf(':') + 1).strip();
                expected.add(new Expected(head[0], line, Severity.fromId(head[1].toLowerCase(Locale.ROOT)), fragment));
                continue;
            }
            line++;
            appendVersions(raw, original, bare);
            original.append('\n');
            bare.append('\n');
        }
        return new NewsCorpus(name, format, original.toString(), bare.toString(), expected);
    }

    /** Expands {@code ⟦original|bare⟧} spans of one line. */
    private static void appendVersions(String line, StringBuilder original, StringBuilder bare) {
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('\u27E6', i);
            if (open < 0) {
                original.append(line, i, line.length());
                bare.append(line, i, line.length());
                return;
            }
            original.append(line, i, open);
            bare.append(line, i, open);
            int close = line.indexOf('\u27E7', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed \u27E6 in: " + line);
            }
            String span = line.substring(open + 1, close);
            int bar = span.indexOf('|');
            if (bar >= 0 && span.indexOf('|', bar + 1) >= 0) {
                throw new IllegalArgumentException("more than two versions in: " + line);
            }
            original.append(bar < 0 ? span : span.substring(0, bar));
            bare.append(bar < 0 ? "" : span.substring(bar + 1));
            i = close + 1;
        }
    }
}
