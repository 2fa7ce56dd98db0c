package org.copydesk.core.reliability;

import java.util.List;

/**
 * Sentences and paragraphs as drafts hold them: news prose with names, numbers, apostrophes, inline markup, and
 * the characters that break naive code (surrogate pairs, combining marks, letters whose case changes their
 * length, no-break and zero-width spaces), and quotations in every mark style, balanced, unbalanced and nested.
 */
final class Prose {
    /** Words a CMS export holds, the awkward ones included. */
    static final List<String> WORDS = List.of(
            "the", "council", "approved", "budget", "on", "Tuesday", "after", "a", "long", "debate", "about", "bridge",
            "river", "mayor", "voters", "new", "plan", "city", "water", "school", "teachers", "will", "win", "we", "it",
            "is", "not", "over", "yet", "and", "of", "to", "in", "said", "says", "told", "reporters", "Maria", "Keller",
            "Berlin", "Zürich", "naïve", "nai\u0308ve", "cafe\u0301", "Straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁnance", "東京",
            "שלום", "😀", "👍🏽", "👨\u200D👩\u200D👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "don't", "Trump’s", "’90s", "rock ’n’ roll", "Joneses’",
            "6'", "12\"x8\"", "2,000", "4.5", "1990s", "U.S.", "Dr.", "e.g.", "https://example.com/a_b?x=1",
            "press@example.org", "*bold*", "_emphasis_", "`code`", "[link](http://x.y)", "<b>", "&nbsp;", "–", "—",
            "(aside)", "[sic]", "#hashtag", "said:", "—said", "\u00A0", "\u200B", "x\u00ADy");

    /** Between words: mostly a space, sometimes what a web page pastes instead. */
    private static final Gen<String> GAP = Gen.<String>weighted()
            .value(40, " ").value(2, "\u00A0").value(1, "\t").value(1, "  ").value(1, "\u202F");

    private static final Gen<String> TERMINAL = Gen.<String>weighted()
            .value(12, ".").value(2, "!").value(2, "?").value(1, "…").value(1, ":").value(2, "")
            .value(1, ";").value(1, ",").value(1, ".\u201D");

    /** Opening and closing marks of every style a draft may use, AsciiDoc's and mistyped ones included. */
    static final List<List<String>> MARK_PAIRS = List.of(
            List.of("\"", "\""), List.of("\u201C", "\u201D"), List.of("\u201E", "\u201C"), List.of("\u00AB", "\u00BB"),
            List.of("\u00AB\u00A0", "\u00A0\u00BB"), List.of("\u00BB", "\u00AB"), List.of("\u2039", "\u203A"),
            List.of("\u2018", "\u2019"), List.of("'", "'"), List.of("\u201A", "\u2018"), List.of("\u201D", "\u201D"),
            List.of("\"`", "`\""), List.of("'`", "`'"), List.of("``", "''"), List.of("''", "''"), List.of("\u201C", "\u201C"));

    private enum Balance { BALANCED, OPEN_ONLY, CLOSE_ONLY, NESTED, MISMATCHED }

    private enum Attribution { NONE, AFTER, BEFORE, COLON }

    private static final Gen<String> WORD = Gen.<String>weighted()
            .gen(8, Gen.oneOf(WORDS.subList(0, 40))).gen(2, Gen.oneOf(WORDS));

    private Prose() {
    }

    /** Words with the gaps between them, no terminal mark. */
    static Gen<String> words(int min, int max) {
        return random -> {
            int count = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.append(GAP.generate(random));
                }
                out.append(WORD.generate(random));
            }
            return out.toString();
        };
    }

    /** A sentence, now and then with a quotation in it. */
    static Gen<String> sentence() {
        Gen<String> words = words(2, 16);
        Gen<String> plain = random -> capitalised(words.generate(random)) + TERMINAL.generate(random);
        return Gen.<String>weighted().gen(3, plain).gen(2, quoted());
    }

    /** A quotation: its marks, its words, its balance and whether someone is credited with it. */
    static Gen<String> quoted() {
        Gen<List<String>> marks = Gen.oneOf(MARK_PAIRS);
        Gen<String> said = words(1, 12);
        Gen<String> nested = words(1, 4);
        Gen<Balance> balance = Gen.oneOf(Balance.class);
        Gen<Attribution> attribution = Gen.oneOf(Attribution.class);
        return random -> {
            List<String> outer = marks.generate(random);
            List<String> inner = marks.generate(random);
            String content = capitalised(said.generate(random)) + TERMINAL.generate(random);
            String quotation = switch (balance.generate(random)) {
                case BALANCED -> outer.get(0) + content + outer.get(1);
                case OPEN_ONLY -> outer.get(0) + content;
                case CLOSE_ONLY -> content + outer.get(1);
                case NESTED -> outer.get(0) + content + " " + inner.get(0) + nested.generate(random) + inner.get(1) + outer.get(1);
                case MISMATCHED -> outer.get(0) + content + inner.get(1);
            };
            return switch (attribution.generate(random)) {
                case NONE -> quotation;
                case AFTER -> quotation + " said Maria Keller.";
                case BEFORE -> "The mayor said " + quotation;
                case COLON -> "Keller told reporters: " + quotation;
            };
        };
    }

    /** One to six sentences on one line. */
    static Gen<String> paragraph() {
        return sentence().list(1, 6).map(sentences -> String.join(" ", sentences));
    }

    /** A short line: a title, a list item, a table cell. */
    static Gen<String> title() {
        return words(1, 7).map(Prose::capitalised);
    }

    static String capitalised(String words) {
        if (words.isEmpty() || !Character.isLowerCase(words.charAt(0))) {
            return words;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code paragraph} hard-wrapped at {@code width} columns (at spaces only), or left on one line if 0. */
    static String wrapped(String paragraph, int width) {
        if (width <= 0) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder(paragraph.length() + 16);
        int lineStart = 0;
        for (String word : paragraph.split(" ", -1)) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
