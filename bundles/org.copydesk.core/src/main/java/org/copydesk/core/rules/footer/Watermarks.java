package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Finds the unambiguous signatures ({@link Where#ANYWHERE}) in the whole text in one linear pass. A hit counts only where it ends its line, so a sentence that quotes a
 * watermark ("the words Powered by Froala Editor appear at the bottom") is prose.
 */
final class Watermarks {
    /** No built-in watermark is longer; bounds the pattern's view of the text. */
    private static final int LONGEST = 2000;

    /** One watermark in the text; {@code wholeLine} if nothing but markers and tags stands before it on its line. */
    record Hit(Signature signature, int start, int end, int lineStart, int lineEnd, boolean wholeLine) {
    }

    private Watermarks() {
    }

    static List<Hit> find(String text, SignatureSet signatures, Opaque opaque) {
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
        int length = text.length();
        for (int at = 0; at < length; at++) {
            char c = text.charAt(at);
            if (c < 128 ? !starts[c] : !nonAscii) {
                continue;
            }
            for (Signature signature : watermarks) {
                String needle = signature.needle();
                if (needle.charAt(0) == c && text.startsWith(needle, at)) {
                    Hit hit = hitAt(text, signature, at);
                    if (hit != null && !opaque.overlaps(hit.start(), hit.end())) {
                        hits.add(hit);
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> apart = new ArrayList<>();
        for (Hit hit : hits) {
            if (apart.isEmpty() || apart.get(apart.size() - 1).end() <= hit.start()) {
                apart.add(hit);
            }
        }
        return apart;
    }

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
