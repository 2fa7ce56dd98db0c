package org.copydesk.core.rules.footer;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.copydesk.core.text.AnyOf;

/**
 * The shapes of chrome in one piece of a line ({@link ChromePatterns} holds their wording): copyright notices and
 * republishing terms, site and theme credits, post meta and tags, comment counters, post navigation, archive
 * widgets, syndication notes, sign-up prompts and the fixed sentences of blog templates, each checked so that a
 * sentence that only mentions them stays prose; and the weak evidence, dates, links, handles, follow prompts.
 */
final class ChromeShapes {
    private static final ChromeVocabulary VOCABULARY = ChromeVocabulary.get();
    private static final List<String> PLATFORMS = List.of("WordPress", "Blogger", "TypePad", "Movable Type", "Ghost", "Squarespace",
            "Wix", "Weebly", "Drupal", "Joomla", "Medium", "Substack", "Tumblr", "Disqus", "Jetpack", "Webflow", "Shopify",
            "Genesis Framework", "Thesis", "LiveJournal", "Posterous", "Hugo", "Jekyll", "Blogspot");

    private static final AnyOf CREDIT_STEMS = AnyOf.of(List.of("powered", "propuls", "präsent", "host", "design", "develop", "built",
            "creat", "craft", "maintain", "made", "icon", "theme", "thème", "templat", "vorlage", "site", "logo"));

    private ChromeShapes() {
    }

    /**
     * The strong shapes of chrome, or null. A piece that reads as a sentence can only be a template's sentence,
     * a copyright or licence notice, republishing terms, a syndication note, a sign-up prompt or a credit; the other shapes
     * are labels, and are looked for only in pieces that are not sentences. The costlier patterns run only where
     * their words are. {@code lower}: the piece in lower case.
     */
    static LineVerdict strong(String segment, String lower, LineWords words, boolean sentence) {
        int n = words.wordCount();
        MatchResult template = ChromePatterns.TEMPLATE_SENTENCES.find(segment, lower);
        if (template != null && isMostOf(segment, template)) {
            ChromeKind kind = ChromePatterns.kindOfTemplateSentence(template.group().toLowerCase(Locale.ROOT));
            return LineVerdict.strong(kind.label(), kind);
        }
        // the copyright patterns run only where their sign or word is
        boolean sign = lower.indexOf('©') >= 0 || lower.contains("&copy;") || lower.contains("(c)");
        if (n <= 40 && (sign && hasCopyrightSign(segment, words) || lower.contains("copyright") && isCopyrightNotice(segment, words))) {
            return LineVerdict.strong(ChromeKind.COPYRIGHT);
        }
        if (n <= 40 && mayBeRepublishingTerms(lower) && ChromePatterns.REPUBLISHING.matcher(segment).find()) {
            return LineVerdict.strong(ChromeKind.REPUBLISHING);
        }
        String stripped = stripLeading(segment);
        if (n <= 40 && mayBeSyndication(lower)) {
            Matcher syndication = ChromePatterns.SYNDICATION.matcher(stripped);
            if (syndication.find() && isMostOf(stripped, syndication)) {
                return LineVerdict.strong(ChromeKind.SYNDICATION);
            }
        }
        if (n <= 30 && lower.contains("creative commons")) {
            Matcher licence = ChromePatterns.SITE_LICENCE.matcher(segment);
            if (licence.find() && isMostOf(segment, licence)) {
                return LineVerdict.strong(ChromeKind.COPYRIGHT);
            }
        }
        Matcher action = ChromePatterns.CALL_TO_ACTION.matcher(stripped);
        if (n <= 20 && action.lookingAt() && !ProseTest.hasVerb(LineWords.of(stripped.substring(action.end())))) {
            return LineVerdict.strong(ChromeKind.SUBSCRIBE);
        }
        // "Blog powered by TypePad." is a short sentence too
        LineVerdict credit = credit(segment, lower, words);
        if (credit != null) {
            return credit;
        }
        return sentence ? null : label(segment, stripped, words);
    }

