package org.copydesk.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Edit lists that turn one text into another, in the original text's coordinates: sorted, disjoint, and applied
 * one after the other. Fixing round after round gives one list per round; {@link #compose} chains them, so a
 * writer knows exactly which characters of the file it read were removed or replaced and can keep every other
 * byte as it was.
 */
public final class TextEdits {
    private TextEdits() {
    }

    /** {@code text} with {@code edits} (sorted and disjoint) applied. */
    public static String apply(CharSequence text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (TextEdit edit : edits) {
            if (edit.offset() < position || edit.end() > text.length()) {
                throw new IllegalArgumentException("edits out of order or outside the text: " + edit);
            }
            out.append(text, position, edit.offset()).append(edit.replacement());
            position = edit.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    /**
     * The edits that do what {@code first} then {@code second} do, in the coordinates of the text {@code first}
     * applies to. {@code second} is in the coordinates of the text {@code first} produced. Both sorted and disjoint.
     */
    public static List<TextEdit> compose(List<TextEdit> first, List<TextEdit> second, int originalLength) {
        if (first.isEmpty()) {
            return List.copyOf(second);
        }
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (TextEdit edit : first) {
            pieces.add(Piece.kept(position, edit.offset()));
            pieces.add(Piece.inserted(edit.replacement()));
            position = edit.end();
        }
        pieces.add(Piece.kept(position, originalLength));
        return toEdits(applyTo(pieces, second), originalLength);
    }

    /** A run of the current text: original characters {@code [start, end)}, or text a fix inserted. */
    private record Piece(int start, int end, String inserted) {
        static Piece kept(int start, int end) {
            return new Piece(start, end, null);
        }

        static Piece inserted(String text) {
            return new Piece(0, 0, text);
        }

        int length() {
            return inserted == null ? end - start : inserted.length();
        }

        /** The part {@code [from, to)} of this piece, in the piece's own offsets. */
        Piece slice(int from, int to) {
            return inserted == null ? kept(start + from, start + to) : inserted(inserted.substring(from, to));
        }
    }

    private static List<Piece> applyTo(List<Piece> pieces, List<TextEdit> edits) {
        List<Piece> out = new ArrayList<>();
        Slicer slicer = new Slicer(pieces);
        int cursor = 0;
        for (TextEdit edit : edits) {
            slicer.copy(cursor, edit.offset(), out);
            out.add(Piece.inserted(edit.replacement()));
            cursor = edit.end();
        }
        slicer.copy(cursor, slicer.length, out);
        return out;
    }

    /** Copies ranges of the current text, given in increasing order, as pieces. */
    private static final class Slicer {
        private final List<Piece> pieces;
        private final int length;
        private int index;
        private int pieceStart;

        Slicer(List<Piece> pieces) {
            this.pieces = pieces;
            this.length = pieces.stream().mapToInt(Piece::length).sum();
        }

        void copy(int from, int to, List<Piece> out) {
            if (from > to || to > length) {
                throw new IllegalArgumentException("edits out of order or outside the text: [" + from + ", " + to + ")");
            }
            while (index < pieces.size() && pieceStart + pieces.get(index).length() <= from) {
                pieceStart += pieces.get(index++).length();
            }
            for (int i = index, start = pieceStart; i < pieces.size() && start < to; start += pieces.get(i++).length()) {
                Piece piece = pieces.get(i);
                int sliceFrom = Math.max(from, start) - start;
                int sliceTo = Math.min(to, start + piece.length()) - start;
                if (sliceTo > sliceFrom) {
                    out.add(piece.slice(sliceFrom, sliceTo));
                }
            }
        }
    }

    private static List<TextEdit> toEdits(List<Piece> pieces, int originalLength) {
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int original = 0;
        for (Piece piece : pieces) {
            if (piece.inserted() != null) {
                pending.append(piece.inserted());
                continue;
            }
            if (piece.length() == 0) {
                continue;
            }
            if (piece.start() > original || pending.length() > 0) {
                edits.add(TextEdit.replace(original, piece.start(), pending.toString()));
                pending.setLength(0);
            }
            original = piece.end();
        }
        if (original < originalLength || pending.length() > 0) {
            edits.add(TextEdit.replace(original, originalLength, pending.toString()));
        }
        return List.copyOf(edits);
    }
}
