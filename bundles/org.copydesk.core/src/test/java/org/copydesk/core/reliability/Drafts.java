package org.copydesk.core.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.copydesk.core.document.Format;

/**
 * Whole generated documents in the three formats: prose in the shapes drafts take (blank-line separated, one
 * paragraph a line, hard-wrapped), format structure, duplicated paragraphs (exact, re-wrapped, near), CMS footers
 * (trailing, glued onto the last sentence, in the middle), then the mess files pick up on the way: every kind of
 * line ending, a byte order mark, trailing spaces, indentation, stray characters. Empty and whitespace-only
 * documents come up too.
 */
final class Drafts {
    /** Real footer lines: the example column of the cms-footer rule's signature table. */
    static final List<String> FOOTER_LINES = footerExamples();

    private static final int MAX_PIECES = 14;

    private enum Layout { BLANK_LINES, ONE_PER_LINE, MIXED }

    private enum LineEnding { LF, CRLF, CR, MIXED }

    private enum CopyKind { EXACT, REWRAPPED, NEAR, PUNCTUATION, SPACING }

    /** One part of a document, rendered in order; {@code separator} goes before it. */
    private interface Piece {
        String separator();
    }

    private record Paragraph(String separator, String text, int wrap) implements Piece {
    }

    private record Copy(String separator, int of, CopyKind kind, int wrap) implements Piece {
    }

    private record Raw(String separator, String text) implements Piece {
    }

    private record Footer(String separator, List<String> lines, boolean glued) implements Piece {
    }

    /** What happens to the text after it is written: line endings, a byte order mark, spaces, stray characters. */
    private record Mess(LineEnding lineEnding, boolean bom, boolean trailingSpaces, String end, boolean indent,
            List<String> strays, long seed) {
    }

    private static final Gen<String> SEPARATOR = Gen.<String>weighted().value(8, "\n\n").value(4, "\n").value(1, "\n\n\n")
            .value(1, "\n \n").value(1, "\n\t\u00A0\n").value(1, " ");
    private static final Gen<Integer> WRAP = Gen.<Integer>weighted().value(3, 0).gen(2, Gen.between(30, 100));
    private static final Gen<String> BLANK = Gen.oneOf("", " ", "\n", "\r\n\r\n", "\r", "\t \u00A0\n", "\uFEFF", "\uFEFF\n",
            "\n\n\n", " \u200B ");
    private static final Gen<LineEnding> LINE_ENDING = Gen.<LineEnding>weighted().value(6, LineEnding.LF).value(2, LineEnding.CRLF)
            .value(1, LineEnding.CR).value(1, LineEnding.MIXED);
    private static final Gen<List<String>> STRAYS = Gen.<List<String>>weighted().value(9, List.of())
            .gen(1, Gen.anyChars(1, 3).list(1, 4));
    private static final Gen<Boolean> RARELY = Gen.oneIn(6);

    private Drafts() {
    }

    static Gen<Draft> any() {
        List<Gen<Draft>> byFormat = List.of(Format.values()).stream().map(Drafts::of).toList();
        return random -> byFormat.get(random.nextInt(byFormat.size())).generate(random);
    }

    static Gen<Draft> of(Format format) {
        Gen<String> opening = Markup.opening(format);
        Gen<List<Piece>> pieces = pieces(format);
        Gen<Layout> layout = Gen.oneOf(Layout.class);
        Gen<List<String>> footer = footerLines();
        Gen<Mess> mess = mess();
        Gen<Optional<Footer>> trailing = random -> random.nextInt(3) > 0 ? Optional.empty()
                : Optional.of(new Footer(Gen.oneOf("\n", "\n\n", "\n\n\n", "").generate(random), footer.generate(random),
                        random.nextBoolean()));
        Gen<String> text = random -> render(opening.generate(random), pieces.generate(random), layout.generate(random),
                trailing.generate(random), mess.generate(random));
        return Gen.<String>weighted().gen(30, text).gen(1, BLANK).map(t -> new Draft(format, t));
    }