    /** The shapes of labels: rights lines, post meta, comment counters, archive entries, navigation. */
    private static LineVerdict label(String segment, String stripped, LineWords words) {
        int n = words.wordCount();
        Matcher rights = ChromePatterns.RIGHTS_RESERVED.matcher(segment);
        if (n <= 20 && rights.find() && ProseTest.isNameLike(segment.substring(0, rights.start()) + " " + segment.substring(rights.end()))) {
            return LineVerdict.strong(ChromeKind.COPYRIGHT);
        }
        LineVerdict meta = postMeta(segment, words);
        if (meta != null) {
            return meta;
        }
        if (n <= 4 && ChromePatterns.COUNTER_ALONE.matcher(stripped.strip()).matches()) {
            return new LineVerdict(LineVerdict.Role.STRONG, ChromeKind.COMMENTS.label(), true, ChromeKind.COMMENTS, false);
        }
        if (n <= 30 && ChromePatterns.COMMENT_COUNT.matcher(stripped).find()) {
            return LineVerdict.strong(ChromeKind.COMMENTS);
        }
        if (n <= 4 && ChromePatterns.ARCHIVE_WIDGET.matcher(segment.strip()).matches()) {
            return LineVerdict.strong(ChromeKind.ARCHIVE);
        }
        if (n <= 12 && isArrowed(segment)) {
            // "« Previous post title", "Next post title »": the links between posts
            return LineVerdict.strong(ChromeKind.NAVIGATION);
        }
        Matcher step = ChromePatterns.POST_STEP.matcher(stripped);
        if (n <= 16 && step.find() && !ProseTest.readsAsProse(LineWords.of(stripped.substring(step.end())), stripped.substring(step.end()))) {
            // "Previous Post The Ferry at Night": the link between posts with the title it leads to
            return LineVerdict.strong(ChromeKind.NAVIGATION);
        }
        return null;
    }

    /** The words a credit needs: what was done ("powered", "designed", "hosted") or to what ("theme", "site"). */
    private static boolean mayBeCredit(String lower) {
        return CREDIT_STEMS.foundIn(lower);
    }

    /** The words republishing terms need ("may not be published", "without written permission"). */
    private static boolean mayBeRepublishingTerms(String lower) {
        return lower.contains("may not") || lower.contains("without") || lower.contains("restriction") || lower.contains("dpa");
    }

    /** The words a syndication note needs ("originally appeared", "published first", "cross-posted"). */
    private static boolean mayBeSyndication(String lower) {
        return lower.contains("appear") || lower.contains("publish") || lower.contains("posted") || lower.contains(" ran ");
    }

    /**
     * Whether a template phrase found in a segment is what the segment says, rather than words a sentence
     * quotes: what is left around it (a post's title, a site's name) does not read as a sentence, and is not
     * much longer than the phrase.
     */
    private static boolean isMostOf(String segment, MatchResult match) {
        String rest = (segment.substring(0, match.start()) + " " + segment.substring(match.end())).strip();
        LineWords restWords = LineWords.of(rest);
        int matched = LineWords.of(match.group()).wordCount();
        return restWords.wordCount() <= Math.max(3, 2 * matched) && !ProseTest.readsAsProse(restWords, rest) && !ProseTest.hasVerb(restWords);
    }

    /**
     * A copyright sign naming a year or a holder, near the start of the piece or in a piece that is no sentence,
     * and not a picture's credit ("Photo: © Jane Doe").
     */
    private static boolean hasCopyrightSign(String segment, LineWords words) {
        Matcher sign = ChromePatterns.COPYRIGHT_SIGN.matcher(segment);
        if (!sign.find()) {
            return false;
        }
        String before = segment.substring(0, sign.start());
        return (LineWords.of(before).wordCount() <= 4 || !ProseTest.readsAsProse(words, segment))
                && !ChromePatterns.PHOTO_CREDIT.matcher(before).find();
    }

    /** "Copyright 2012 Dow Jones & Company, Inc.": the word, a year or a holder's name, and nothing that reads on. */
    private static boolean isCopyrightNotice(String segment, LineWords words) {
        Matcher word = ChromePatterns.COPYRIGHT_WORD.matcher(segment);
        if (!word.find()) {
            return false;
        }
        String rest = ChromePatterns.RIGHTS_RESERVED.matcher(segment).replaceAll(" ");
        rest = ChromePatterns.YEAR_IN.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("(?i)\\bcopyright\\b|\\(c\\)|[-–,.]", " ");
        boolean hasYear = ChromePatterns.YEAR_IN.matcher(segment).find();
        return (hasYear || words.wordCount() <= 6) && ProseTest.isNameLike(rest);
    }

