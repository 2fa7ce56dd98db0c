package org.copydesk.ui.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Turns a document into a new text with one {@link IDocument#replace} of the span that differs, so that any
 * number of fixes is one undo step, and undo gives back the old text byte for byte.
 */
final class DocumentEdit {
    private DocumentEdit() {
    }

    /** Replaces {@code oldText} (the document's current text) by {@code newText}; returns the changed span's start. */
    static int replace(IDocument document, String oldText, String newText) throws BadLocationException {
        int prefix = 0;
        int max = Math.min(oldText.length(), newText.length());
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == oldText.length() && prefix == newText.length()) {
            return -1;
        }
        document.replace(prefix, oldText.length() - suffix - prefix, newText.substring(prefix, newText.length() - suffix));
        return prefix;
    }
}
