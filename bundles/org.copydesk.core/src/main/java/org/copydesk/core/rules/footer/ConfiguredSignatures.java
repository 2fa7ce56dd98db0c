package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

import org.copydesk.core.text.EmptyLoops;

/**
 * The signatures a config file adds ({@code signatures}) and the built-in ones it turns off ({@code disable}).
 * Both are checked when the config is read, so a bad pattern or an unknown id is a config error naming the
 * file, line and key rather than a surprise during a check. A pattern that repeats a part able to match the empty
 * string ({@code (a*)*}, {@code ((){1000}){1000}}) is refused: Java runs such a loop without reading the text, so
 * the work bound of {@link BoundedText} could not stop it.
 */
final class ConfiguredSignatures {
    /** What a configured pattern may read per document, and per line: microseconds of work, never minutes. */
    static final long BUDGET_PER_DOCUMENT = 2_000_000;
    static final long BUDGET_PER_MATCH = 100_000;

    private ConfiguredSignatures() {
    }

    /**
     * The signatures {@code values} describe: {@code /regex/} (a whole line of the trailing block, or the end of
     * the last sentence) or a literal line (a whole line anywhere). Throws if one cannot be used.
     */
    static List<Signature> parse(List<String> values) {
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            String id = "signatures[" + (i + 1) + "]";
            if (value.isEmpty() || value.equals("//")) {
                throw new IllegalArgumentException("signature " + (i + 1) + " is empty");
            }
            boolean regex = Signature.isRegex(value);
            try {
                signatures.add(Signature.of(id, "Configured", "footer signature", regex ? Where.TAIL : Where.LINE, value,
                        regex, value));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("signature " + (i + 1) + ", " + value + ", is not a valid regular expression: "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            } catch (StackOverflowError e) {
                throw new IllegalArgumentException("signature " + (i + 1) + " is nested too deeply to be a regular expression");
            }
            if (regex) {
                checkLoops(i + 1, value);
            }
        }
        return List.copyOf(signatures);
    }

    /** Refuses a pattern with a loop over something that can match empty, naming where it is. */
    private static void checkLoops(int number, String value) {
        int at = EmptyLoops.find(Signature.regexBody(value));
        if (at >= 0) {
            String body = Signature.regexBody(value);
            throw new IllegalArgumentException("signature " + number + ", " + value + ", repeats a part that can match nothing ('"
                    + body.substring(Math.max(0, at - 12), Math.min(body.length(), at + 8)) + "' at index " + at
                    + "), which could run without end; make the repeated part match at least one character");
        }
    }

    static void checkSignatures(List<String> values) {
        parse(values);
    }

    static void checkIds(List<String> ids) {
        Set<String> unknown = new TreeSet<>(ids);
        unknown.removeAll(SignatureCatalog.ids());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown signature id" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; the ids are listed by 'copydesk explain cms-footer'");
        }
    }
}
