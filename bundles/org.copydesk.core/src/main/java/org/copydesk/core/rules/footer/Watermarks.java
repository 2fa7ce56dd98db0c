package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Finds the unambiguous signatures ({@link Where#ANYWHERE}) in the whole text with a plain substring search,
 * one linear pass per signature. A hit counts only where it ends its line, so a sentence that quotes a
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
        List<Hit> hits = new ArrayList<>();
        for (Signature signature : signatures.anywhere()) {
            String needle = signature.needle();
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
                Hit hit = hitAt(text, signature, at);
                if (hit != null && !opaque.overlaps(hit.start(), hit.end())) {
                    hits.add(hit);
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