    /** Credits for the site's software, theme and design; never a photo credit or a byline. */
    private static LineVerdict credit(String segment, String lower, LineWords words) {
        int n = words.wordCount();
        if (n > 16) {
            return null;
        }
        if (!mayBeCredit(lower)) {
            return null;
        }
        Matcher credit = ChromePatterns.CREDIT.matcher(segment);
        if (credit.find()) {
            String verb = credit.group(1).toLowerCase(Locale.ROOT);
            String who = LineWords.strip(credit.group(2));
            String before = segment.substring(0, credit.start());
            boolean named = !who.isEmpty() && (Character.isUpperCase(who.charAt(0)) || Character.isDigit(who.charAt(0))
                    || ProseTest.hasInnerCapital(who) || isPlatform(who) || who.contains("."));
            String after = segment.substring(credit.end());
            if (named && !ChromePatterns.BYLINE_CREDIT.matcher(before + " " + verb).find() && isCreditPrefix(before)
                    && !ProseTest.hasVerb(LineWords.of(after)) && (after.isBlank() || ProseTest.isNameLike(after))) {
                boolean theme = verb.startsWith("design") || verb.equals("theme") || verb.equals("template") || verb.equals("developed")
                        || verb.equals("crafted") || verb.equals("website") || verb.equals("site") || verb.equals("web design")
                        || ChromePatterns.THEME.matcher(segment).find();
                return LineVerdict.strong(theme ? ChromeKind.THEME_CREDIT : ChromeKind.SITE_CREDIT);
            }
        }
        Matcher theme = ChromePatterns.THEME.matcher(segment);
        if (n <= 12 && theme.find() && ProseTest.functionWords(words, true) <= 1 && ProseTest.lowercaseContent(words) <= 1 + n / 4
                && (ProseTest.isNamed(segment.substring(0, theme.start())) || segment.substring(theme.end()).strip().startsWith(":"))) {
            // "Picture Window template", "Delicious Theme on Genesis Framework", "Theme: Twenty Twelve"
            return LineVerdict.strong(ChromeKind.THEME_CREDIT);
        }
        return null;
    }

