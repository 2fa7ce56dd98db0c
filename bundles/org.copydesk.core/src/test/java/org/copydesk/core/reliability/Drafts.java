package org.copydesk.core.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.document.Format;

/**
 * Whole generated documents in the three formats: prose in the shapes drafts take (blank-line separated, one
 * paragraph a line, hard-wrapped), format structure, duplicated paragraphs (exact, re-wrapped, re-punctuated, with a
 * word dropped — and copies that say something new: an added sentence or line, an "Update:" prefix, a word or a
 * number changed, a watermark glued on), CMS footers (trailing, glued onto the last sentence, in the middle), then
 * the mess files pick up on the way: every kind of line ending, a byte order mark, trailing spaces, indentation,
 * stray characters. Empty and whitespace-only documents come up too.
 *
 * <p>Each draft carries the words of the chrome put in it (footers, watermarks, wherever the mess moved them), so
 * that a property can tell chrome from the writer's words without asking the rules.
 */
final class Drafts {
    /** Real footer lines: the example column of the cms-footer rule's signature table. */
    static final List<String> FOOTER_LINES = footerExamples();

    private static final int MAX_PIECES = 14;

    private enum Layout { BLANK_LINES, ONE_PER_LINE, MIXED }

    private enum LineEnding { LF, CRLF, CR, MIXED }

    private enum CopyKind {
        EXACT, REWRAPPED, NEAR, PUNCTUATION, SPACING, DROPPED_WORD,
        ADDED_SENTENCE, UPDATE_PREFIX, ADDED_LINE, CHANGED_WORD, CHANGED_NUMBER, WATERMARKED
    }

    /** What a writer adds to a copy: news, in words the prose generator does not use. */
    private static final List<String> UPDATES = List.of("One of them has since died.", "Police have since arrested 2 men.",
            "The figures were revised on Monday.", "Correction: the vote was unanimous.", "Officials later denied the report.",
            "Three more schools have since joined.", "Update: the road has reopened.");
    /** What a writer changes a word to: a correction of fact. */
    private static final List<String> CORRECTIONS = List.of("killed", "rejected", "postponed", "Hamburg", "Ostrowski", "rarely");
    private static final String WATERMARK = "Powered by Froala Editor";

    /** One part of a document, rendered in order; {@code separator} goes before it. */
    private interface Piece {
        String separator();
    }

    private record Paragraph(String separator, String text, int wrap) implements Piece {
    }

    /** A copy of an earlier paragraph; {@code pick} chooses what is added or changed. */
    private record Copy(String separator, int of, CopyKind kind, int wrap, int pick) implements Piece {
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
        Gen<Draft> text = random -> render(format, opening.generate(random), pieces.generate(random), layout.generate(random),
                trailing.generate(random), mess.generate(random));
        return Gen.<Draft>weighted().gen(30, text).gen(1, BLANK.map(t -> new Draft(format, t)));
    }

