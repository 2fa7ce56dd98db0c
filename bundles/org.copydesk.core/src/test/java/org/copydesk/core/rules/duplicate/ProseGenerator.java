package org.copydesk.core.rules.duplicate;

import java.util.List;
import java.util.Random;

/**
 * Varied news prose from a small grammar: sentences of 10 to 35 words from some twenty templates with slots
 * filled from word lists, one to four sentences a paragraph. Different paragraphs share the phrases real news
 * shares ("said on Monday", "according to the council") and hardly ever a whole sentence, which is what a
 * duplicate check has to tell apart.
 */
final class ProseGenerator {
    private static final List<String> FIRST = List.of("Anna", "Tomasz", "Maria", "James", "Fatima", "Luis", "Ingrid",
            "Kwame", "Sofia", "Daniel", "Aiko", "Pierre", "Helen", "Omar", "Greta", "Rahul", "Lucia", "Peter",
            "Nadia", "Owen", "Chloe", "Viktor", "Mei", "Samuel", "Elena", "Hamid", "Rosa", "Jonas", "Amara", "Felix");
    private static final List<String> LAST = List.of("Kowalski", "Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan",
            "Tanaka", "Silva", "Novak", "Fischer", "Mensah", "Rossi", "Dubois", "Petrov", "Walsh", "Costa", "Nakamura",
            "Jensen", "Ibrahim", "Keller", "Murphy", "Santos", "Weber", "Adeyemi", "Larsen", "Horvat", "Quinn", "Ortiz");
    private static final List<String> ROLES = List.of("chief executive", "spokeswoman", "spokesman", "finance director",
            "mayor", "head of research", "union leader", "chair", "police chief", "director", "senior economist",
            "project manager", "deputy leader", "head teacher", "chief medical officer", "treasurer");
    private static final List<String> ORGS = List.of("the city council", "the health ministry", "Northwind Energy",
            "the central bank", "the teachers' union", "the regional hospital trust", "Harbour Rail",
            "the environment agency", "the chamber of commerce", "Meridian Foods", "the university", "the port authority",
            "the water company", "the transport department", "the housing association", "the county court",
            "the fire service", "the tourist board", "Atlas Logistics", "the farmers' cooperative");
    private static final List<String> PLACES = List.of("Eastbridge", "Millford", "the old town", "Kessel Bay",
            "the northern suburbs", "Ravensholm", "the valley", "Port Alder", "the industrial estate", "Lower Marsh",
            "the harbour district", "Stonehill", "the city centre", "Westerby", "the coastal villages", "Greyfield");
    private static final List<String> TOPICS = List.of("budget", "bridge repairs", "new hospital wing", "tram line",
            "school meals programme", "wind farm", "housing plan", "water supply contract", "ferry service",
            "flood defences", "parking scheme", "library closures", "bus timetable", "recycling centre", "pay deal",
            "airport expansion", "cycle network", "museum extension", "market redevelopment", "sports hall");
    private static final List<String> VERBED = List.of("approved", "rejected", "delayed", "announced", "postponed",
            "scrapped", "expanded", "reviewed", "defended", "criticised", "backed", "revised", "unveiled", "paused");
    private static final List<String> REASONS = List.of("after months of negotiations", "despite strong opposition from residents",
            "because of rising costs", "following a public consultation", "after a long debate that ran past midnight",
            "amid concerns about safety", "in response to a petition signed by local families", "after an independent review",
            "to meet new national rules", "after the contractor went into administration", "citing a shortage of staff",
            "after complaints from shopkeepers", "as part of a wider plan to cut emissions");
    private static final List<String> WHEN_FUTURE = List.of("by the end of the year", "next spring", "within two years",
            "before the summer holidays", "early next month", "once funding is agreed", "as soon as the weather allows",
            "in the autumn", "after the election", "by the end of the decade");
    private static final List<String> WHEN_PAST = List.of("last week", "in March", "two years ago", "over the weekend",
            "earlier this month", "last autumn", "in the spring", "on Friday evening", "at the start of the year");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> OUTLETS = List.of("reporters", "the local paper", "a radio station", "journalists",
            "a meeting of residents", "the regional broadcaster", "a press conference", "the trade press");
    private static final List<String> GROUPS = List.of("residents", "shop owners", "parents", "commuters", "nurses",
            "fishermen", "students", "taxi drivers", "pensioners", "farmers", "teachers", "volunteers");
    private static final List<String> ACTIONS = List.of("staged a protest outside the town hall",
            "collected signatures for a petition", "held a meeting in the community centre",
            "wrote to their member of parliament", "blocked the main road for an hour", "formed a new action group",
            "organised a march through the centre", "launched a fundraising campaign");
    private static final List<String> CRITICISMS = List.of("will cost far more than promised", "ignores the needs of older people",
            "was rushed through without proper scrutiny", "favours large companies over small ones",
            "does nothing to fix the underlying problem", "will make traffic worse in the narrow streets");
    private static final List<String> BENEFITS = List.of("will create hundreds of local jobs", "is long overdue",
            "will save money in the long run", "will make the streets safer for children",
            "will bring new visitors to the area", "will cut waiting times significantly");
    private static final List<String> QUOTE_STARTS = List.of("We have done everything we can to", "Nobody wants to",
            "It would be a mistake to", "Our members are ready to", "The government has failed to",
            "We will continue to", "It is simply not possible to", "This is the right moment to", "People deserve to",
            "We were never asked whether we wanted to");
    private static final List<String> QUOTE_ENDS = List.of("protect the jobs of people in this town",
            "keep the service running through the winter", "listen to what the residents are telling us",
            "find the money for the repairs", "see the plans before they are approved",
            "make sure every child gets a hot meal", "put the safety of passengers first",
            "explain the decision to the people who pay for it", "open the new wing on time",
            "stand by the families who rely on the ferry");
    private static final List<String> OUTCOMES = List.of("with mixed results", "which was widely seen as a success",
            "only to abandon it a year later", "and the scheme is still running today",
            "which ended in a lengthy legal dispute", "but cut it back after protests");
    private static final List<String> METRICS = List.of("passenger numbers", "profits", "sales", "waiting times",
            "house prices", "visitor numbers", "energy use", "complaints");
    private static final List<String> PERIODS = List.of("the first quarter", "the last financial year", "the summer months",
            "the six months to June", "the past decade", "the second half of the year");

