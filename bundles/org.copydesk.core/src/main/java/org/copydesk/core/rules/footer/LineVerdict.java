package org.copydesk.core.rules.footer;

/**
 * What a line or a piece of one was read as, and what to call it in a message (null for prose and labels). A
 * {@code decisive} line is chrome beyond doubt on its own (a copyright notice, a platform's credit, share
 * buttons); a strong line that is not decisive ("Related Posts", "Posted at 11:15 AM", "Tags: …") may be the
 * writer's own last line, so it takes company to make a footer. {@code configured}: only the configuration's
 * signatures made it chrome.
 */
record LineVerdict(Role role, String name, boolean decisive, ChromeKind kind, boolean configured) {

    /** How sure the classifier is that a line is chrome. */
    enum Role {
        /** A sentence: ends the walk back from the end. */
        PROSE,
        /** Short and not a sentence, but nothing says chrome: may sit between chrome lines. */
        LABEL,
        /** Chrome-like (a date, a handle, a social link), not enough on its own. */
        WEAK,
        /** Chrome: a footer needs at least one such line. */
        STRONG
    }

    static final LineVerdict PROSE = new LineVerdict(Role.PROSE, null, false, null, false);
    static final LineVerdict LABEL = new LineVerdict(Role.LABEL, null, false, null, false);

    /** A platform's own wording (a signature), or a template's fixed sentence: beyond doubt. */
    static LineVerdict strong(String name) {
        return new LineVerdict(Role.STRONG, name, true, null, false);
    }

    static LineVerdict strong(String name, ChromeKind kind) {
        return new LineVerdict(Role.STRONG, name, true, kind, false);
    }

    static LineVerdict strong(ChromeKind kind) {
        return new LineVerdict(Role.STRONG, kind.label(), kind.isDecisive(), kind, false);
    }

    /** A line the configuration's signatures made chrome. */
    static LineVerdict configured(String name) {
        return new LineVerdict(Role.STRONG, name, true, null, true);
    }

    static LineVerdict weak(String name) {
        return new LineVerdict(Role.WEAK, name, false, null, false);
    }

    static LineVerdict weak(ChromeKind kind) {
        return new LineVerdict(Role.WEAK, kind.label(), false, kind, false);
    }

    boolean is(Role wanted) {
        return role == wanted;
    }
}