    private static Gen<List<Piece>> pieces(Format format) {
        Gen<String> structure = switch (format) {
            case MARKDOWN -> Markup.markdown();
            case ASCIIDOC -> Markup.asciiDoc();
            case PLAIN_TEXT -> Gen.<String>weighted().gen(3, Prose.title()).gen(1, Markup.markdown()).gen(1, Markup.asciiDoc());
        };
        Gen<String> paragraph = Prose.paragraph();
        Gen.Weighted<CopyKind> copyKind = Gen.weighted();
        for (CopyKind kind : CopyKind.values()) {
            copyKind.value(kind.ordinal() <= CopyKind.DROPPED_WORD.ordinal() ? 2 : 1, kind);
        }
        Gen<List<String>> footer = footerLines();
        Gen<Piece> piece = Gen.<Piece>weighted()
                .gen(10, r -> new Paragraph(SEPARATOR.generate(r), paragraph.generate(r), WRAP.generate(r)))
                .gen(4, r -> new Copy(SEPARATOR.generate(r), r.nextInt(MAX_PIECES), copyKind.generate(r), WRAP.generate(r),
                        r.nextInt(1 << 16)))
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

    private static Draft render(Format format, String opening, List<Piece> pieces, Layout layout, Optional<Footer> trailing,
            Mess mess) {
        StringBuilder out = new StringBuilder(opening);
        List<int[]> chrome = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<Piece> all = new ArrayList<>(pieces);
        trailing.ifPresent(all::add);
        for (Piece piece : all) {
            String body;
            int chromeFrom = -1;
            if (piece instanceof Paragraph p) {
                paragraphs.add(p.text());
                body = Prose.wrapped(p.text(), p.wrap());
            } else if (piece instanceof Copy c) {
                body = paragraphs.isEmpty() ? "" : Prose.wrapped(copy(paragraphs.get(c.of() % paragraphs.size()), c.kind(), c.pick()), c.wrap());
                if (c.kind() == CopyKind.WATERMARKED && !body.isEmpty()) {
                    chromeFrom = body.length();
                    body += WATERMARK;
                }
            } else if (piece instanceof Raw r) {
                body = r.text();
                chromeFrom = body.equals(Markup.FROALA_HTML) ? 0 : -1;
            } else {
                body = String.join("\n", ((Footer) piece).lines());
                chromeFrom = 0;
            }
            if (body.isEmpty()) {
                continue;
            }
            if (!(piece instanceof Footer f && f.glued()) && out.length() > 0) {
                out.append(separator(piece, layout));
            }
            if (chromeFrom >= 0) {
                chrome.add(new int[] { out.length() + chromeFrom, out.length() + body.length() });
            }
            out.append(body);
        }
        String text = messUp(out.toString(), mess, chrome);
        Set<String> chromeWords = new HashSet<>();
        for (WordOracle.Word word : WordOracle.read(text, 0, text.length())) {
            for (int[] range : chrome) {
                if (word.start() < range[1] && word.end() > range[0]) {
                    chromeWords.add(word.word());
                }
            }
        }
        return new Draft(format, text, chromeWords);
    }

    private static String separator(Piece piece, Layout layout) {
        return switch (layout) {
            case BLANK_LINES -> "\n\n";
            case ONE_PER_LINE -> piece instanceof Raw ? "\n\n" : "\n";
            case MIXED -> piece.separator();
        };
    }

    private static String copy(String paragraph, CopyKind kind, int pick) {
        return switch (kind) {
            case EXACT, REWRAPPED, WATERMARKED -> paragraph;
            case NEAR -> paragraph.replaceFirst("\\b\\w+\\b", "Meanwhile");
            case PUNCTUATION -> paragraph.replace('.', '!').replace(", ", " ").replace('"', '\u201D');
            case SPACING -> paragraph.replace(" ", "  ").toUpperCase(java.util.Locale.ROOT);
            case DROPPED_WORD -> replaceWord(paragraph, pick, "");
            case ADDED_SENTENCE -> paragraph + " " + UPDATES.get(pick % UPDATES.size());
            case UPDATE_PREFIX -> "Update: " + Prose.capitalised(UPDATES.get(pick % UPDATES.size())) + " " + paragraph;
            case ADDED_LINE -> paragraph + "\n" + (pick % 2 == 0 ? "    " : "") + UPDATES.get(pick % UPDATES.size());
            case CHANGED_WORD -> replaceWord(paragraph, pick, CORRECTIONS.get(pick % CORRECTIONS.size()));
            case CHANGED_NUMBER -> changedNumber(paragraph, pick);
        };
    }

    /** {@code paragraph} with one of its words of four letters or more (chosen by {@code pick}) replaced. */
    private static String replaceWord(String paragraph, int pick, String replacement) {
        List<int[]> words = new ArrayList<>();
        Matcher word = LONG_WORD.matcher(paragraph);
        while (word.find()) {
            words.add(new int[] { word.start(), word.end() });
        }
        if (words.isEmpty()) {
            return replacement.isEmpty() ? paragraph : paragraph + " " + replacement;
        }
        int[] chosen = words.get(pick % words.size());
        return paragraph.substring(0, chosen[0]) + replacement + paragraph.substring(chosen[1]);
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\b\\p{L}{4,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** {@code paragraph} with its first number changed, or with one added after its first word. */
    private static String changedNumber(String paragraph, int pick) {
        Matcher number = NUMBER.matcher(paragraph);
        if (number.find()) {
            return paragraph.substring(0, number.start()) + (pick % 90 + 10) + paragraph.substring(number.end());
        }
        int space = paragraph.indexOf(' ');
        return space < 0 ? paragraph + " " + (pick % 90 + 10) : paragraph.substring(0, space) + " " + (pick % 90 + 10) + paragraph.substring(space);
    }

    /**
     * The mess a file picks up, made on {@code text}; {@code chrome} ranges ({@code [start, end)}) are moved with
     * the text they cover, and a stray character put inside one becomes part of it.
     */
    private static String messUp(String text, Mess mess, List<int[]> chrome) {
        Random random = new Random(mess.seed());
        StringBuilder out = new StringBuilder(text.length() + 64);
        int[] moved = new int[text.length() + 1];
        if (mess.bom()) {
            out.append('\uFEFF');
        }
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            moved[i] = out.length();
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
        moved[text.length()] = out.length();
        for (int[] range : chrome) {
            range[0] = moved[range[0]];
            range[1] = moved[range[1]];
        }
        out.append(mess.end().replace("\n", mess.lineEnding() == LineEnding.CRLF ? "\r\n" : "\n"));
        for (String stray : mess.strays()) {
            int at = random.nextInt(out.length() + 1);
            out.insert(at, stray);
            for (int[] range : chrome) {
                range[0] += at <= range[0] ? stray.length() : 0;
                range[1] += at < range[1] ? stray.length() : 0;
            }
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
