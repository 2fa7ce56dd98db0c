package org.copydesk.core.rules.quote;

/** A quotation mark, and which marks may close a quotation it opens. */
enum Mark {
    STRAIGHT_DOUBLE,
    LEFT_DOUBLE,
    RIGHT_DOUBLE,
    LOW_DOUBLE,
    LEFT_GUILLEMET,
    RIGHT_GUILLEMET,
    LEFT_SINGLE_GUILLEMET,
    RIGHT_SINGLE_GUILLEMET,
    STRAIGHT_SINGLE,
    LEFT_SINGLE,
    RIGHT_SINGLE,
    LOW_SINGLE;

    static Mark of(char c) {
        return switch (c) {
            case '"' -> STRAIGHT_DOUBLE;
            case '\u201C' -> LEFT_DOUBLE;
            case '\u201D' -> RIGHT_DOUBLE;
            case '\u201E' -> LOW_DOUBLE;
            case '\u00AB' -> LEFT_GUILLEMET;
            case '\u00BB' -> RIGHT_GUILLEMET;
            case '\u2039' -> LEFT_SINGLE_GUILLEMET;
            case '\u203A' -> RIGHT_SINGLE_GUILLEMET;
            case '\'' -> STRAIGHT_SINGLE;
            case '\u2018' -> LEFT_SINGLE;
            case '\u2019' -> RIGHT_SINGLE;
            case '\u201A' -> LOW_SINGLE;
            default -> null;
        };
    }

    static boolean isMark(char c) {
        return of(c) != null;
    }

    /**
     * Whether a quotation this mark opened may be closed by {@code closer}. Mixed pairs that CMSs and word
     * processors produce ({@code “…"}, {@code "…”}) close too, but only a mark in closing position closes a
     * quotation that was opened with a mark that also opens ({@code “…“}).
     */
    boolean closedBy(Mark closer, boolean closingPosition) {
        return switch (this) {
            case STRAIGHT_DOUBLE -> closer == STRAIGHT_DOUBLE || closer == RIGHT_DOUBLE;
            case LEFT_DOUBLE -> closer == RIGHT_DOUBLE || closingPosition && (closer == STRAIGHT_DOUBLE || closer == LEFT_DOUBLE);
            case LOW_DOUBLE -> closer == LEFT_DOUBLE || closer == RIGHT_DOUBLE || closingPosition && closer == STRAIGHT_DOUBLE;
            case RIGHT_DOUBLE -> closer == RIGHT_DOUBLE;
            case LEFT_GUILLEMET -> closer == RIGHT_GUILLEMET;
            case RIGHT_GUILLEMET -> closer == LEFT_GUILLEMET;
            case LEFT_SINGLE_GUILLEMET -> closer == RIGHT_SINGLE_GUILLEMET;
            case RIGHT_SINGLE_GUILLEMET -> closer == LEFT_SINGLE_GUILLEMET;
            case STRAIGHT_SINGLE -> closer == STRAIGHT_SINGLE || closer == RIGHT_SINGLE;
            case LEFT_SINGLE -> closer == RIGHT_SINGLE || closingPosition && closer == STRAIGHT_SINGLE;
            case LOW_SINGLE -> closer == LEFT_SINGLE || closer == RIGHT_SINGLE;
            case RIGHT_SINGLE -> false; // ’ never opens a quotation
        };
    }

    /** Marks that double as apostrophes: one left open is an apostrophe, never an unbalanced mark. */
    boolean isApostropheLike() {
        return this == STRAIGHT_SINGLE || this == RIGHT_SINGLE;
    }

    boolean isSingle() {
        return this == STRAIGHT_SINGLE || this == LEFT_SINGLE || this == RIGHT_SINGLE || this == LOW_SINGLE;
    }

    boolean isGuillemet() {
        return this == LEFT_GUILLEMET || this == RIGHT_GUILLEMET || this == LEFT_SINGLE_GUILLEMET || this == RIGHT_SINGLE_GUILLEMET;
    }

    boolean isSingleGuillemet() {
        return this == LEFT_SINGLE_GUILLEMET || this == RIGHT_SINGLE_GUILLEMET;
    }

    /** Whether a paragraph opening with {@code next} may continue a quotation this mark opened. */
    boolean continuedBy(Mark next) {
        if (isGuillemet()) {
            // »…« and «…» paragraphs go on with a double guillemet, ›…‹ ones with a single one
            return next.isGuillemet() && next.isSingleGuillemet() == isSingleGuillemet();
        }
        if (isSingle()) {
            return next == STRAIGHT_SINGLE || next == LEFT_SINGLE || next == LOW_SINGLE;
        }
        return next == STRAIGHT_DOUBLE || next == LEFT_DOUBLE || next == LOW_DOUBLE || next == RIGHT_DOUBLE
                || next == RIGHT_GUILLEMET;
    }
}
