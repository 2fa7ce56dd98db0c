package org.copydesk.core.rules.footer;

import java.util.Locale;

/** The families of site and post chrome, each with the name a finding's message gives it. */
enum ChromeKind {
    COPYRIGHT("copyright line"),
    REPUBLISHING("republishing notice"),
    SITE_CREDIT("site credit"),
    THEME_CREDIT("theme credit"),
    SHARE("share labels"),
    POST_META("post meta"),
    TAGS("tags and categories"),
    COMMENTS("comment section"),
    NAVIGATION("post navigation"),
    RELATED("related posts"),
    SUBSCRIBE("subscribe prompt"),
    FORM("form fields"),
    FEED("feed links"),
    ACCOUNT("log-in links"),
    COOKIES("cookie notice"),
    SITE_LINKS("site links"),
    SYNDICATION("syndication credit"),
    ARCHIVE("archive links"),
    DATE("post date"),
    CONTACT("contact line"),
    SOCIAL("social links");

    private final String label;

    ChromeKind(String label) {
        this.label = label;
    }

    /** "copyright line", "share labels". */
    String label() {
        return label;
    }

    /**
     * Chrome beyond doubt on a line of its own: no writer ends an article with a copyright notice, a site credit,
     * share buttons or a cookie notice. Post meta, related posts, navigation and the like may be a writer's
     * own last line ("Related reading", "Posted at noon"), so they need a second chrome line.
     */
    boolean isDecisive() {
        return switch (this) {
            case COPYRIGHT, REPUBLISHING, SITE_CREDIT, THEME_CREDIT, SHARE, SUBSCRIBE, COOKIES, SITE_LINKS, ACCOUNT -> true;
            default -> false;
        };
    }

    /** The id that turns this family off in the configuration: "copyright", "post-meta". */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ChromeKind parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
