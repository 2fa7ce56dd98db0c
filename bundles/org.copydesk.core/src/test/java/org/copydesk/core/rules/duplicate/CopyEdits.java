package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What happens to a paragraph on its way through copy-paste and a CMS: the edits that leave it a copy
 * (the check must flag the result) and the pairs that only look alike (it must not).
 */
final class CopyEdits {
    static final List<String> FOOTERS = List.of("Powered by Froala Editor", "Read more", "Share this article",
            "Subscribe to our newsletter", "Click here to subscribe to our weekly newsletter",
            "Copyright 2024 Valley News. All rights reserved.", "Follow us on social media", "Advertisement",
            "Sign up for our daily briefing", "Continue reading");
    static final List<String> SHORT_LINES = List.of("Advertisement", "Read more", "* * *", "Share this:",
            "Photo: Reuters", "Related articles", "Continue reading below", "Story continues", "More on this story");
    private static final List<String> INSERTED = List.of("also", "still", "now", "reportedly", "however", "already", "indeed");
    private static final List<String> REPLACEMENTS = List.of("said", "stated", "people", "residents", "plan", "scheme",
            "big", "large", "quickly", "soon", "town", "city", "report", "study", "began", "started");

    /** The kinds of copy, as the check's evaluation counts them. */
    enum Edit { EXACT, REWRAPPED, QUOTE_STYLE, PUNCTUATION, CASE, WORD_CHANGED, WORD_ADDED, WORD_DROPPED, GLUED_FOOTER }

    private final Random random;

    CopyEdits(Random random) {
        this.random = random;
    }

    /**
     * A copy of {@code text} with {@code edit} applied. Word edits stay within one edit in ten words (the default
     * similarity), as the copies a writer or CMS makes do; on a paragraph too short for that, the copy is exact.
     */
    String apply(Edit edit, String text) {
        String[] words = text.split(" ");
        return switch (edit) {
            case EXACT, REWRAPPED -> text;
            case QUOTE_STYLE -> swapQuoteStyle(text);
            case PUNCTUATION -> changePunctuation(text);
            case CASE -> random.nextBoolean() ? text.toUpperCase(java.util.Locale.ROOT) : text.toLowerCase(java.util.Locale.ROOT);
            case WORD_CHANGED -> words.length < 20 ? text : replaceWords(words, 1 + random.nextInt(words.length / 20));
            case WORD_ADDED -> words.length < 20 ? text : insertWord(words);
            case WORD_DROPPED -> words.length < 20 ? text : dropWord(words);
            case GLUED_FOOTER -> glueFooter(text);
        };
    }

    String swapQuoteStyle(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> {
                    out.append(open ? '\u201C' : '\u201D');
                    open = !open;
                }
                case '\u201C', '\u201D' -> out.append('"');
                case '\'' -> out.append('\u2019');
                case '\u2019' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString().replace(" - ", " \u2014 ");
    }

    private String changePunctuation(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.replaceFirst(",", "");
            case 1 -> text.endsWith(".") ? text.substring(0, text.length() - 1) + "!" : text + ".";
            case 2 -> text.replaceFirst(" (\\w+) ", " $1, ");
            default -> text.replace(". ", "; ");
        };
    }

    private String replaceWords(String[] words, int count) {
        String[] out = words.clone();
        for (int n = 0; n < count; n++) {
            int i = plainWord(out);
            out[i] = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        }
        return String.join(" ", out);
    }

    private String insertWord(String[] words) {
        List<String> out = new ArrayList<>(Arrays.asList(words));
        out.add(1 + random.nextInt(words.length - 1), INSERTED.get(random.nextInt(INSERTED.size())));
        return String.join(" ", out);
    }

    private String dropWord(String[] words) {
        List<String> out = new ArrayList<>(Arrays.asList(words));
        out.remove(plainWord(words));
        return String.join(" ", out);
    }

    /** A word of letters only, not the first: numbers and quoted words change the substance or the punctuation. */
    private int plainWord(String[] words) {
        for (int tries = 0; tries < 100; tries++) {
            int i = 1 + random.nextInt(words.length - 1);
            if (words[i].matches("[a-z]+")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no plain word in " + String.join(" ", words));
    }

    private String glueFooter(String text) {
        String footer = FOOTERS.get(random.nextInt(FOOTERS.size()));
        return text + (random.nextInt(3) == 0 ? " " : "") + footer;
    }

    static final int NEAR_MISS_KINDS = 7;

    /** Two paragraphs that share their framing and differ in substance: neither is a copy of the other. */
    List<String> nearMissPair(ProseGenerator prose, int kind) {
        String person = prose.person();
        String day = prose.day();
        return switch (kind % NEAR_MISS_KINDS) {
            case 0 -> {
                String tail = " " + person + " told reporters at the town hall on " + day + " after the meeting ended.";
                yield List.of("\"" + prose.quote() + ",\"" + tail, "\"" + otherQuote(prose) + ",\"" + tail);
            }
            case 1 -> {
                String venue = " at " + prose.place() + " stadium on " + day + " in front of a crowd of "
                        + (2000 + random.nextInt(30000)) + " fans.";
                int a = random.nextInt(5);
                int b = a + 1 + random.nextInt(3);
                yield List.of("City won " + b + "-" + a + " against Rovers" + venue, "City lost " + a + "-" + b + " against Rovers" + venue);
            }
            case 2 -> {
                String frame = " in passenger numbers over the first quarter, the largest change since records began in 1998.";
                int a = 2 + random.nextInt(30);
                yield List.of("Harbour Rail reported a rise of " + a + " per cent" + frame,
                        "Harbour Rail reported a rise of " + (a + 1 + random.nextInt(9)) + " per cent" + frame);
            }
            case 3 -> {
                String frame = "Speaking to journalists outside the court on " + day + ", " + person + ", the lawyer for the families, said: ";
                yield List.of(frame + "\"" + prose.quote() + ".\"", frame + "\"" + otherQuote(prose) + ".\"");
            }
            case 4 -> {
                List<String> replies = new ArrayList<>(List.of("Absolutely.", "Not yet.", "We will see.", "No comment.",
                        "Of course not.", "Ask the council."));
                java.util.Collections.shuffle(replies, random);
                String frame = "Asked on " + day + " whether the work would be finished before the end of the year, as the"
                        + " council had promised, " + person + " replied: \"";
                yield List.of(frame + replies.get(0) + "\"", frame + replies.get(1) + "\"");
            }
            case 5 -> {
                List<String> places = new ArrayList<>(List.of("Millford", "Eastbridge", "Stonehill", "Westerby", "Greyfield"));
                java.util.Collections.shuffle(places, random);
                String rest = ", residents staged a protest outside the town hall on " + day
                        + " after complaints about the new parking scheme and the lack of buses.";
                yield List.of("In " + places.get(0) + rest, "In " + places.get(1) + rest);
            }
            default -> {
                String opening = "The " + prose.pick(List.of("council", "board", "committee")) + " will meet again on " + day
                        + " to discuss ";
                yield List.of(opening + "the budget for the new sports hall and the future of the swimming pool.",
                        opening + "complaints about noise from the night-time deliveries to the market.");
            }
        };
    }

    private String otherQuote(ProseGenerator prose) {
        return prose.quote() + " and " + prose.quote().toLowerCase(java.util.Locale.ROOT);
    }
}
