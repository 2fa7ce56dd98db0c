package org.copydesk.core.rules.footer;

import java.util.Locale;

/** Where a signature counts as chrome: the more generic its text, the narrower the place. */
enum Where {
    /** Unambiguous text (an editor's watermark): flagged wherever it ends a line, even glued onto a sentence. */
    ANYWHERE,
    /** Platform-specific text: a whole line anywhere, a line of the trailing block, or glued onto the last sentence. */
    LINE,
    /** Generic text ("Powered by X", a copyright line): only in the trailing block or glued onto the last sentence. */
    TAIL,
    /** Button labels, dates, tags: chrome only inside a trailing block that holds another signature. */
    COMPANION;

    static Where parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    boolean isAnchor() {
        return this != COMPANION;
    }
}