    private static Gen<List<Piece>> pieces(Format format) {
        Gen<String> structure = switch (format) {
            case MARKDOWN -> Markup.markdown();
            case ASCIIDOC -> Markup.asciiDoc();
            case PLAIN_TEXT -> Gen.<String>weighted().gen(3, Prose.title()).gen(1, Markup.markdown()).gen(1, Markup.asciiDoc());
        };
        Gen<String> paragraph = Prose.paragraph();
        Gen<CopyKind> copyKind = Gen.oneOf(CopyKind.class);
        Gen<List<String>> footer = footerLines();
        Gen<Piece> piece = Gen.<Piece>weighted()
                .gen(10, r -> new Paragraph(SEPARATOR.generate(r), paragraph.generate(r), WRAP.generate(r)))
                .gen(4, r -> new Copy(SEPARATOR.generate(r), r.nextInt(MAX_PIECES), copyKind.generate(r), WRAP.generate(r)))
                .gen(4, r -> new Raw(SEPARATOR.generate(r), structure.generate(r)))
                .gen(1, r -> new Footer(SEPARATOR.generate(r), footer.generate(r), r.nextBoolean()));
        return piece.list(1, MAX_PIECES);
    }

    private static Gen<List<String>> footerLines() {
        return Gen.oneOf(FOOTER_LINES).list(1, 5);
    }

    private static Gen<Mess> mess() {
        Gen<String> end = Gen.oneOf("", "\n", "\n\n\n", " ", "\n \t");
        return r -> new Mess(LINE_ENDING.generate(r), RARELY.generate(r), RARELY.generate(r), end.generate(r),
                RARELY.generate(r), STRAYS.generate(r), r.nextLong());
    }

    private static String render(String opening, List<Piece> pieces, Layout layout, Optional<Footer> trailing, Mess mess) {
        StringBuilder out = new StringBuilder(opening);
        List<String> paragraphs = new ArrayList<>();
        List<Piece> all = new ArrayList<>(pieces);
        trailing.ifPresent(all::add);
        for (Piece piece : all) {
            String body;
            if (piece instanceof Paragraph p) {
                paragraphs.add(p.text());
                body = Prose.wrapped(p.text(), p.wrap());
            } else if (piece instanceof Copy c) {
                body = paragraphs.isEmpty() ? "" : Prose.wrapped(copy(paragraphs.get(c.of() % paragraphs.size()), c.kind()), c.wrap());
            } else if (piece instanceof Raw r) {
                body = r.text();
            } else {
                body = String.join("\n", ((Footer) piece).lines());
            }
            if (body.isEmpty()) {
                continue;
            }
            if (!(piece instanceof Footer f && f.glued()) && out.length() > 0) {
                out.append(separator(piece, layout));
            }
            out.append(body);
        }
        return messUp(out.toString(), mess);
    }

    private static String separator(Piece piece, Layout layout) {
        return switch (layout) {
            case BLANK_LINES -> "\n\n";
            case ONE_PER_LINE -> piece instanceof Raw ? "\n\n" : "\n";
            case MIXED -> piece.separator();
        };
    }

    private static String copy(String paragraph, CopyKind kind) {
        return switch (kind) {
            case EXACT, REWRAPPED -> paragraph;
            case NEAR -> paragraph.replaceFirst("\\b\\w+\\b", "Meanwhile");
            case PUNCTUATION -> paragraph.replace('.', '!').replace(", ", " ").replace('"', '\u201D');
            case SPACING -> paragraph.replace(" ", "  ").toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String messUp(String text, Mess mess) {
        Random random = new Random(mess.seed());
        StringBuilder out = new StringBuilder(text.length() + 64);
        if (mess.bom()) {
            out.append('\uFEFF');
        }
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && mess.indent() && random.nextInt(4) == 0) {
                out.append(random.nextBoolean() ? " " : "\t");
            }
            lineStart = c == '\n';
            if (c != '\n') {
                out.append(c);
                continue;
            }
            if (mess.trailingSpaces() && random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? "  " : "\t");
            }
            out.append(switch (mess.lineEnding()) {
                case LF -> "\n";
                case CRLF -> "\r\n";
                case CR -> "\r";
                case MIXED -> List.of("\n", "\r\n", "\r").get(random.nextInt(3));
            });
        }
        out.append(mess.end().replace("\n", mess.lineEnding() == LineEnding.CRLF ? "\r\n" : "\n"));
        for (String stray : mess.strays()) {
            out.insert(random.nextInt(out.length() + 1), stray);
        }
        return out.toString();
    }

    private static List<String> footerExamples() {
        try (InputStream in = Drafts.class.getResourceAsStream("/org/copydesk/core/rules/footer/signatures.tsv")) {
            List<String> examples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length >= 6) {
                    examples.add(columns[5].strip());
                }
            }
            return List.copyOf(examples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
