package org.copydesk.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.copydesk.core.TextEdit;

/**
 * Realistic documents to edit, built from the test resources (the rule samples, the quotation corpus, the footer
 * bodies), and the edits writers make: typing, deleting, pasting a paragraph from elsewhere in the text, adding a
 * blank line, and the marks that change a document's structure (quotation marks, fences, comments, footers).
 */
final class EditedDocuments {
    private EditedDocuments() {
    }

    /** Every sample and corpus text whose name ends in one of {@code extensions}, joined by blank lines. */
    static String joined(String... extensions) {
        StringBuilder out = new StringBuilder();
        for (Path file : resources("/samples", "/quote-corpus", "/footer-evaluation/bodies")) {
            String name = file.getFileName().toString();
            if (name.contains(".fixed.") || Stream.of(extensions).noneMatch(name::endsWith)) {
                continue;
            }
            out.append(read(file)).append("\n\n");
        }
        return out.toString();
    }

    /** Paragraphs of prose from the corpora, one a line. */
    static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (String line : joined(".news", ".txt").split("\n")) {
            if (line.length() > 60) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    /** An AsciiDoc article: a header, sections, quote, example and source blocks, lists, admonitions, comments. */
    static String asciiDoc(List<String> prose, int size) {
        StringBuilder out = new StringBuilder("= Council News\nJane Doe\n:toc:\n\n");
        for (int p = 0; out.length() < size; p++) {
            String paragraph = prose.get(p % prose.size());
            switch (p % 9) {
                case 0 -> out.append("== Section ").append(p).append("\n\n").append(paragraph).append("\n\n");
                case 1 -> out.append("[quote, Maria Keller]\n____\n").append(paragraph).append("\n____\n\n");
                case 2 -> out.append("* ").append(paragraph).append("\n* Second item.\n\n");
                case 3 -> out.append("[source,sh]\n----\ncopydesk check \"draft.adoc\n----\n\n").append(paragraph).append("\n\n");
                case 4 -> out.append("NOTE: ").append(paragraph).append("\n\n");
                case 5 -> out.append("// copydesk-disable-next-line unattributed-quote\n").append(paragraph).append("\n\n");
                case 6 -> out.append("====\n").append(paragraph).append("\n====\n\n");
                default -> out.append(paragraph).append("\n\n");
            }
        }
        return out.append("Powered by Froala Editor\n").toString();
    }

    /** One random edit of {@code text}, of the kinds writers make. */
    static TextEdit randomEdit(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(14)) {
            case 0, 1, 2 -> TextEdit.insert(at, random.nextInt(4) == 0 ? "\n" : String.valueOf(" abcdefghijklmnopqrstuvwxyz,.\"'\u201C\u201D\u2019:E".charAt(random.nextInt(36))));
            case 3 -> TextEdit.insert(at, "word ");
            case 4, 5 -> TextEdit.delete(at, Math.min(text.length(), at + 1 + random.nextInt(random.nextBoolean() ? 3 : 40)));
            case 6 -> pasteParagraph(text, at, random);
            case 7 -> TextEdit.insert(lineStart(text, at), "\n");
            case 8 -> deleteLine(text, at);
            case 9 -> TextEdit.insert(at, List.of("\"", "\u201C", "\u201D", "'", "\u00AB ", " \u00BB").get(random.nextInt(6)));
            case 10 -> TextEdit.insert(lineStart(text, at), List.of("```\n", "----\n", "<!-- copydesk-disable -->\n",
                    "<!-- copydesk-enable -->\n", "// copydesk-disable-next-line\n", "# Heading\n\n", "- ", "> ",
                    "Powered by Froala Editor\n", "Share this:\n", "[quote]\n", "____\n").get(random.nextInt(12)));
            case 11 -> TextEdit.replace(at, Math.min(text.length(), at + random.nextInt(5)), "said the mayor");
            case 12 -> pasteBetweenParagraphs(text, at, random);
            default -> deleteParagraphCleanly(text, at);
        };
    }

    /** A copy of another paragraph, pasted on a line of its own: a new duplicate, or a copy of a copy. */
    private static TextEdit pasteParagraph(String text, int at, Random random) {
        int from = lineStart(text, random.nextInt(text.length() + 1));
        int to = text.indexOf('\n', from);
        String line = text.substring(from, to < 0 ? text.length() : to);
        int where = lineStart(text, at);
        return TextEdit.insert(where, line + "\n\n");
    }

    /**
     * A copy of another paragraph put into the blank line between two paragraphs, leaving both as they were: the
     * edit that changes no paragraph but adds one, so the others learn of it only through what it is filed under.
     */
    private static TextEdit pasteBetweenParagraphs(String text, int at, Random random) {
        int gap = text.indexOf("\n\n", at);
        if (gap < 0) {
            return TextEdit.insert(text.length(), "\n");
        }
        int from = lineStart(text, random.nextInt(text.length() + 1));
        int to = text.indexOf('\n', from);
        String line = text.substring(from, to < 0 ? text.length() : to);
        return TextEdit.insert(gap + 1, "\n" + line + "\n");
    }

    /** A paragraph on a line of its own taken out with a line break, leaving its neighbours as they were. */
    private static TextEdit deleteParagraphCleanly(String text, int at) {
        int gap = text.indexOf("\n\n", at);
        int end = gap < 0 ? -1 : text.indexOf('\n', gap + 2);
        if (end < 0) {
            return TextEdit.insert(at, " ");
        }
        return TextEdit.delete(gap + 1, end);
    }

    private static TextEdit deleteLine(String text, int at) {
        int from = lineStart(text, at);
        int to = text.indexOf('\n', from);
        return TextEdit.delete(from, to < 0 ? text.length() : to + 1);
    }

    private static int lineStart(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    static String apply(String text, TextEdit edit) {
        return text.substring(0, edit.offset()) + edit.replacement() + text.substring(edit.end());
    }

    private static List<Path> resources(String... folders) {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            URL url = EditedDocuments.class.getResource(folder);
            try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
