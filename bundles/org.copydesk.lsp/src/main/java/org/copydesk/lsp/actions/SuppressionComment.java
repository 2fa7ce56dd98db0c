package org.copydesk.lsp.actions;

import java.util.List;

import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;

/**
 * The comments that switch a rule off for one finding, in the document's own comment syntax (see the core's
 * {@code Suppressions}): {@code copydesk-disable-next-line RULE} on a line of its own before the block, when the
 * finding starts on the block's first line; otherwise {@code copydesk-disable RULE} before the block and
 * {@code copydesk-enable RULE} after it, so that no comment lands inside a paragraph and splits it. Plain text has
 * no comments: {@link #edits} gives nothing there.
 */
public final class SuppressionComment {
    private SuppressionComment() {
    }

    public static List<TextEdit> edits(Document document, String ruleId, int findingStart) {
        Format format = document.format();
        if (format == Format.PLAIN_TEXT) {
            return List.of();
        }
        String text = document.text();
        Block block = blockAt(document.blocks(), findingStart);
        int blockStart = block == null ? findingStart : block.start();
        int blockEnd = block == null ? findingStart : block.end();
        int lineStart = lineStart(text, blockStart);
        String prefix = prefix(text, lineStart, blockStart);
        String lineBreak = lineBreak(text);
        if (lineStart(text, findingStart) == lineStart) {
            return List.of(TextEdit.insert(lineStart, prefix + comment(format, "copydesk-disable-next-line " + ruleId) + lineBreak));
        }
        int after = lineEnd(text, Math.max(blockStart, blockEnd - 1));
        return List.of(TextEdit.insert(lineStart, prefix + comment(format, "copydesk-disable " + ruleId) + lineBreak),
                TextEdit.insert(after, lineBreak + prefix + comment(format, "copydesk-enable " + ruleId)));
    }

    private static String comment(Format format, String directive) {
        return format == Format.MARKDOWN ? "<!-- " + directive + " -->" : "// " + directive;
    }

    /** The block holding {@code offset}: blocks are in document order and do not overlap. */
    private static Block blockAt(List<Block> blocks, int offset) {
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
                return block;
            }
        }
        return null;
    }

    /** The spaces and block quote markers before a block, repeated before the comment so it stays inside the quote. */
    private static String prefix(String text, int lineStart, int blockStart) {
        for (int i = lineStart; i < blockStart; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '>') {
                return "";
            }
        }
        return text.substring(lineStart, blockStart);
    }

    private static String lineBreak(String text) {
        int newline = text.indexOf('\n');
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    private static int lineStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int offset) {
        int i = Math.max(0, Math.min(offset, text.length()));
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
