package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Document;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Finds the unambiguous signatures ({@link Where#ANYWHERE}) in the whole text in one linear pass. A hit counts only where it ends its line, so a sentence that quotes a
 * watermark ("the words Powered by Froala Editor appear at the bottom") is prose.
 */
final class Watermarks {
    /** No built-in watermark is longer; bounds the pattern's view of the text. */
    private static final int LONGEST = 2000;
    private static final int CHUNK = 8192;

    /** One watermark in the text; {@code wholeLine} if nothing but markers and tags stands before it on its line. */
    record Hit(Signature signature, int start, int end, int lineStart, int lineEnd, boolean wholeLine) {
    }

    private Watermarks() {
    }

    /** The watermarks of {@code text} outside {@code opaque} blocks, in text order, none overlapping another. */
    static List<Hit> find(String text, SignatureSet signatures, BlockRanges opaque) {
        return apart(scan(text, signatures, 0, text.length()), opaque);
    }

    /** As {@link #find(String, SignatureSet, BlockRanges)}, revising the previous version's hits after an edit. */
    static List<Hit> find(Document document, SignatureSet signatures, BlockRanges opaque) {
        return apart(document.get(KEY).hits(document, signatures), opaque);
    }

    private static List<Hit> apart(List<Hit> hits, BlockRanges opaque) {
        List<Hit> apart = new ArrayList<>();
        for (Hit hit : hits) {
            if (!opaque.overlaps(hit.start(), hit.end()) && (apart.isEmpty() || apart.get(apart.size() - 1).end() <= hit.start())) {
                apart.add(hit);
            }
        }
        return apart;
    }

    /** Every watermark starting in {@code [from, to)}, opaque blocks or not, by start (then catalog order). */
    private static List<Hit> scan(String text, SignatureSet signatures, int from, int to) {
        List<Signature> watermarks = signatures.anywhere();
        // one pass over the text: a character that starts no watermark costs one table lookup
        boolean[] starts = new boolean[128];
        boolean nonAscii = false;
        for (Signature signature : watermarks) {
            char first = signature.needle().charAt(0);
            if (first < 128) {
                starts[first] = true;
            } else {
                nonAscii = true;
            }
        }
        List<Hit> hits = new ArrayList<>();
        // the text is copied a chunk at a time and skimmed as an array
        char[] chunk = new char[Math.min(CHUNK, Math.max(0, to - from))];
        int chunkStart = from;
        int chunkEnd = from;
        for (int at = from; at < to; at++) {
            if (at == chunkEnd) {
                chunkStart = at;
                chunkEnd = Math.min(to, at + CHUNK);
                text.getChars(chunkStart, chunkEnd, chunk, 0);
            }
            char c = chunk[at - chunkStart];
            if (c < 128 ? !starts[c] : !nonAscii) {
                continue;
            }
            for (Signature signature : watermarks) {
                String needle = signature.needle();
                if (needle.charAt(0) == c && text.startsWith(needle, at)) {
                    Hit hit = hitAt(text, signature, at);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
        return hits;
    }

    /**
     * The hits of one version of a document, by signature set. A hit depends on its line alone, so the next
     * version keeps the hits on lines the edit did not touch, shifted, and scans only the edited lines.
     */
    static final class Found {
        private final Map<SignatureSet, List<Hit>> bySet = new ConcurrentHashMap<>();
        /** The previous version's hits (not its Found, so versions do not chain up in memory). */
        private final Map<SignatureSet, List<Hit>> previous;

        private Found(Map<SignatureSet, List<Hit>> previous) {
            this.previous = previous;
        }

        List<Hit> hits(Document document, SignatureSet signatures) {
            List<Hit> hits = bySet.get(signatures);
            if (hits == null) {
                List<Hit> before = previous.get(signatures);
                String text = document.text();
                hits = before == null ? scan(text, signatures, 0, text.length()) : revise(before, document.edit(), text, signatures);
                bySet.put(signatures, hits);
            }
            return hits;
        }

        private static List<Hit> revise(List<Hit> before, TextEdit edit, String text, SignatureSet signatures) {
            int delta = edit.replacement().length() - edit.length();
            int newEnd = edit.offset() + edit.replacement().length();
            int from = Removal.lineStart(text, edit.offset());
            int to = Math.min(text.length(), Removal.lineEnd(text, newEnd) + 1);
            List<Hit> hits = new ArrayList<>(before.size() + 4);
            int i = 0;
            while (i < before.size() && before.get(i).start() < from) {
                hits.add(before.get(i++));
            }
            hits.addAll(scan(text, signatures, from, to));
            while (i < before.size() && before.get(i).start() < to - delta) {
                i++;
            }
            for (; i < before.size(); i++) {
                Hit hit = before.get(i);
                hits.add(new Hit(hit.signature(), hit.start() + delta, hit.end() + delta, hit.lineStart() + delta,
                        hit.lineEnd() + delta, hit.wholeLine()));
            }
            return hits;
        }
    }

    /** The hits of a document, kept for its next version. */
    static final Document.Key<Found> KEY = new Document.Key<>(document -> new Found(Map.of()),
            (before, document) -> new Found(before.bySet));

    private static Hit hitAt(String text, Signature signature, int at) {
        int lineEnd = Removal.lineEnd(text, at);
        int end = at + signature.needle().length();
        if (signature.pattern() != null) {
            Matcher matcher = signature.pattern().matcher(text).region(at, Math.min(lineEnd, at + LONGEST));
            if (!matcher.lookingAt()) {
                return null;
            }
            end = matcher.end();
        }
        int rest = Chars.skipWhitespace(text, end, lineEnd);
        if (rest < lineEnd && text.charAt(rest) != '<') {
            return null;
        }
        int lineStart = Removal.lineStart(text, at);
        boolean wholeLine = LineText.normalize(text, lineStart, at).isEmpty();
        return new Hit(signature, at, end, lineStart, lineEnd, wholeLine);
    }
}
