package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.copydesk.core.document.Format;

/**
 * A made-up article with copies put in on purpose, and the record of where they are: the ground truth that the
 * duplicate check's precision and recall are measured against. It comes in the shapes drafts come in (plain
 * text with blank lines, one paragraph per line, hard-wrapped; Markdown with lists, quotes, code and headings),
 * with exact, re-wrapped, retouched and footer-glued copies, runs of copies, and the look-alikes that are not
 * copies: repeated short lines, titles and headings, code, table rows, paragraphs that share their framing.
 */
final class SyntheticArticle {
    enum Shape { BLANK_LINES, ONE_PER_LINE, HARD_WRAPPED, MARKDOWN }

    /** How a piece is laid out; only PROSE, LIST_ITEM and QUOTE pieces are paragraphs that can be copies. */
    enum Role { PROSE, TITLE, SHORT_LINE, HEADING, LIST_ITEM, QUOTE, CODE, TABLE_ROW }

    /** One piece of the article; {@code original} is the piece it copies (or null) and {@code edit} how. */
    static final class Piece {
        final Role role;
        final String text;
        final Piece original;
        final CopyEdits.Edit edit;
        int start;
        int end;

        Piece(Role role, String text, Piece original, CopyEdits.Edit edit) {
            this.role = role;
            this.text = text;
            this.original = original;
            this.edit = edit;
        }

        Piece root() {
            return original == null ? this : original.root();
        }

        boolean isCopy() {
            return original != null;
        }
    }

    final Shape shape;
    final List<Piece> pieces;
    final String text;

    private SyntheticArticle(Shape shape, List<Piece> pieces, String text) {
        this.shape = shape;
        this.pieces = pieces;
        this.text = text;
    }

    Format format() {
        return shape == Shape.MARKDOWN ? Format.MARKDOWN : Format.PLAIN_TEXT;
    }

    /** The piece whose text holds {@code offset}, or null. */
    Piece pieceAt(int offset) {
        for (Piece piece : pieces) {
            if (offset >= piece.start && offset < piece.end) {
                return piece;
            }
        }
        return null;
    }

    static SyntheticArticle generate(Random random, Shape shape) {
        return new Builder(random, shape).build();
    }

    private static final class Builder {
        private final Random random;
        private final Shape shape;
        private final ProseGenerator prose;
        private final CopyEdits edits;
        private final List<Piece> pieces = new ArrayList<>();

        Builder(Random random, Shape shape) {
            this.random = random;
            this.shape = shape;
            this.prose = new ProseGenerator(random);
            this.edits = new CopyEdits(random);
        }

        SyntheticArticle build() {
            pieces.add(new Piece(shape == Shape.MARKDOWN ? Role.HEADING : Role.TITLE, prose.title(), null, null));
            int paragraphs = 5 + random.nextInt(16);
            Set<String> seen = new HashSet<>();
            while (pieces.size() <= paragraphs) {
                Piece piece = organic();
                if (seen.add(piece.text) || piece.role == Role.HEADING) {
                    pieces.add(piece);
                }
            }
            int kind = random.nextInt(CopyEdits.NEAR_MISS_KINDS);
            for (int i = random.nextInt(3); i > 0; i--) {
                for (String text : edits.nearMissPair(prose, kind++)) {
                    insertAfter(random.nextInt(pieces.size()), new Piece(Role.PROSE, text, null, null));
                }
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                String line = prose.pick(CopyEdits.SHORT_LINES);
                insertAfter(random.nextInt(pieces.size()), new Piece(Role.SHORT_LINE, line, null, null));
                insertAfter(random.nextInt(pieces.size()), new Piece(Role.SHORT_LINE, line, null, null));
            }
            if (random.nextInt(3) == 0) {
                Piece title = pieces.get(0);
                insertAfter(1 + random.nextInt(pieces.size() - 1), new Piece(title.role, title.text, null, null));
            }
            if (shape == Shape.MARKDOWN) {
                addMarkdownLookAlikes();
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                addCopies();
            }
            return render();
        }

        private Piece organic() {
            if (shape == Shape.MARKDOWN) {
                int pick = random.nextInt(10);
                if (pick == 0) {
                    return new Piece(Role.HEADING, ProseGenerator.cap(prose.pick(List.of("background", "what happens next",
                            "the reaction", "the numbers", "in other news"))), null, null);
                }
                if (pick <= 2) {
                    return new Piece(Role.LIST_ITEM, random.nextBoolean() ? prose.sentence() : shortItem(), null, null);
                }
                if (pick == 3) {
                    return new Piece(Role.QUOTE, prose.sentence(), null, null);
                }
            }
            return new Piece(Role.PROSE, prose.paragraph(), null, null);
        }

        private String shortItem() {
            return prose.pick(List.of("the budget", "a packed lunch", "two witnesses", "parking", "the ferry timetable",
                    "opening hours", "a new logo", "the school run"));
        }

