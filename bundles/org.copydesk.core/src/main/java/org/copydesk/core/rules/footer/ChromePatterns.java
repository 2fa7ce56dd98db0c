package org.copydesk.core.rules.footer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of chrome that words alone do not give: dates and times, copyright notices, credits, post meta
 * openers, comment counters, and the fixed sentences blog templates print ("Comments are closed.", "Your email
 * address will not be published."). The wording comes from the platforms' templates and their translations.
 * Every pattern is matched against one segment of one line, so its cost is bounded by the line.
 */
final class ChromePatterns {
    /**
     * ASCII case folding is enough (every phrase's first differing letter is ASCII, and accents are matched both
     * ways where a line may be in capitals), and much cheaper than Unicode case folding.
     */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    static final String YEAR = "(?:1[89]\\d{2}|20\\d{2})";
    private static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?"
            + "|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?"
            + "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août"
            + "|septembre|octobre|novembre|décembre)";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\\.)?|montag|dienstag"
            + "|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th|er|\\.)?";
    private static final String NUMERIC_DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}[/-]\\d{1,2}[/-]\\d{1,2})";
    static final String DATE = "(?:" + WEEKDAY + ",? )?(?:" + MONTH + " " + DAY + "(?:,? " + YEAR + ")?|" + DAY + " " + MONTH
            + ",?(?: " + YEAR + ")?|" + MONTH + ",? " + YEAR + "|" + NUMERIC_DATE + ")";
    static final String TIME = "(?:\\d{1,2}[:.h]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?|\\d{1,2} ?[ap]\\.?m\\.?)"
            + "(?: ?(?:et|edt|est|pt|pdt|pst|ct|cdt|cst|gmt|utc|bst|cet|cest|mez|mesz|uhr))?";
    /** A date, a time, or both, with the words templates put around them. */
    static final Pattern DATE_TIME = Pattern.compile("(?:(?:on|am|le|at|um|à|@|,|-|–|\\|) ?)?(?:" + DATE + "(?:,? ?(?:at|um|à|@|-|–|,)? ?"
            + TIME + ")?|" + TIME + "(?:,? (?:on )?" + DATE + ")?)", FLAGS);
    /** "June 2007 (21)", "► 2012 (12)": a blog's archive widget. */
    static final Pattern ARCHIVE_ENTRY = Pattern.compile("(?:" + MONTH + " )?" + YEAR + "(?: \\(\\d{1,4}\\))?|" + MONTH + " \\(\\d{1,4}\\)", FLAGS);

    /** "► June 2007 (21)", "▼ 2012 (12)": the entries of Blogger's archive widget, with their arrow or count. */
    static final Pattern ARCHIVE_WIDGET = Pattern.compile("[►▼▶◄] ?(?:" + MONTH + " )?(?:" + YEAR + "|" + MONTH + ")(?: \\(\\d{1,4}\\))?"
            + "|(?:" + MONTH + " )?" + YEAR + " \\(\\d{1,4}\\)|" + MONTH + " \\(\\d{1,4}\\)", FLAGS);
    /** A sign-up prompt's first words: "Sign up for the latest in …", "Subscribe to our free updates". */
    static final Pattern CALL_TO_ACTION = Pattern.compile("^(?:please |click here to |or )?(?:sign up|subscribe|register|join)"
            + "(?: now| today| here| free| for free)?,? (?:for|to|and get)(?: (?:the latest|our|free|updates|news|exclusive|daily|weekly"
            + "|e-?mail|breaking))\\b", FLAGS);

    /** ©, &copy; or (c), followed by what a notice names: a year, a holder, a domain ("The © sign" is prose). */
    static final Pattern COPYRIGHT_SIGN = Pattern.compile("(?:©|&copy;|\\(c\\)) ?(?:" + YEAR + "|copyright\\b|(?-i:[A-Z0-9])|[\\w-]+\\.[a-z]{2,}"
            + "|(?-i:[a-z]+[A-Z]))", FLAGS);
    static final Pattern COPYRIGHT_WORD = Pattern.compile("\\bcopyright\\b", FLAGS);
    static final Pattern YEAR_IN = Pattern.compile("\\b" + YEAR + "\\b");
    static final Pattern RIGHTS_RESERVED = Pattern.compile("\\b(?:all|some) rights reserved\\b|alle rechte vorbehalten"
            + "|tous droits r[éÉe]serv[éÉe]s|todos los derechos reservados|tutti i diritti riservati", FLAGS);
    /** Wire services' and publishers' terms: "This material may not be published, broadcast, rewritten or redistributed." */
    static final Pattern REPUBLISHING = Pattern.compile("\\bmay not be (?:re)?(?:published|produced|printed|distributed|broadcast"
            + "|rewritten|transmitted|cached|copied)\\b|\\b(?:republished|reprinted|reproduced|copied|redistributed|used)\\b[^.]{0,80}"
            + "\\bwithout (?:the )?(?:prior |express |explicit )*(?:written )?(?:permission|consent)\\b|\\bcheck for restrictions at\\b"
            + "|\\bclick for restrictions\\b|©\\s?dpa\\b|\\bdpa-infocom\\b", FLAGS);
    /** A notice that must stay with a text republished under permission or licence. */
    static final Pattern LICENCE_NOTICE = Pattern.compile("\\b(?:reprinted|republished|reproduced|excerpted|adapted|used)"
            + " (?:(?:here )?with (?:the )?(?:kind )?permission|by permission|courtesy of|with courtesy|from)\\b"
            + "|\\bis republished from\\b|\\breprinted courtesy\\b", FLAGS);

    /** Whether {@code segment} ({@code lower} in lower case) is a {@link #LICENCE_NOTICE}: the pattern runs only where its words are. */
    static boolean isLicenceNotice(String segment, String lower) {
        return (lower.contains("reprint") || lower.contains("republish") || lower.contains("reproduc") || lower.contains("excerpt")
                || lower.contains("adapt") || lower.contains("used")) && LICENCE_NOTICE.matcher(segment).find();
    }

    /** "Powered by WordPress", "This website is powered by WordPress", "Stolz präsentiert von WordPress". */
    static final Pattern CREDIT = Pattern.compile("\\b(?:proudly |stolz |mit stolz |fièrement )?(powered|propulsé|präsentiert"
            + "|hosted|hosting|designed|developed|built|created|crafted|maintained|made|design|development|icons|theme|template"
            + "|website|site|web design|logo)(?: and (?:developed|hosted|maintained|built))? (?:by|with|on|using|par|von|mit"
            + "|avec|from)\\s(?:the\\s)?(\\S+)", FLAGS);
    /** Credits that are the writer's own (a photographer, a reporter): never site chrome. */
    static final Pattern BYLINE_CREDIT = Pattern.compile("\\b(?:photos?|photograph(?:s|y)?|images?|pictures?|illustrations?"
            + "|video|reporting|editing|story|words|text|graphic|chart|map|additional reporting|research|written|edited)\\b", FLAGS);
    /** "Photo: © Jane Doe", "(Image ©AFP)": a credit for a picture, which belongs with the text. */
    static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(?:photos?|photograph(?:s|y)?|images?|pictures?|illustrations?|video"
            + "|graphics?|foto|bild|credit)\\b", FLAGS);
    /** "Photo: Jane Doe / Reuters", "Image © AFP": a line crediting a picture, the writer's to keep. */
    static final Pattern PHOTO_CREDIT_LINE = Pattern.compile("^\\(?(?:photos?|photograph|images?|pictures?|illustrations?|foto|bild"
            + "|crédits? photos?|photo credits?|image credits?)\\s?(?::|©|/|by\\b|credit\\b)", FLAGS);
    static final Pattern THEME = Pattern.compile("\\b(?:theme|template|thème|vorlage|wordpress theme|blogger template)\\b", FLAGS);

    /** "Posted by NAME at 11:02 PM", "Posted in News", "Posted on 09/21/2012": what comes after is checked apart. */
    static final Pattern POSTED = Pattern.compile("^(?:this (?:entry|post|article) was |entry |this was )?(?:posted|published|written"
            + "|geschrieben|veröffentlicht|publié|submitted|filed)(?: (?:by|in|on|at|under|to|am|von|le|par|from))?(?: ?:)?\\s*", FLAGS);
    /** "Previous Post: TITLE", "Next article TITLE": a link between posts, named by the post it leads to. */
    static final Pattern POST_STEP = Pattern.compile("^(?:previous|next|older|newer|prev\\.?) (?:post|entry|article|story)\\b:?\\s*"
            + "|^(?:vorheriger|nächster) (?:beitrag|artikel)\\b:?\\s*|^(?:article|billet) (?:précédent|suivant)\\b:?\\s*", FLAGS);
    /** "Author Email (optional):", "Name (required)": a field of a comment or contact form. */
    static final Pattern FORM_FIELD = Pattern.compile("^\\p{L}[\\p{L} '-]{0,30} \\((?:optional|required|will not be published|not published"
            + "|erforderlich|obligatoire|facultatif)\\) ?:? ?\\*?$", FLAGS);
    /** Openers of tag and category lines. */
    static final Pattern TAG_OPENER = Pattern.compile("^(?:filed under|filed in|tags?|tagged(?: as| with)?|labels?|categories|category"
            + "|categorized(?: in| under| as)?|topics|keywords|related topics|related tags|schlagw(?:o|ö)rte(?:r)?|kategorien?|themen"
            + "|étiquettes?|catégories?|mots[- ]clés|rubriques?|sujets)(\\s?:)?(?:\\s|$)", FLAGS);
    /** "48 Responses to “…”", "One comment", "Comments (14)", "No Comments »". */
    static final Pattern COMMENT_COUNT = Pattern.compile("^(?:\\d[\\d,.]{0,8}k?|no|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|zero|keine|aucun|un|une)\\s(?:comments?|responses?|replies|reply|thoughts?|trackbacks?|pingbacks?|reactions?|notes"
            + "|kommentare?|commentaires?|réactions?)\\b|^(?:comments?|kommentare|commentaires|responses|replies)\\s?\\(\\d{1,6}\\)", FLAGS);
    /**
     * A comment counter and nothing else, with its count in figures: "7 Comments", "Comments (14)", "Reader
     * comments 97". No writer ends an article with one, so it is chrome on a line of its own.
     */
    static final Pattern COUNTER_ALONE = Pattern.compile("^(?:\\d[\\d,.]{0,8}k?\\s(?:reader\\s|user\\s)?(?:comments?|responses?|replies)"
            + "|(?:reader\\s|user\\s|view\\s|show\\s)?(?:comments?|responses?|replies)\\s?(?:\\(\\d{1,6}\\)|\\d{1,6}))$", FLAGS);
    /** "Jane says:", "Jane on March 4, 2012 said:": the header of a reader's comment. */
    static final Pattern COMMENT_AUTHOR = Pattern.compile("^.{1,80}\\s(?:says|said|wrote|writes|sagt|schrieb|dit|a écrit)\\s?:?$", FLAGS);

    /** Fixed sentences of blog templates and plugins, in the three languages: chrome wherever they stand in a line. */
    static final List<String> TEMPLATE_PHRASES = List.of(
            // comment sections and forms (WordPress, Blogger, TypePad, Movable Type, Drupal)
            "comments? (?:are|is) (?:now )?closed\\b",
            "comments (?:have been|are) disabled\\b",
            "the comments to this (?:entry|post) are closed\\b",
            "comments for this (?:post|entry|article) (?:are|is) closed\\b",
            "you can follow any responses to this entry\\b",
            "you can (?:skip to the end and )?leave a response\\b",
            "trackback from your own site\\b",
            "pinging is currently (?:not allowed|closed)\\b",
            "both comments and pings are currently closed\\b",
            "responses are currently closed\\b",
            "your (?:e-?mail|email address|e-mail address) will not be (?:published|shared|displayed)\\b",
            "required fields are marked\\b",
            "you must be logged in to post a comment\\b",
            "(?:log ?in|sign in)(?: or register)? to (?:post|leave|add) (?:a )?comments?\\b",
            "notify me of (?:follow-up|new) (?:comments|posts)\\b",
            "akismet to reduce spam\\b",
            "follow any comments here with the rss feed\\b",
            "post a comment or leave a trackback\\b",
            "bookmark the permalink\\b",
            "(?:you can follow this conversation by )?subscribing to the comment feed\\b",
            "only a member of this blog may post a comment\\b",
            "comment below or sign in with\\b",
            "to view or add a comment\\b",
            "(?:enter|fill in) your (?:information|details|name and e-?mail)(?: below)? to (?:add|post|leave|submit) (?:a |your )?(?:new )?comment\\b",
            "trackback url\\b",
            "listed below are links to weblogs that reference\\b",
            "links to this post\\b",
            "this page contains a single entry by\\b",
            "find recent content on the main index\\b",
            "was the previous (?:entry|post) in this blog\\b",
            "is the next (?:entry|post) in this blog\\b",
            "view my complete profile\\b",
            "view all posts (?:by|in|filed under)\\b",
            "this entry was (?:posted|written|filed)\\b",
            // sharing widgets (Jetpack, share buttons)
            "post was not sent\\b",
            "email check failed\\b",
            "cannot share posts by email\\b",
            "bloggers like this\\b",
            "be the first to like this\\b",
            "click to (?:share|email|print)\\b",
            "opens in new window\\)",
            "enter your friend'?s e-?mail address\\b",
            "(?:e-?mail|send) (?:this|the) (?:article|story|post|page) to a friend\\b",
            // subscribing
            "^(?:please |click here to |or |and )?subscribe to (?:this blog'?s?|our|the|my|this) (?:rss |comment |e-?mail )?(?:feed|newsletter|blog|mailing list|posts|comments|channel)\\b",
            "subscribe to: post\\b",
            "^(?:please |click here to |or |and )?sign up for (?:our|my|the)(?: [\\w-]+){0,3} (?:newsletters?|e-?mails?|updates)(?: (?:here|now|today|below))?[.!:]?$",
            "^(?:please |click here to |or |and )?subscribe to (?:our|my|the)(?: [\\w-]+){0,3} newsletters?(?: (?:here|now|today|below))?[.!:]?$",
            "(?:enter|type) your e-?mail(?: address)? (?:below|here|to)\\b",
            "receive (?:new posts|updates|notifications|our newsletter|the latest)\\b.{0,40}\\bby e-?mail\\b",
            "delivered (?:straight |directly )?to your inbox\\b",
            "join [\\d,]+ other (?:subscribers|followers)\\b",
            // cookie banners
            "(?:this|our) (?:web ?)?site uses cookies\\b",
            "we use cookies (?:to|so|in order|and similar|on)\\b",
            "(?:by )?(?:continuing to |continue to )?(?:use|using|browse|browsing) (?:this|our|the) (?:web ?)?site,? you (?:agree|consent|accept)\\b",
            "accept (?:all )?cookies\\b",
            // legal boilerplate
            "is a (?:registered )?trademark of\\b",
            "use of this (?:web ?)?site constitutes acceptance\\b",
            "registration on or use of this site\\b",
            "not responsible for the content of external\\b",
            // German
            "kommentare? (?:sind |ist )?(?:geschlossen|deaktiviert)\\b",
            "(?:schreibe|hinterlasse|verfasse) einen kommentar\\b",
            "(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\\b",
            "erforderliche felder sind mit\\b",
            "benachrichtige mich über\\b",
            "stolz präsentiert von\\b",
            "diese (?:web)?seite (?:verwendet|nutzt) cookies\\b",
            "wir (?:verwenden|nutzen) cookies\\b",
            // French
            "laisser un commentaire\\b",
            "votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\\b",
            "les champs obligatoires sont indiqués\\b",
            "prévenez-moi de tous les nouveaux\\b",
            "(?:fièrement )?propulsé par\\b",
            "ce site utilise des cookies\\b",
            "nous utilisons des cookies\\b",
            "en poursuivant votre navigation\\b");
    static final TemplateSentences TEMPLATE_SENTENCES = new TemplateSentences(FLAGS, TEMPLATE_PHRASES);

    /** Which family a template sentence belongs to, for the message. */
    static ChromeKind kindOfTemplateSentence(String lower) {
        if (lower.contains("cookie")) {
            return ChromeKind.COOKIES;
        }
        if (lower.contains("subscri") || lower.contains("sign up") || lower.contains("inbox") || lower.contains("your email")
                && !lower.contains("published") || lower.contains("receive")) {
            return ChromeKind.SUBSCRIBE;
        }
        if (lower.contains("share") || lower.contains("like this") || lower.contains("window") || lower.contains("not sent")
                || lower.contains("check failed") || lower.contains("friend") || lower.contains("click to")) {
            return ChromeKind.SHARE;
        }
        if (lower.contains("site constitutes") || lower.contains("external") || lower.contains("use of this site")) {
            return ChromeKind.SITE_LINKS;
        }
        if (lower.contains("propulsé") || lower.contains("präsentiert")) {
            return ChromeKind.SITE_CREDIT;
        }
        if (lower.contains("entry was posted") || lower.contains("permalink") || lower.contains("profile")
                || lower.contains("view all posts") || lower.contains("single entry") || lower.contains("main index")
                || lower.contains("in this blog")) {
            return ChromeKind.POST_META;
        }
        return ChromeKind.COMMENTS;
    }

    /** Notes that the text ran elsewhere first: chrome beside other chrome, but a writer may keep one on purpose. */
    static final Pattern SYNDICATION = Pattern.compile(String.join("|",
            "\\b(?:this|the) (?:article|post|story|piece|entry|column|essay|interview|review) (?:was |is )?(?:originally|first) "
                    + "(?:appeared|published|posted|ran)\\b",
            "\\b(?:originally|first) (?:appeared|published|posted|ran) (?:on|in|at)\\b",
            "\\b(?:appeared|published) first on\\b",
            "\\ba version of this (?:article|story|review|column|post) (?:appeared|appears) in print\\b",
            "\\bcross-?posted (?:from|at|on|to)\\b"), FLAGS);
    /** "(AP)", "Source: Reuters": a wire service named on its own, as a photo credit or a source line names it. */
    static final Pattern WIRE_SOURCE = Pattern.compile(String.join("|",
            "^\\(?(?:ap|afp|reuters|dpa|upi|bloomberg|the associated press|associated press|agence france-presse|kna|epd|sid)\\)?$",
            "^(?:source|sources|quelle|via)\\s?:?\\s(?:the )?(?:ap|afp|reuters|dpa|associated press|the associated press|bloomberg)\\b"),
            FLAGS);

    /** "All content on this site is licensed under a Creative Commons license": the site's own licence line. */
    static final Pattern SITE_LICENCE = Pattern.compile("\\b(?:(?:all )?(?:content|material|work|text|articles?|posts?)(?: on this"
            + " (?:site|blog|website))?|this (?:site|blog|website|work)|[\\w-]+\\.(?:com|org|net|info)) (?:is|are) (?:shared |licensed"
            + " |published |made available |available |released )?under (?:a |the )?creative commons\\b", FLAGS);

    /** Sentences in the site's voice about the site: chrome-like, never enough on their own. */
    static final Pattern SITE_VOICE = Pattern.compile(String.join("|",
            "\\bthe (?:opinions|views) expressed (?:in|here|on)\\b",
            "\\bsome links (?:are|may be) (?:affiliate|monetized)\\b",
            "\\baffiliate (?:links?|relationships?)\\b",
            "\\bsend us (?:a tip|feedback|your)\\b",
            "\\bget in touch\\b"), FLAGS);

    /** "Follow Jane on Twitter", "Follow us @site": a follow prompt. */
    static final Pattern FOLLOW = Pattern.compile("\\b(?:follow|like|find|join|connect with)(?: \\S+){0,6} (?:on|at|@) ?(?:twitter|facebook"
            + "|instagram|linkedin|google\\+?|youtube|tumblr|pinterest|x|mastodon|bluesky|threads)\\b|\\bfollow @\\w|\\bfollow (?:us|me)\\b", FLAGS);

    private ChromePatterns() {
    }

    /** True if nothing but a date, a time, or both, with the words templates put around them, is in {@code text}. */
    static boolean isDateOrTime(String text) {
        return DATE_TIME.matcher(text.strip()).matches();
    }

    /** {@code text} without its dates and times. */
    static String withoutDates(String text) {
        return DATE_TIME.matcher(text).replaceAll(" ");
    }
}
