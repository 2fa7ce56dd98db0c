package org.copydesk.core.rules.quote;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.SuppressionComment;
import org.copydesk.core.text.Chars;
import org.copydesk.core.text.Removal;

/**
 * The three fixes a writer may choose for a quotation without attribution. None is automatic: only the writer
 * knows who spoke. "Add attribution" writes the placeholder {@value #PLACEHOLDER}, which the editor selects so
 * the writer types the name over it.
 */
final class QuoteFixes {
    static final String PLACEHOLDER = "[SOURCE]";
    static final String ADD_ATTRIBUTION = "Add attribution";
    static final String PLAIN_TEXT = "Make it plain text";
    static final String IGNORE = "Ignore this quote";

    private QuoteFixes() {
    }

    /**
     * {@code "We will win."} becomes {@code "We will win," [SOURCE] said.}; in German and French the comma goes
     * after the closing mark ({@code „Wir gewinnen“, sagte [SOURCE].}). A quotation inside a longer sentence
     * gets the attribution at the sentence's end.
     */
    static Fix addAttribution(String text, Quotation quotation, Lexicon lexicon, Block paragraph) {
        Quotation.Part last = quotation.last();
        int innerEnd = Chars.trimEnd(text, last.openEnd(), last.close());
        char inner = innerEnd > last.openEnd() ? text.charAt(innerEnd - 1) : ' ';
        int after = last.closeEnd();
        int end = paragraph.end();
        char outside = after < end ? text.charAt(after) : ' ';
        boolean endsSentence = after >= end || Chars.isSpace(outside);
        String said = lexicon.fixSaid;
        String verb = inner == '?' ? lexicon.fixAsked : said;
        if (inner == '.' && endsSentence) {
            if (lexicon.commaInside) {
                return attribution( TextEdit.replace(innerEnd - 1, innerEnd, ","),
                        TextEdit.insert(after, " " + said + "."));
            }
            return attribution( TextEdit.delete(innerEnd - 1, innerEnd),
                    TextEdit.insert(after, ", " + said + "."));
        }
        if ((inner == '?' || inner == '!') && endsSentence) {
            return attribution( TextEdit.insert(after, (lexicon.commaInside ? " " : ", ") + verb + "."));
        }
        if (outside == '.' && (after + 1 >= end || Chars.isSpace(text.charAt(after + 1)))) {
            return attribution( TextEdit.replace(after, after + 1, ", " + said + "."));
        }
        return attribution( TextEdit.insert(sentenceEnd(text, after, end), ", " + said));
    }

    /** "Add attribution" with these edits, its {@value #PLACEHOLDER} marked for the editor to select. */
    private static Fix attribution(TextEdit... edits) {
        return Fix.suggestion("add-attribution", ADD_ATTRIBUTION, edits).withPlaceholder(PLACEHOLDER);
    }

    /** Where the sentence that goes on after a quotation ends: before its stop, or at the paragraph's end. */
    private static int sentenceEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (Mark.isMark(c) && !Words.isWordChar(text.charAt(i - 1))) {
                return Chars.trimEnd(text, from, i); // another quotation follows: attribute before it
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= end || Chars.isSpace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return Chars.trimEnd(text, from, end);
    }

    /** Removes the quotation marks (and the spaces French puts inside guillemets). */
    static Fix plainText(String text, Quotation quotation) {
        List<TextEdit> edits = new ArrayList<>();
        for (Quotation.Part part : quotation.parts()) {
            int openEnd = part.openEnd();
            int close = part.close();
            if (quotation.mark().isGuillemet()) {
                openEnd = Chars.skipWhitespace(text, openEnd, close);
                close = part.isClosed() ? Chars.trimEnd(text, openEnd, close) : close;
            }
            edits.add(TextEdit.delete(part.open(), openEnd));
            if (part.isClosed()) {
                edits.add(TextEdit.delete(close, part.closeEnd()));
            }
        }
        return new Fix("make-plain-text", PLAIN_TEXT, edits, false, null);
    }

    /** A suppression comment before the paragraph, in Markdown and AsciiDoc; null in plain text, which has none. */
    static Fix ignore(Document document, Block paragraph, String ruleId) {
        TextEdit comment = SuppressionComment.before(document, paragraph, ruleId);
        return comment == null ? null : Fix.suggestion(SuppressionComment.FIX_ID, IGNORE, comment);
    }
}