    private final Random random;

    public ProseGenerator(Random random) {
        this.random = random;
    }

    /** One paragraph of one to four sentences. */
    public String paragraph() {
        int sentences = 1 + random.nextInt(4);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(sentence());
        }
        return paragraph.toString();
    }

    public String sentence() {
        return switch (random.nextInt(20)) {
            case 0 -> cap(pick(ORGS)) + " " + pick(VERBED) + " the " + pick(TOPICS) + " on " + pick(DAYS) + " " + pick(REASONS) + ".";
            case 1 -> person() + ", the " + pick(ROLES) + " of " + pick(ORGS) + ", said the " + pick(TOPICS)
                    + " would be finished " + pick(WHEN_FUTURE) + ".";
            case 2 -> "\"" + quote() + ",\" " + person() + " told " + pick(OUTLETS) + " on " + pick(DAYS) + ".";
            case 3 -> "The " + pick(TOPICS) + " is expected to cost " + money() + ", " + pick(List.of("more", "less", "far more"))
                    + " than the estimate published " + pick(WHEN_PAST) + ".";
            case 4 -> number() + " people " + pick(List.of("signed a petition against", "attended a meeting about",
                    "wrote to the council about", "turned out to support")) + " the " + pick(TOPICS) + " in " + pick(PLACES)
                    + " " + pick(WHEN_PAST) + ", according to " + pick(ORGS) + ".";
            case 5 -> "Critics say the " + pick(TOPICS) + " " + pick(CRITICISMS) + ", while supporters argue that it "
                    + pick(BENEFITS) + ".";
            case 6 -> "In " + pick(PLACES) + ", " + pick(GROUPS) + " " + pick(ACTIONS) + " " + pick(REASONS) + ".";
            case 7 -> cap(pick(ORGS)) + " has not yet said whether it will " + pick(List.of("appeal against", "pay for",
                    "reconsider", "publish the full report on", "hold a vote on")) + " the " + pick(TOPICS) + ".";
            case 8 -> "Last year, " + pick(ORGS) + " " + pick(VERBED) + " a similar " + pick(TOPICS) + " in " + pick(PLACES)
                    + ", " + pick(OUTCOMES) + ".";
            case 9 -> cap(pick(ORGS)) + " reported a " + pick(List.of("rise", "fall", "drop", "jump")) + " of " + percent()
                    + " in " + pick(METRICS) + " over " + pick(PERIODS) + ", the " + pick(List.of("largest", "smallest",
                    "first")) + " change since " + year() + ".";
            case 10 -> "According to " + person() + ", who has " + pick(List.of("studied", "reported on", "campaigned on",
                    "worked on")) + " the " + pick(TOPICS) + " for " + (2 + random.nextInt(20)) + " years, "
                    + pick(GROUPS) + " in " + pick(PLACES) + " " + pick(List.of("feel ignored", "are cautiously optimistic",
                    "have little reason to celebrate", "are divided")) + ".";
            case 11 -> "The " + pick(ROLES) + " " + pick(List.of("declined to comment", "did not respond to requests for comment",
                    "promised a full statement", "apologised for the delay")) + " " + pick(WHEN_PAST) + ", saying only that "
                    + pick(ORGS) + " was " + pick(List.of("looking into the matter", "working with its partners",
                    "confident of a solution", "aware of the concerns")) + ".";
            case 12 -> "Work on the " + pick(TOPICS) + " in " + pick(PLACES) + " is due to " + pick(List.of("start", "resume",
                    "finish")) + " " + pick(WHEN_FUTURE) + ", although " + pick(GROUPS) + " fear it could be "
                    + pick(List.of("delayed again", "cut back", "cancelled altogether")) + ".";
            case 13 -> "At a meeting on " + pick(DAYS) + ", " + pick(GROUPS) + " asked " + person() + " why the "
                    + pick(TOPICS) + " had been " + pick(VERBED) + " without " + pick(List.of("a vote", "any warning",
                    "a public consultation", "an explanation")) + ".";
            case 14 -> cap(pick(GROUPS)) + " " + pick(ACTIONS) + " on " + pick(DAYS) + ", calling on " + pick(ORGS)
                    + " to " + pick(QUOTE_ENDS) + ".";
            case 15 -> "The " + pick(List.of("report", "review", "inquiry", "audit", "survey")) + " found that "
                    + percent() + " of " + pick(GROUPS) + " in " + pick(PLACES) + " " + pick(List.of("had never used the",
                    "were unhappy with the", "supported the", "had not heard of the")) + " " + pick(TOPICS) + ".";
            case 16 -> "\"" + quote() + ",\" said " + person() + ", the " + pick(ROLES) + " of " + pick(ORGS) + ".";
            case 17 -> "Figures published by " + pick(ORGS) + " " + pick(WHEN_PAST) + " show that " + pick(METRICS)
                    + " in " + pick(PLACES) + " " + pick(List.of("rose", "fell", "doubled", "halved")) + " over "
                    + pick(PERIODS) + ".";
            case 18 -> "The " + pick(TOPICS) + " was first proposed in " + year() + " by " + person()
                    + ", then " + pick(ROLES) + " of " + pick(ORGS) + ", " + pick(REASONS) + ".";
            default -> "Many " + pick(GROUPS) + " " + pick(List.of("say", "believe", "fear", "hope")) + " that the "
                    + pick(TOPICS) + " " + pick(random.nextBoolean() ? CRITICISMS : BENEFITS) + ", " + pick(List.of(
                    "though few expect a quick decision", "and want a say in what happens next",
                    "a view shared by several councillors", "but the figures tell a more complicated story")) + ".";
        };
    }

    /** A full-sentence quotation, without quote marks. */
    public String quote() {
        return pick(QUOTE_STARTS) + " " + pick(QUOTE_ENDS);
    }

    public String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    public String place() {
        return pick(PLACES);
    }

    public String day() {
        return pick(DAYS);
    }

    /** A title in title case, as CMS exports put at the top and sometimes repeat. */
    public String title() {
        String title = pick(TOPICS) + " " + pick(List.of("plan", "row", "vote", "delay", "decision")) + " divides "
                + pick(PLACES).replace("the ", "") + " as " + pick(GROUPS) + " demand answers";
        StringBuilder out = new StringBuilder();
        for (String word : title.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(word.equals("as") ? word : cap(word));
        }
        return out.toString();
    }

    private String money() {
        return random.nextBoolean() ? "\u00A3" + (2 + random.nextInt(90)) + " million" : (1 + random.nextInt(9)) + "." + random.nextInt(10) + " million euros";
    }

    private String number() {
        return String.valueOf(50 + random.nextInt(5000));
    }

    private String percent() {
        return (1 + random.nextInt(60)) + " per cent";
    }

    private String year() {
        return String.valueOf(1990 + random.nextInt(34));
    }

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
