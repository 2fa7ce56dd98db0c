package org.copydesk.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Generated documents for the benchmarks: news-style articles assembled from varied sentences with a known
 * share of defects, and the worst cases each check must survive in linear time. Deterministic per seed.
 */
public final class Corpus {
    private static final List<String> SUBJECTS = List.of("The council", "Residents of the valley", "The finance minister",
            "Analysts at the central bank", "The company's board", "Local farmers", "The coalition government",
            "Researchers at the university", "The city's transport authority", "Opposition lawmakers", "The union",
            "Officials in the capital", "The regional hospital", "A group of volunteers", "The football club",
            "Investors in Asian markets", "The school district", "Environmental campaigners", "The airline",
            "Prosecutors");
    private static final List<String> VERBS = List.of("approved", "rejected", "postponed", "announced", "criticised",
            "welcomed", "questioned", "debated", "revised", "published", "challenged", "extended", "cut", "doubled",
            "reviewed", "defended", "proposed", "dropped", "signed", "funded");
    private static final List<String> OBJECTS = List.of("the budget for the coming year", "a plan to widen the bridge",
            "new rules on short-term rentals", "the contract with the water supplier", "a study of air quality",
            "the timetable for the northern line", "a tax on sugary drinks", "the merger of two regional banks",
            "a pilot scheme for electric buses", "the report on hospital waiting lists", "a ban on fireworks",
            "the proposal to close the library on Sundays", "plans for three thousand new homes",
            "an inquiry into the flooding", "the deal with neighbouring districts", "a reform of the pension system",
            "the price of season tickets", "a programme of road repairs", "the sale of the old harbour",
            "guidelines on remote work");
    private static final List<String> TAILS = List.of("after a long debate", "despite strong objections",
            "on Tuesday evening", "earlier this month", "for the second time this year", "without a formal vote",
            "following weeks of talks", "in a narrow decision", "amid rising costs", "at an emergency session",
            "after months of delay", "as expected", "to the surprise of many observers", "under pressure from donors",
            "in a statement released at noon");
    private static final List<String> FOLLOW_UPS = List.of("The decision is expected to affect about %d households.",
            "Costs have risen by %d percent since the project began.",
            "A final vote is scheduled for the %dth of next month.",
            "Around %d people attended the meeting in the town hall.",
            "The measure will cost roughly %d million over five years.",
            "Critics pointed out that %d similar schemes had failed elsewhere.",
            "Officials said %d jobs could be created by the end of the decade.");
    private static final List<String> SPEAKERS = List.of("Maria Lopez, the council's treasurer",
            "Daniel Osei, a spokesman for the ministry", "Professor Anna Berg", "the mayor", "a senior official",
            "Tom Reilly, who chairs the residents' association", "Chen Wei, an economist at the bank",
            "the company's chief executive", "Sophie Martin", "a union representative");
    private static final List<String> QUOTES = List.of("We have listened to every objection and we still believe this is the right plan",
            "Nobody should pretend that this will be cheap or quick",
            "The numbers simply do not add up, and everyone in this room knows it",
            "This is a good day for the people who have waited years for an answer",
            "We will keep pressing until the families affected get a fair hearing",
            "It is too early to say whether the scheme has worked",
            "Our members are tired of promises that are never kept",
            "The evidence points in one direction, and we intend to follow it");
    private static final List<String> FOOTERS = List.of("Powered by Froala Editor",
            "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...",
            "The post Council approves budget appeared first on Valley News.",
            "Copyright © 2024 Valley News. All rights reserved.",
            "Sent from my iPhone");

    private final Random random;

    public Corpus(long seed) {
        this.random = new Random(seed);
    }

    /** Plain-text articles (blank-line separated paragraphs) until the text reaches {@code size} characters. */
    public String articles(int size) {
        StringBuilder out = new StringBuilder(size + 4096);
        while (out.length() < size) {
            article(out);
        }
        return out.toString();
    }

    /** One article: a headline and 6-12 paragraphs, about 5% of them repeated, a few with a footer at the end. */
    private void article(StringBuilder out) {
        out.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS)).append("\n\n");
        int paragraphs = 6 + random.nextInt(7);
        String previous = null;
        for (int i = 0; i < paragraphs; i++) {
            String paragraph = random.nextInt(20) == 0 && previous != null ? previous : paragraph();
            out.append(paragraph).append("\n\n");
            previous = paragraph;
        }
        if (random.nextInt(4) == 0) {
            out.append(pick(FOOTERS)).append("\n\n");
        }
    }

    /** Two to five sentences, one in three paragraphs carrying a quotation (one in twenty of those unattributed). */
    public String paragraph() {
        StringBuilder p = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(i == 1 && random.nextInt(3) == 0 ? quoteSentence() : sentence());
        }
        return p.toString();
    }

    private String sentence() {
        if (random.nextBoolean()) {
            return String.format(pick(FOLLOW_UPS), 2 + random.nextInt(900));
        }
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TAILS) + ".";
    }

    private String quoteSentence() {
        String quote = pick(QUOTES);
        return switch (random.nextInt(4)) {
            case 0 -> "\"" + quote + ",\" said " + pick(SPEAKERS) + ".";
            case 1 -> capitalize(pick(SPEAKERS)) + " said: \"" + quote + ".\"";
            case 2 -> "According to " + pick(SPEAKERS) + ", \"" + quote.toLowerCase() + ".\"";
            default -> random.nextInt(20) == 0 ? "\"" + quote + ".\"" : "\u201C" + quote + ",\u201D " + pick(SPEAKERS) + " told reporters.";
        };
    }

    /** {@code count} paragraphs that are all near copies of one another: the worst case for duplicate detection. */
    public String nearCopies(int count) {
        String base = paragraph() + " " + paragraph();
        String[] words = base.split(" ");
        StringBuilder out = new StringBuilder(count * (base.length() + 8));
        for (int i = 0; i < count; i++) {
            String[] copy = words.clone();
            copy[random.nextInt(copy.length)] = "variant" + i;
            out.append(String.join(" ", copy)).append("\n\n");
        }
        return out.toString();
    }

    /** One paragraph of {@code size} characters: no blank line, no line break. */
    public String singleParagraph(int size) {
        StringBuilder out = new StringBuilder(size + 512);
        while (out.length() < size) {
            out.append(sentence()).append(' ');
        }
        return out.toString();
    }

    /** {@code count} short quotations, a few words each, some attributed and most not. */
    public String shortQuotes(int count) {
        StringBuilder out = new StringBuilder(count * 40);
        for (int i = 0; i < count; i++) {
            out.append("He called it \"").append(pick(VERBS)).append("\" and she said \"")
                    .append(pick(TAILS)).append("\". ");
            if (i % 10 == 9) {
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    /** {@code size} characters of prose where every quotation mark is left open. */
    public String unbalancedQuotes(int size) {
        StringBuilder out = new StringBuilder(size + 512);
        while (out.length() < size) {
            out.append('"').append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(" \u201C")
                    .append(pick(OBJECTS)).append(". ");
            if (random.nextInt(8) == 0) {
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