        private void addMarkdownLookAlikes() {
            String code = "```sh\ncurl -LO https://example.org/" + prose.place().replace(' ', '-') + "/data.csv\n"
                    + "python3 analyse.py --input data.csv --output report.html --verbose\n```";
            insertAfter(random.nextInt(pieces.size()), new Piece(Role.CODE, code, null, null));
            insertAfter(random.nextInt(pieces.size()), new Piece(Role.CODE, code, null, null));
            String heading = "What the council said about the " + prose.pick(List.of("budget", "ferry", "bridge")) + " this week";
            insertAfter(random.nextInt(pieces.size()), new Piece(Role.HEADING, heading, null, null));
            insertAfter(random.nextInt(pieces.size()), new Piece(Role.HEADING, heading, null, null));
            String row = "| " + prose.person() + " | chair of the planning committee of the city council | 2019 to 2023 |";
            int at = random.nextInt(pieces.size());
            insertAfter(at, new Piece(Role.TABLE_ROW, row, null, null));
            insertAfter(at + 1, new Piece(Role.TABLE_ROW, row, null, null));
        }

        /** One copy, or a run of copies of consecutive paragraphs, somewhere after their originals. */
        private void addCopies() {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                Role role = pieces.get(i).role;
                if (!pieces.get(i).isCopy() && (role == Role.PROSE || role == Role.LIST_ITEM || role == Role.QUOTE) && words(pieces.get(i).text) >= 8) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            int first = candidates.get(random.nextInt(candidates.size()));
            int run = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 1;
            List<Piece> copies = new ArrayList<>();
            for (int i = first; i < Math.min(pieces.size(), first + run); i++) {
                Piece original = pieces.get(i);
                if (original.isCopy()) {
                    break;
                }
                if (original.role == Role.PROSE && words(original.text) >= 8) {
                    CopyEdits.Edit edit = CopyEdits.Edit.values()[random.nextInt(CopyEdits.Edit.values().length)];
                    copies.add(new Piece(Role.PROSE, edits.apply(edit, original.text), original, edit));
                } else if (original.role != Role.PROSE && i == first) {
                    CopyEdits.Edit edit = random.nextBoolean() ? CopyEdits.Edit.EXACT : CopyEdits.Edit.QUOTE_STYLE;
                    copies.add(new Piece(original.role, edits.apply(edit, original.text), original, edit));
                    break;
                }
            }
            if (copies.isEmpty()) {
                return;
            }
            int lastOriginal = pieces.indexOf(copies.get(copies.size() - 1).original);
            boolean adjacent = copies.get(0).role == Role.LIST_ITEM || random.nextInt(3) == 0;
            int at = adjacent ? lastOriginal : lastOriginal + random.nextInt(pieces.size() - lastOriginal);
            for (Piece copy : copies) {
                insertAfter(at++, copy);
            }
        }

        private void insertAfter(int index, Piece piece) {
            pieces.add(Math.min(index + 1, pieces.size()), piece);
        }

        private SyntheticArticle render() {
            StringBuilder out = new StringBuilder();
            if (shape == Shape.MARKDOWN && pieces.get(1).role == Role.PROSE && random.nextBoolean()) {
                out.append("---\ntitle: ").append(pieces.get(0).text).append("\ndescription: ")
                        .append(pieces.get(1).text.replace(":", " ").replace("\"", "")).append("\n---\n\n");
            }
            Role previous = null;
            for (Piece piece : pieces) {
                if (previous != null) {
                    out.append(separator(previous, piece.role));
                }
                renderPiece(out, piece, previous);
                previous = piece.role;
            }
            if (random.nextBoolean()) {
                out.append('\n');
            }
            return new SyntheticArticle(shape, pieces, out.toString());
        }

        private String separator(Role previous, Role next) {
            if (shape == Shape.ONE_PER_LINE) {
                return "\n";
            }
            if (shape == Shape.MARKDOWN && previous == next && (next == Role.LIST_ITEM || next == Role.TABLE_ROW)) {
                return "\n";
            }
            return "\n\n";
        }

        private void renderPiece(StringBuilder out, Piece piece, Role previous) {
            String text = piece.text;
            if (shape == Shape.MARKDOWN) {
                switch (piece.role) {
                    case HEADING -> out.append(piece == pieces.get(0) ? "# " : "## ");
                    case LIST_ITEM -> out.append("- ");
                    case TABLE_ROW -> {
                        if (previous != Role.TABLE_ROW) {
                            out.append("| Name | Role | Years |\n|---|---|---|\n");
                        }
                    }
                    case QUOTE -> out.append("> ");
                    default -> {
                    }
                }
                if (piece.role == Role.QUOTE) {
                    text = wrap(text, 60 + random.nextInt(20)).replace("\n", "\n> ");
                }
            } else if (shape == Shape.HARD_WRAPPED && piece.role == Role.PROSE) {
                text = wrap(text, 60 + random.nextInt(20));
            }
            piece.start = out.length();
            out.append(text);
            piece.end = out.length();
        }

        /** Greedy word wrap at {@code width} columns. */
        private static String wrap(String text, int width) {
            StringBuilder out = new StringBuilder();
            int column = 0;
            for (String word : text.split(" ")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            return out.toString();
        }
    }

    static int words(String text) {
        int words = 0;
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words++;
            }
        }
        return words;
    }
}
