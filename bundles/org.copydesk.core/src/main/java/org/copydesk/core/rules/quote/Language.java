package org.copydesk.core.rules.quote;

import java.util.Locale;

/** The languages with a built-in cue lexicon. */
enum Language {
    ENGLISH("en"), GERMAN("de"), FRENCH("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** {@code en}, {@code de} or {@code fr} (or the English names), in any case. */
    static Language ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted) || language.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return language;
            }
        }
        throw new IllegalArgumentException("expected auto, en, de or fr, got '" + code + "'");
    }
}
