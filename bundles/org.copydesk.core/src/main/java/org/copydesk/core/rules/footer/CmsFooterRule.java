package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.BlockMemo;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * Flags the site and post chrome that comes along when text is copied out of a web page, editor, newsletter or
 * mail. Unambiguous watermarks count anywhere and platform lines as whole lines ({@link Watermarks}, the
 * {@link SignatureSet}'s line matcher); everything else only where chrome ends a text: the {@link Footer} is the
 * {@link EndRegion} of lines the {@link ChromeLineClassifier} reads as chrome, the {@link GluedChrome} on the
 * last sentence above it, or the chrome above the last few lines of prose.
 */
@RuleMeta(id = "cms-footer", summary = "Editor watermarks, share blocks and site footers pasted along with the text",
        severity = Severity.WARNING)
public final class CmsFooterRule implements Rule {
    static final RuleOption<List<String>> SIGNATURES = RuleOption.strings("signatures", List.of(),
            "More signatures: a literal line (flagged as a whole line anywhere) or /regex/ (matched, ignoring case, "
                    + "against whole lines at the end of the text and the end of the last sentence).")
            .withCheck(ConfiguredSignatures::checkSignatures);
    static final RuleOption<List<String>> DISABLE = RuleOption.strings("disable", List.of(),
            "Ids of built-in signatures, or names of families of chrome, not to flag, e.g. copyright-line, post-meta.")
            .withCheck(ConfiguredSignatures::checkIds);

    private static final int MAX_NAMED = 3;
    private static final BlockMemo.Key<Signature> LINE_SIGNATURE = new BlockMemo.Key<>();
    /** Remembered for a line that matches no signature. */
    private static final Signature NO_SIGNATURE = new Signature("none", "", "", Where.COMPANION, null, null, null, false, "");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(SIGNATURES, DISABLE);
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        SignatureSet signatures = SignatureSet.of(Set.copyOf(context.option(DISABLE)), context.option(SIGNATURES));
        BlockRanges opaque = BlockRanges.opaque(document);
        BoundedText.Budget budget = new BoundedText.Budget(ConfiguredSignatures.BUDGET_PER_DOCUMENT,
                ConfiguredSignatures.BUDGET_PER_MATCH);
        List<Watermarks.Hit> hits = Watermarks.find(document, signatures, opaque);
        ChromeLineClassifier classifier = new ChromeLineClassifier(signatures, budget);
        List<Footer> footers = Footer.find(text, document, opaque, hits, classifier);

        List<Found> found = new ArrayList<>();
        for (Watermarks.Hit hit : hits) {
            if (!inFooter(footers, hit.start(), hit.end())) {
                found.add(watermark(text, hit));
            }
        }
        SignatureSet.LineMatcher lines = signatures.lineMatcher(text);
        boolean hasCarriageReturns = text.indexOf('\r') >= 0;
        List<Block> blocks = document.blocks();
        BlockMemo memo = document.blockMemo();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!inFooter(footers, block.start(), block.end()) && isLineCandidate(text, hasCarriageReturns, block)
                    && !containsHit(hits, block)) {
                // a line's signature depends on the line alone: an edited document takes it over
                Signature signature = memo.block(LINE_SIGNATURE, b, signatures);
                if (signature == null) {
                    signature = memo.putBlock(LINE_SIGNATURE, b, signatures, orNone(lineSignature(lines, classifier, text, block)),
                            block, block.start(), block.end());
                }
                if (signature != NO_SIGNATURE) {
                    found.add(new Found(block.start(), Chars.trimEnd(text, block.start(), block.end()), List.of(signature.description()),
                            List.of(Removal.ofBlock(text, block.start(), Chars.trimEnd(text, block.start(), block.end())))));
                }
            }
        }
        for (Footer footer : footers) {
            found.add(new Found(footer.start(), footer.end(), footer.names(), footer.edits()));
        }
        report(found, context);
    }

    /** Whether {@code [start, end)} reaches into a footer, which reports and removes it with the rest. */
    private static boolean inFooter(List<Footer> footers, int start, int end) {
        for (Footer footer : footers) {
            if (end > footer.start() && start < Math.max(footer.end(), footer.start() + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The signature of a one-line block; a configured one never counts on a line that reads as prose. */
    private static Signature lineSignature(SignatureSet.LineMatcher lines, ChromeLineClassifier classifier, String text, Block block) {
        Signature signature = lines.match(block.start(), block.end());
        if (signature != null && signature.bounded()) {
            String line = LineText.normalize(text, block.start(), block.end());
            if (ProseTest.readsAsProse(LineWords.of(line), line)) {
                return null;
            }
        }
        return signature;
    }

    private record Found(int start, int end, List<String> names, List<TextEdit> edits) {
    }

    /** Each finding carries its own fix; removing all of them at once is the editor's and the CLI's "fix all". */
    private static void report(List<Found> found, RuleContext context) {
        for (Found f : found) {
            context.finding(f.start(), f.end(), message(f.names()))
                    .fix(Fix.automatic("remove-footer", "Remove footer", f.edits().toArray(TextEdit[]::new)))
                    .report();
        }
    }

    /** A watermark: its whole line goes if it has the line to itself, else only it and the spaces before it. */
    private static Found watermark(String text, Watermarks.Hit hit) {
        int contentEnd = Chars.trimEnd(text, hit.lineStart(), hit.lineEnd());
        boolean endsLine = Chars.trimEnd(text, hit.end(), hit.lineEnd()) == hit.end();
        TextEdit edit;
        if (hit.wholeLine() && LineText.normalize(text, hit.end(), hit.lineEnd()).isEmpty()) {
            edit = Removal.ofBlock(text, Chars.skipWhitespace(text, hit.lineStart(), hit.lineEnd()), contentEnd);
        } else {
            int from = hit.start();
            while (from > hit.lineStart() && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
                from--;
            }
            edit = TextEdit.delete(from, endsLine ? hit.lineEnd() : hit.end());
        }
        return new Found(hit.start(), hit.end(), List.of(hit.signature().description()), List.of(edit));
    }

    /** A block that is one short line: only such a block can be a whole-line signature. */
    private static boolean isLineCandidate(String text, boolean hasCarriageReturns, Block block) {
        // a heading in the middle of a document is the writer's ("## Powered by Shopify" over a review of it)
        if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.HTML) {
            return false;
        }
        if (block.length() > LineReader.MAX_LINE_LENGTH) {
            return false;
        }
        int end = Chars.trimEnd(text, block.start(), block.end());
        int newline = text.indexOf('\n', block.start());
        if (newline >= 0 && newline < end) {
            return false;
        }
        // old Mac files break lines with a lone CR; the indexOf above covers every other text
        for (int i = block.start(); hasCarriageReturns && i < end; i++) {
            if (text.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a hit starts inside the block; the hits are in text order. */
    private static boolean containsHit(List<Watermarks.Hit> hits, Block block) {
        int low = 0;
        int high = hits.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hits.get(mid).start() < block.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < hits.size() && hits.get(low).start() < block.end();
    }

    private static Signature orNone(Signature signature) {
        return signature == null ? NO_SIGNATURE : signature;
    }

    /** "Froala Editor watermark", "WordPress share block, copyright line": what was recognised, top-down. */
    static String message(List<String> names) {
        Set<String> unique = new LinkedHashSet<>(names);
        List<String> shown = new ArrayList<>(unique).subList(0, Math.min(MAX_NAMED, unique.size()));
        String more = unique.size() > MAX_NAMED ? " and " + (unique.size() - MAX_NAMED) + " more" : "";
        return String.join(", ", shown) + more + ": pasted with the text, not part of it";
    }
}
