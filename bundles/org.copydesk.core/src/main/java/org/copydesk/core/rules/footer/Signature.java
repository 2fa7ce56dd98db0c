package org.copydesk.core.rules.footer;

import java.util.regex.Pattern;

/**
 * One piece of text a web page, editor or mail client adds to an article: a literal line (kept in the
 * {@link LineText#canonical} form it is compared in) or a pattern matched against a whole normalized line.
 */
record Signature(String id, String platform, String kind, Where where, String literal, Pattern pattern,
        String needle, boolean bounded, String example) {

    /** Built-in patterns are ASCII and ignore ASCII case (cheaper); configured ones ignore case in any script. */
    static final int BUILT_IN_FLAGS = Pattern.CASE_INSENSITIVE;
    static final int CONFIGURED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A signature from its {@code match} text: {@code /regex/} or a literal. */
    static Signature of(String id, String platform, String kind, Where where, String match, boolean bounded, String example) {
        String needle = where == Where.ANYWHERE ? literalPrefix(match) : null;
        if (isRegex(match)) {
            return new Signature(id, platform, kind, where, null, Pattern.compile(regexBody(match), bounded ? CONFIGURED_FLAGS : BUILT_IN_FLAGS), needle,
                    bounded, example);
        }
        String literal = LineText.canonical(LineText.normalize(match, 0, match.length()));
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("'" + match + "' has no words to match");
        }
        return new Signature(id, platform, kind, where, literal, null, needle, bounded, example);
    }

    static boolean isRegex(String match) {
        return match.length() >= 2 && match.startsWith("/") && match.endsWith("/");
    }

    static String regexBody(String match) {
        return match.substring(1, match.length() - 1);
    }

    /** What the finding's message calls it: "Froala Editor watermark", "WordPress share block", "copyright line". */
    String description() {
        return platform.isEmpty() ? kind : platform + " " + kind;
    }

    /**
     * The literal text a scan of the whole document looks for: the literal itself, or the regex's literal
     * beginning. Only {@link Where#ANYWHERE} signatures are scanned for, so only they need one.
     */
    static String literalPrefix(String match) {
        if (!isRegex(match)) {
            return match;
        }
        String body = regexBody(match);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
                prefix.append(body.charAt(++i));
            } else if ("\\[](){}.*+?^$|".indexOf(c) >= 0) {
                break;
            } else {
                prefix.append(c);
            }
        }
        // a quantifier applies to the character before it, which is then optional
        if (prefix.length() > 0 && prefix.length() < body.length() && "?*{".indexOf(body.charAt(prefix.length())) >= 0) {
            prefix.setLength(prefix.length() - 1);
        }
        return prefix.toString();
    }
}
