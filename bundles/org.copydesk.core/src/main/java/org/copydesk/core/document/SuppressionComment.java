package org.copydesk.core.document;

import java.util.List;

import org.copydesk.core.TextEdit;
import org.copydesk.core.text.Removal;

/**
 * Writes the comment {@link Suppressions} reads: {@code copydesk-disable-next-line RULE} on a line of its own just
 * before a block, in the document's comment syntax and inside the same block quote, so that it covers the whole
 * block and nothing else. The one place such a comment is written, for the quick fixes of every front end.
 */
public final class SuppressionComment {
    /** The id of the fixes that insert such a comment, whatever their rule. */
    public static final String FIX_ID = "ignore";

    private SuppressionComment() {
    }

    /** The insertion that switches {@code ruleId} off for {@code block}; null in plain text, which has no comments. */
    public static TextEdit before(Document document, Block block, String ruleId) {
        String directive = "copydesk-disable-next-line " + ruleId;
        String comment = switch (document.format()) {
            case MARKDOWN -> "<!-- " + directive + " -->";
            case ASCIIDOC -> "// " + directive;
            case PLAIN_TEXT -> null;
        };
        if (comment == null) {
            return null;
        }
        String text = document.text();
        int lineStart = Removal.lineStart(text, block.start());
        int lineEnd = Removal.lineEnd(text, block.start());
        String lineBreak = text.startsWith("\r\n", lineEnd) ? "\r\n" : "\n";
        return TextEdit.insert(lineStart, quotePrefix(text, lineStart, block.start()) + comment + lineBreak);
    }

    /** The insertion that switches {@code ruleId} off for the block holding {@code offset}; null if none can. */
    public static TextEdit forFinding(Document document, int offset, String ruleId) {
        List<Block> blocks = document.blocks();
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Block block = blocks.get(mid);
            if (offset < block.start()) {
                high = mid - 1;
            } else if (offset >= block.end()) {
                low = mid + 1;
            } else {
                return before(document, block, ruleId);
            }
        }
        return null;
    }

    /** The spaces and block quote markers before a block, repeated before the comment so that it stays in the quote. */
    private static String quotePrefix(String text, int lineStart, int blockStart) {
        for (int i = lineStart; i < blockStart; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '>') {
                return "";
            }
        }
        return text.substring(lineStart, blockStart);
    }
}
