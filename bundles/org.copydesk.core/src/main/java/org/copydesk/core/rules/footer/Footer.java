package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * A text's footer: the {@link EndRegion} of chrome and the {@link GluedChrome} stuck onto the last sentence
 * above it, as one finding {@code [start, end)} with what was recognised in it, top-down, and the edits that
 * remove exactly that: the region from the line after the last line of prose to the end of the text, the glued
 * chrome with the spaces before it. The last line of prose keeps its line break and its full stop.
 */
record Footer(int start, int end, List<String> names, List<TextEdit> edits) {

    /**
     * The footer of {@code document}: none if its text ends in prose; one, the region at the end with what is
     * glued on above it; or, when a few lines of prose end the text, each run of chrome above them.
     */
    static List<Footer> find(String text, Document document, BlockRanges opaque, List<Watermarks.Hit> hits, ChromeLineClassifier classifier) {
        BlockRanges headings = BlockRanges.headings(document);
        LineReader lines = new LineReader(text, headings, hits, classifier);
        EndRegion.Result region = new EndRegion(text, opaque, headings, firstLineEnd(document), lines).find();
        GluedChrome glued = new GluedChrome(text, hits, classifier);
        GluedChrome.Glue glue = region.glueAllowed() && region.bodyStart() >= 0 ? glued.find(region.bodyStart(), region.bodyEnd()) : null;
        for (EndRegion.GlueLine line : region.glueLines()) {
            glue = glued.find(line.start(), line.end());
            if (glue != null) {
                // "…the office said.Share this:" over "Twitter", "Facebook": glued chrome takes the chrome-like lines below
                region = new EndRegion.Result(line.belowStart(), List.of(), line.start(), line.end(), true, List.of(), List.of());
                break;
            }
        }
        if (!region.found() && glue == null) {
            return aboveProse(text, region.aboveProse());
        }
        int length = text.length();
        List<TextEdit> edits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int start;
        int end;
        if (glue != null) {
            start = glue.start();
            names.add(glue.name());
            end = region.found() ? Chars.trimEnd(text, 0, length) : Chars.trimEnd(text, start, region.bodyEnd());
            int from = start;
            while (from > region.bodyStart() && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t'
                    || text.charAt(from - 1) == '\u00A0')) {
                from--;
            }
            edits.add(TextEdit.delete(from, region.bodyEnd()));
            if (region.found()) {
                edits.add(TextEdit.delete(afterBreak(text, region.bodyEnd()), length));
            }
        } else {
            start = region.start();
            end = Chars.trimEnd(text, 0, length);
            edits.add(TextEdit.delete(region.bodyStart() >= 0 ? afterBreak(text, region.bodyEnd()) : region.start(), length));
        }
        names.addAll(region.names());
        return List.of(new Footer(start, Math.max(start, end), List.copyOf(names), edits));
    }

    /** Chrome above the last lines of prose: only its lines go, each run of them as a footer of its own. */
    private static List<Footer> aboveProse(String text, List<ChromeAboveProse.Span> spans) {
        List<Footer> footers = new ArrayList<>();
        for (ChromeAboveProse.Span span : spans) {
            footers.add(new Footer(span.start(), span.end(), span.names(), List.of(Removal.ofBlock(text, span.start(), span.end()))));
        }
        return footers;
    }

    /**
     * Where the first line of the document's first block ends (front matter and comments aside): its title, or
     * the start of its only paragraph, which a footer never takes.
     */
    private static int firstLineEnd(Document document) {
        String text = document.text();
        for (Block block : document.blocks()) {
            if (block.kind() != Block.Kind.FRONT_MATTER && block.kind() != Block.Kind.COMMENT) {
                int start = Chars.skipWhitespace(text, block.start(), block.end());
                return Math.min(block.end(), Removal.lineEnd(text, start));
            }
        }
        return text.length();
    }

    private static int afterBreak(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }
}