    /** What may stand before "powered by": a short name of the site ("This website is", "Blog", "Google Blog is"). */
    private static boolean isCreditPrefix(String before) {
        LineWords words = LineWords.of(before);
        if (words.wordCount() > 10) {
            return false;
        }
        int function = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && VOCABULARY.isFunctionWord(word.lower()) && !word.lower().equals("is") && !word.lower().equals("this")
                    && !word.lower().equals("the") && !word.lower().equals("and") && !word.lower().equals("our")) {
                function++;
            }
        }
        return function == 0;
    }

    /** Post meta: "Posted by NAME at TIME", "Posted in News, Politics", "Tags: …", "Published on DATE". */
    private static LineVerdict postMeta(String segment, LineWords words) {
        int n = words.wordCount();
        String stripped = stripLeading(segment);
        Matcher tags = ChromePatterns.TAG_OPENER.matcher(stripped);
        if (n <= 40 && tags.find()) {
            String rest = stripped.substring(tags.end());
            boolean colon = tags.group(1) != null;
            if (rest.isBlank() ? n <= 3 : colon ? !ProseTest.readsAsProse(LineWords.of(rest), rest) : ProseTest.isListLike(rest)) {
                return LineVerdict.strong(ChromeKind.TAGS);
            }
        }
        Matcher posted = ChromePatterns.POSTED.matcher(stripped);
        if (n <= 40 && posted.find() && posted.end() > 0) {
            String rest = stripped.substring(posted.end());
            String opener = stripped.substring(0, posted.end()).toLowerCase(Locale.ROOT);
            boolean hasDate = !ChromePatterns.withoutDates(rest).equals(rest);
            String withoutDates = ChromePatterns.withoutDates(rest);
            boolean byName = opener.contains(" by") || opener.contains(" von") || opener.contains(" par");
            if (byName) {
                String who = LineWords.strip(rest.isEmpty() ? "" : rest.split(" ")[0]);
                if (!who.isEmpty() && (Character.isUpperCase(who.charAt(0)) || who.startsWith("@") || ProseTest.hasInnerCapital(who))
                        && ProseTest.isNameLike(withoutDates.replaceAll("(?i)\\b(?:at|on|in|am|um|le|à|and)\\b", " "))) {
                    return LineVerdict.strong(ChromeKind.POST_META);
                }
                return null;
            }
            if ((hasDate || opener.matches("(?i).*\\b(?:in|under|to)\\b.*")) && !rest.isBlank()
                    && ProseTest.isNameLike(withoutDates.replaceAll("(?i)\\b(?:at|on|in|am|um|le|à|and|by)\\b", " "))) {
                boolean published = opener.startsWith("publish") || opener.startsWith("veröffentlicht") || opener.startsWith("publié")
                        || opener.startsWith("written") || opener.startsWith("geschrieben") || opener.startsWith("submitted");
                return published && !hasDate ? null : LineVerdict.strong(ChromeKind.POST_META);
            }
        }
        return null;
    }

    /** Weak evidence: dates, links, handles, follow prompts, syndication notes, navigation arrows. */
    static LineVerdict weak(String segment, LineWords words) {
        int n = words.wordCount();
        String stripped = stripLeading(segment);
        if (ChromePatterns.isDateOrTime(stripped) || n <= 4 && ChromePatterns.ARCHIVE_ENTRY.matcher(stripped).matches()) {
            return LineVerdict.weak(ChromeKind.DATE);
        }
        if (n <= 6 && ChromePatterns.WIRE_SOURCE.matcher(stripped).find()) {
            return LineVerdict.weak(ChromeKind.SYNDICATION);
        }
        if (n <= 8 && ChromePatterns.FORM_FIELD.matcher(stripped).matches()) {
            return LineVerdict.weak(ChromeKind.FORM);
        }
        if (n <= 16 && ChromePatterns.FOLLOW.matcher(segment).find()) {
            return LineVerdict.weak(ChromeKind.SOCIAL);
        }
        if (n <= 20 && ChromePatterns.SITE_VOICE.matcher(segment).find()) {
            return LineVerdict.weak(ChromeKind.SITE_LINKS);
        }
        if (n <= 10 && ChromePatterns.COMMENT_AUTHOR.matcher(stripped).matches()) {
            return LineVerdict.weak(ChromeKind.COMMENTS);
        }
        if (n <= 8 && hasLinkOrHandle(words)) {
            return LineVerdict.weak(ChromeKind.CONTACT);
        }
        if (n <= 12 && startsWithBy(words) && !ChromePatterns.withoutDates(segment).equals(segment)) {
            return LineVerdict.weak(ChromeKind.POST_META);
        }
        return null;
    }

    /** « Previous post, Next post », ‹ Back: an arrow leads or ends the label. */
    private static boolean isArrowed(String segment) {
        String s = segment.strip();
        return !s.isEmpty() && ("«‹←".indexOf(s.charAt(0)) >= 0 || "»›→".indexOf(s.charAt(s.length() - 1)) >= 0);
    }

    private static boolean startsWithBy(LineWords words) {
        return !words.words().isEmpty() && words.words().get(0).lower().equals("by");
    }

    static boolean hasLinkOrHandle(LineWords words) {
        for (LineWords.Word word : words.words()) {
            if (word.type() == LineWords.Type.LINK || word.type() == LineWords.Type.HANDLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlatform(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String platform : PLATFORMS) {
            if (platform.toLowerCase(Locale.ROOT).startsWith(lower) && lower.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    static String stripLeading(String segment) {
        int i = 0;
        while (i < segment.length() && ("{([«‹<*►▼▶◄•·-–— \"“".indexOf(segment.charAt(i)) >= 0)) {
            i++;
        }
        return segment.substring(i);
    }

    /** "theme credit" becomes "WordPress theme credit" when the line names the platform. */
    static LineVerdict withPlatform(LineVerdict verdict, String line) {
        String name = verdict.name();
        if (name.equals(ChromeKind.THEME_CREDIT.label()) || name.equals(ChromeKind.SITE_CREDIT.label())) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String platform : PLATFORMS) {
                if (lower.contains(platform.toLowerCase(Locale.ROOT))) {
                    return new LineVerdict(LineVerdict.Role.STRONG, (platform.equals("Blogspot") ? "Blogger" : platform) + " " + name, verdict.decisive(),
                            verdict.kind(), false);
                }
            }
        }
        return verdict;
    }
}
