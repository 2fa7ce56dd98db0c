package org.copydesk.core.incremental;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;

/**
 * Checks one document again and again as it is edited, as an editor does while the writer types: each check
 * takes over from the previous version whatever the edit left valid (the analyses of untouched paragraphs, the
 * line map), so that re-checking after an edit inside one paragraph costs that paragraph and a few cheap passes
 * over the document's paragraphs. The result is always exactly what {@link Checker#check(Document)} gives for
 * the same text — the same findings, in the same order, with the same fixes — so the editor and the build never
 * disagree.
 *
 * <p>One instance per open document. Not for use by several threads at once: calls are serialised.
 */
public final class IncrementalChecker {
    private final Checker checker;
    private final String name;
    private final Format format;
    private Document previous;
    /** The characters of the previous version and of the one being checked, compared to find the edit. */
    private char[] previousChars;
    private char[] spareChars;

    /** A checker for the document {@code name}, whose extension picks the format (plain text if none matches). */
    public IncrementalChecker(Checker checker, String name) {
        this(checker, name, Format.ofFileName(name == null ? "" : name).orElse(Format.PLAIN_TEXT));
    }

    public IncrementalChecker(Checker checker, String name, Format format) {
        this.checker = checker;
        this.name = name;
        this.format = format;
    }

    public Checker checker() {
        return checker;
    }

    /** Checks {@code text}, the document's current version; the edit since the last check is found by comparing. */
    public synchronized CheckResult check(String text) {
        Document before = previous;
        if (before == null) {
            return checked(Document.revisable(name, text, format));
        }
        if (before.text().equals(text)) {
            return checked(before);
        }
        if (previousChars == null) {
            previousChars = TextDiff.chars(before.text(), null);
        }
        char[] chars = TextDiff.chars(text, spareChars);
        TextEdit edit = TextDiff.between(before.text(), previousChars, text, chars);
        spareChars = previousChars;
        previousChars = chars;
        return checked(before.revise(text, edit));
    }

    /**
     * Checks {@code text}, which is the previously checked text with {@code edit} applied, as an editor knows it.
     * An edit that does not fit the two texts is ignored and the difference found by comparing, so a wrong
     * edit costs time, never a wrong result.
     */
    public synchronized CheckResult check(String text, TextEdit edit) {
        Document before = previous;
        if (before == null || edit == null || !TextDiff.fits(before.text(), text, edit)) {
            return check(text);
        }
        previousChars = null; // the characters are copied again only if an edit has to be found by comparing
        return checked(before.revise(text, edit));
    }

    /** Forgets the previous version: the next check starts afresh. */
    public synchronized void reset() {
        previous = null;
        previousChars = null;
        spareChars = null;
    }

    private CheckResult checked(Document document) {
        CheckResult result = checker.check(document);
        previous = document;
        return result;
    }
}
