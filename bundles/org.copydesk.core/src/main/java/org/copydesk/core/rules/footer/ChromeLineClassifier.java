package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Reads one line (already {@link LineText#normalize normalized}) and says whether it is site or post chrome, and
 * what kind. A line is cut into segments at the separators sites put between links ({@code |}, {@code •},
 * {@code ·}) and at sentence ends; each segment is read on its own:
 * <ol>
 * <li>a built-in signature (a platform's exact wording) is strong evidence;</li>
 * <li>a notice that must stay with republished text ("Reprinted with permission of …") is never chrome;</li>
 * <li>the shapes of chrome: copyright notices, credits, post meta, comment counters, template sentences;</li>
 * <li>a segment that reads as a sentence (enough words, enough function words) is prose;</li>
 * <li>a segment made of chrome words ("Email | Print | Comments", "Newer Post Older Post Home") is chrome;</li>
 * <li>dates, handles, links, follow prompts and the like are weak evidence;</li>
 * <li>anything else short is a label: a related post's title, a name.</li>
 * </ol>
 * The line is chrome when its chrome segments outweigh its prose. A configured signature counts only on a line
 * that does not read as prose, so no user pattern makes a sentence chrome.
 */
final class ChromeLineClassifier {
    /** How sure the classifier is that a line is chrome. */
    enum Role {
        /** A sentence: ends the walk back from the end. */
        PROSE,
        /** Short and not a sentence, but nothing says chrome: may sit between chrome lines. */
        LABEL,
        /** Chrome-like (a date, a handle, a social link), not enough on its own. */
        WEAK,
        /** Chrome: a footer needs at least one such line. */
        STRONG
    }

    /**
     * What a line or segment was read as, and what to call it in a message (null for prose and labels). A
     * {@code decisive} line is chrome beyond doubt on its own (a copyright notice, a platform's credit, share
     * buttons); a strong line that is not decisive ("Related Posts", "Posted at 11:15 AM", "Tags: …") may be the
     * writer's own last line, so it takes a second chrome line to make a footer.
     */
    record Verdict(Role role, String name, boolean decisive, ChromeKind kind, boolean configured) {
        static final Verdict PROSE = new Verdict(Role.PROSE, null, false, null, false);
        static final Verdict LABEL = new Verdict(Role.LABEL, null, false, null, false);

        /** A platform's own wording (a signature), or a template's fixed sentence: beyond doubt. */
        static Verdict strong(String name) {
            return new Verdict(Role.STRONG, name, true, null, false);
        }

        static Verdict strong(String name, ChromeKind kind) {
            return new Verdict(Role.STRONG, name, true, kind, false);
        }

        static Verdict strong(ChromeKind kind) {
            return new Verdict(Role.STRONG, kind.label(), kind.isDecisive(), kind, false);
        }

        /** A line the configuration's signatures made chrome. */
        static Verdict configured(String name) {
            return new Verdict(Role.STRONG, name, true, null, true);
        }

        static Verdict weak(String name) {
            return new Verdict(Role.WEAK, name, false, null, false);
        }

        static Verdict weak(ChromeKind kind) {
            return new Verdict(Role.WEAK, kind.label(), false, kind, false);
        }

        boolean is(Role wanted) {
            return role == wanted;
        }
    }

    /** A segment's verdict and its number of words, for weighing it against the others. */
    private record Reading(Verdict verdict, int words, boolean licence) {
    }

    /** Lines longer than this are prose, whatever they hold. */
    static final int MAX_WORDS = 60;
    /** A chrome label is at most this many words: "Subscribe to our newsletter", "Sign up for free". */
    private static final int SHORT_LABEL = 8;

    private static final List<String> PLATFORMS = List.of("WordPress", "Blogger", "TypePad", "Movable Type", "Ghost", "Squarespace",
            "Wix", "Weebly", "Drupal", "Joomla", "Medium", "Substack", "Tumblr", "Disqus", "Jetpack", "Webflow", "Shopify",
            "Genesis Framework", "Thesis", "LiveJournal", "Posterous", "Hugo", "Jekyll", "Blogspot");
    private static final String ABBREVIATIONS = " mr mrs ms dr st jr sr co inc ltd corp no vs jan feb mar apr jun jul aug sep sept oct nov"
            + " dec e.g i.e u.s u.k p.m a.m etc al ";

    private final SignatureSet signatures;
    private final BoundedText.Budget budget;
    private final ChromeVocabulary vocabulary = ChromeVocabulary.get();

    ChromeLineClassifier(SignatureSet signatures, BoundedText.Budget budget) {
        this.signatures = signatures;
        this.budget = budget;
    }

    /** The verdict on a whole line; {@code heading} lines are never matched against configured signatures. */
    Verdict classify(String line, boolean heading) {
        Verdict builtIn = builtIn(line);
        if (!builtIn.is(Role.PROSE) && !heading) {
            Signature configured = signatures.configured(line, budget);
            if (configured != null) {
                return Verdict.configured(configured.description());
            }
        }
        return builtIn;
    }

    /** The built-in signature this whole line is, or null. */
    Signature builtInSignature(String line) {
        return signatures.builtInAnchor(line);
    }

    /** The verdict from the built-in knowledge alone. */
    Verdict builtIn(String line) {
        LineWords all = LineWords.of(line);
        if (all.wordCount() > MAX_WORDS) {
            return Verdict.PROSE;
        }
        Signature signature = signatures.builtInAnchor(line);
        if (signature != null) {
            return Verdict.strong(signature.description());
        }
        if (ChromePatterns.PHOTO_CREDIT_LINE.matcher(line).find()) {
            // a picture's credit belongs with the text, whoever it names
            return readsAsProse(all, line) ? Verdict.PROSE : Verdict.LABEL;
        }
        List<String> segments = segments(line);
        List<Reading> readings = new ArrayList<>(segments.size());
        for (String segment : segments) {
            Reading reading = read(segment);
            if (reading.licence()) {
                return Verdict.PROSE;
            }
            readings.add(reading);
        }
        int strong = 0;
        int weak = 0;
        int prose = 0;
        Verdict first = null;
        Verdict firstWeak = null;
        for (Reading reading : readings) {
            switch (reading.verdict().role()) {
                case STRONG -> {
                    strong += Math.max(1, reading.words());
                    first = first == null ? reading.verdict() : first;
                }
                case WEAK -> {
                    weak += Math.max(1, reading.words());
                    firstWeak = firstWeak == null ? reading.verdict() : firstWeak;
                }
                case PROSE -> prose += reading.words();
                default -> { }
            }
        }
        if (first != null && prose <= strong + weak) {
            return withPlatform(first, line);
        }
        if (prose > 0 && (prose * 2 > all.wordCount() || readsAsProse(all, line))) {
            // a sentence in the site's voice between chrome lines ("If you prefer a digest, subscribe to …")
            // may sit in a footer as a label does; alone it is prose
            return (first != null || firstWeak != null) && all.wordCount() <= 40 ? Verdict.LABEL : Verdict.PROSE;
        }
        if (first != null || firstWeak != null) {
            return Verdict.weak(first != null ? first.name() : firstWeak.name());
        }
        Signature companion = signatures.companion(line);
        if (companion != null) {
            return Verdict.weak(companion.description());
        }
        return readsAsProse(all, line) ? Verdict.PROSE : Verdict.LABEL;
    }

    /** "theme credit" becomes "WordPress theme credit" when the line names the platform. */
    private static Verdict withPlatform(Verdict verdict, String line) {
        String name = verdict.name();
        if (name.equals(ChromeKind.THEME_CREDIT.label()) || name.equals(ChromeKind.SITE_CREDIT.label())) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String platform : PLATFORMS) {
                if (lower.contains(platform.toLowerCase(Locale.ROOT))) {
                    return new Verdict(Role.STRONG, (platform.equals("Blogspot") ? "Blogger" : platform) + " " + name, verdict.decisive(),
                            verdict.kind(), false);
                }
            }
        }
        return verdict;
    }

    /** One segment of a line. */
    private Reading read(String segment) {
        LineWords words = LineWords.of(segment);
        int n = words.wordCount();
        if (n == 0) {
            return new Reading(hasLinkOrHandle(words) ? Verdict.weak(ChromeKind.CONTACT) : Verdict.LABEL, 0, false);
        }
        if (ChromePatterns.LICENCE_NOTICE.matcher(segment).find()) {
            return new Reading(Verdict.PROSE, n, true);
        }
        // a platform's label inside a line of links ("Awesome Inc. template. Powered by Blogger."); a sentence
        // is matched against the signatures as a whole line, not piece by piece
        if (n > 1 && !readsAsProse(words, segment)) {
            Signature signature = signatures.builtInAnchor(segment);
            if (signature != null) {
                return new Reading(Verdict.strong(signature.description()), n, false);
            }
        }
        Verdict shape = shape(segment, words);
        if (shape != null) {
            return new Reading(enabled(shape), n, false);
        }
        if (readsAsProse(words, segment)) {
            return new Reading(Verdict.PROSE, n, false);
        }
        Verdict byWords = byWords(words);
        if (byWords != null) {
            return new Reading(enabled(byWords), n, false);
        }
        Verdict weak = weakShape(segment, words);
        return new Reading(weak != null ? enabled(weak) : Verdict.LABEL, n, false);
    }

    /** A family the configuration turned off ({@code disable: [copyright]}) reads as a label. */
    private Verdict enabled(Verdict verdict) {
        return verdict.kind() != null && signatures.isDisabled(verdict.kind()) ? Verdict.LABEL : verdict;
    }

    /** The strong shapes of chrome, or null. */
    private Verdict shape(String segment, LineWords words) {
        int n = words.wordCount();
        Matcher template = ChromePatterns.TEMPLATE_SENTENCE.matcher(segment);
        if (template.find() && isMostOf(segment, template)) {
            ChromeKind kind = ChromePatterns.kindOfTemplateSentence(template.group().toLowerCase(Locale.ROOT));
            return Verdict.strong(kind.label(), kind);
        }
        Matcher sign = ChromePatterns.COPYRIGHT_SIGN.matcher(segment);
        if (n <= 40 && (sign.find() && (LineWords.of(segment.substring(0, sign.start())).wordCount() <= 4 || !readsAsProse(words, segment))
                && !ChromePatterns.PHOTO_CREDIT.matcher(segment.substring(0, sign.start())).find() || isCopyrightNotice(segment, words))) {
            return Verdict.strong(ChromeKind.COPYRIGHT);
        }
        if (n <= 40 && ChromePatterns.REPUBLISHING.matcher(segment).find()) {
            return Verdict.strong(ChromeKind.REPUBLISHING);
        }
        Matcher rights = ChromePatterns.RIGHTS_RESERVED.matcher(segment);
        if (n <= 20 && rights.find() && isNameLike(segment.substring(0, rights.start()) + " " + segment.substring(rights.end()))) {
            return Verdict.strong(ChromeKind.COPYRIGHT);
        }
        Verdict credit = credit(segment, words);
        if (credit != null) {
            return credit;
        }
        Verdict meta = postMeta(segment, words);
        if (meta != null) {
            return meta;
        }
        if (n <= 30 && ChromePatterns.COMMENT_COUNT.matcher(stripLeading(segment)).find()) {
            return Verdict.strong(ChromeKind.COMMENTS);
        }
        Matcher syndication = ChromePatterns.SYNDICATION.matcher(stripLeading(segment));
        if (n <= 40 && syndication.find() && isMostOf(stripLeading(segment), syndication)) {
            return Verdict.strong(ChromeKind.SYNDICATION);
        }
        Matcher licence = ChromePatterns.SITE_LICENCE.matcher(segment);
        if (n <= 30 && licence.find() && isMostOf(segment, licence)) {
            return Verdict.strong(ChromeKind.COPYRIGHT);
        }
        if (n <= 4 && ChromePatterns.ARCHIVE_WIDGET.matcher(segment.strip()).matches()) {
            return Verdict.strong(ChromeKind.ARCHIVE);
        }
        if (n <= 12 && isArrowed(segment) && !readsAsProse(words, segment)) {
            // "« Previous post title", "Next post title »": the links between posts
            return Verdict.strong(ChromeKind.NAVIGATION);
        }
        Matcher action = ChromePatterns.CALL_TO_ACTION.matcher(stripLeading(segment));
        if (n <= 20 && action.find() && !hasVerb(LineWords.of(stripLeading(segment).substring(action.end())))) {
            return Verdict.strong(ChromeKind.SUBSCRIBE);
        }
        return null;
    }

    /**
     * Whether a template phrase found in a segment is what the segment says, rather than words a sentence
     * quotes: what is left around it (a post's title, a site's name) does not read as a sentence, and is not
     * much longer than the phrase.
     */
    private boolean isMostOf(String segment, Matcher match) {
        String rest = (segment.substring(0, match.start()) + " " + segment.substring(match.end())).strip();
        LineWords restWords = LineWords.of(rest);
        int matched = LineWords.of(match.group()).wordCount();
        return restWords.wordCount() <= Math.max(3, 2 * matched) && !readsAsProse(restWords, rest) && !hasVerb(restWords);
    }

    /** An auxiliary or modal verb: what is around a chrome phrase is a clause of a sentence, not a title or a name. */
    private static boolean hasVerb(LineWords words) {
        for (LineWords.Word word : words.words()) {
            switch (word.lower()) {
                case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
                        "may", "might", "must", "does", "did", "ist", "sind", "war", "wird", "wurde", "hat", "est", "sont", "était", "a" -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** "Copyright 2012 Dow Jones & Company, Inc.": the word, a year or a holder's name, and nothing that reads on. */
    private boolean isCopyrightNotice(String segment, LineWords words) {
        Matcher word = ChromePatterns.COPYRIGHT_WORD.matcher(segment);
        if (!word.find()) {
            return false;
        }
        String rest = ChromePatterns.RIGHTS_RESERVED.matcher(segment).replaceAll(" ");
        rest = ChromePatterns.YEAR_IN.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("(?i)\\bcopyright\\b|\\(c\\)|[-–,.]", " ");
        boolean hasYear = ChromePatterns.YEAR_IN.matcher(segment).find();
        return (hasYear || words.wordCount() <= 6) && isNameLike(rest);
    }

    /** Credits for the site's software, theme and design; never a photo credit or a byline. */
    private Verdict credit(String segment, LineWords words) {
        int n = words.wordCount();
        if (n > 16) {
            return null;
        }
        Matcher credit = ChromePatterns.CREDIT.matcher(segment);
        if (credit.find()) {
            String verb = credit.group(1).toLowerCase(Locale.ROOT);
            String who = LineWords.strip(credit.group(2));
            String before = segment.substring(0, credit.start());
            boolean named = !who.isEmpty() && (Character.isUpperCase(who.charAt(0)) || Character.isDigit(who.charAt(0))
                    || hasInnerCapital(who) || isPlatform(who) || who.contains("."));
            String after = segment.substring(credit.end());
            if (named && !ChromePatterns.BYLINE_CREDIT.matcher(before + " " + verb).find() && isCreditPrefix(before)
                    && !hasVerb(LineWords.of(after)) && (after.isBlank() || isNameLike(after))) {
                boolean theme = verb.startsWith("design") || verb.equals("theme") || verb.equals("template") || verb.equals("developed")
                        || verb.equals("crafted") || verb.equals("website") || verb.equals("site") || verb.equals("web design")
                        || ChromePatterns.THEME.matcher(segment).find();
                return Verdict.strong(theme ? ChromeKind.THEME_CREDIT : ChromeKind.SITE_CREDIT);
            }
        }
        Matcher theme = ChromePatterns.THEME.matcher(segment);
        if (n <= 12 && theme.find() && functionWords(words, true) <= 1 && lowercaseContent(words) <= 1 + n / 4
                && (isNamed(segment.substring(0, theme.start())) || segment.substring(theme.end()).strip().startsWith(":"))) {
            // "Picture Window template", "Delicious Theme on Genesis Framework", "Theme: Twenty Twelve"
            return Verdict.strong(ChromeKind.THEME_CREDIT);
        }
        return null;
    }

    /** Whether the last word of {@code before} is a name ("Picture Window", "Thesis WordPress"), not "A" or "and". */
    private boolean isNamed(String before) {
        List<LineWords.Word> words = LineWords.of(before).words();
        if (words.isEmpty()) {
            return false;
        }
        LineWords.Word last = words.get(words.size() - 1);
        return last.capitalized() && !vocabulary.isFunctionWord(last.lower());
    }

    /** What may stand before "powered by": a short name of the site ("This website is", "Blog", "Google Blog is"). */
    private boolean isCreditPrefix(String before) {
        LineWords words = LineWords.of(before);
        if (words.wordCount() > 10) {
            return false;
        }
        int function = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && vocabulary.isFunctionWord(word.lower()) && !word.lower().equals("is") && !word.lower().equals("this")
                    && !word.lower().equals("the") && !word.lower().equals("and") && !word.lower().equals("our")) {
                function++;
            }
        }
        return function == 0;
    }

    /** Post meta: "Posted by NAME at TIME", "Posted in News, Politics", "Tags: …", "Published on DATE". */
    private Verdict postMeta(String segment, LineWords words) {
        int n = words.wordCount();
        String stripped = stripLeading(segment);
        Matcher tags = ChromePatterns.TAG_OPENER.matcher(stripped);
        if (n <= 40 && tags.find()) {
            String rest = stripped.substring(tags.end());
            boolean colon = tags.group(1) != null;
            if (rest.isBlank() ? n <= 3 : colon ? !readsAsProse(LineWords.of(rest), rest) : isListLike(rest)) {
                return Verdict.strong(ChromeKind.TAGS);
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
                if (!who.isEmpty() && (Character.isUpperCase(who.charAt(0)) || who.startsWith("@") || hasInnerCapital(who))
                        && isNameLike(withoutDates.replaceAll("(?i)\\b(?:at|on|in|am|um|le|à|and)\\b", " "))) {
                    return Verdict.strong(ChromeKind.POST_META);
                }
                return null;
            }
            if ((hasDate || opener.matches("(?i).*\\b(?:in|under|to)\\b.*")) && !rest.isBlank()
                    && isNameLike(withoutDates.replaceAll("(?i)\\b(?:at|on|in|am|um|le|à|and|by)\\b", " "))) {
                boolean published = opener.startsWith("publish") || opener.startsWith("veröffentlicht") || opener.startsWith("publié")
                        || opener.startsWith("written") || opener.startsWith("geschrieben") || opener.startsWith("submitted");
                return published && !hasDate ? null : Verdict.strong(ChromeKind.POST_META);
            }
        }
        return null;
    }

    /** Chrome by its words: every word a chrome word, or a short call to action with a name in it. */
    private Verdict byWords(LineWords line) {
        List<LineWords.Word> words = line.words();
        int n = line.wordCount();
        int uncovered = 0;
        int uncoveredLower = 0;
        int evidence = 0;
        int strongTerms = 0;
        ChromeVocabulary.Term firstStrong = null;
        ChromeVocabulary.Term firstWeak = null;
        for (int i = 0; i < words.size();) {
            LineWords.Word word = words.get(i);
            if (!word.isWord()) {
                i++;
                continue;
            }
            ChromeVocabulary.Term term = vocabulary.termAt(words, i);
            if (term != null) {
                evidence++;
                if (term.strong()) {
                    strongTerms++;
                    firstStrong = firstStrong == null ? term : firstStrong;
                } else {
                    firstWeak = firstWeak == null ? term : firstWeak;
                }
                i += term.length();
                continue;
            }
            ChromeVocabulary.Term glued = runTogether(word);
            if (glued != null) {
                evidence++;
                firstStrong = firstStrong == null ? glued : firstStrong;
            } else if (!vocabulary.isJoining(word.lower())) {
                uncovered++;
                if (!word.capitalized()) {
                    uncoveredLower++;
                }
            }
            i++;
        }
        if (evidence == 0) {
            return null;
        }
        if (hasLinkOrHandle(line)) {
            // "Email: desk@example.com", "Twitter: @desk": how to reach someone, not a button
            return n <= SHORT_LABEL ? Verdict.weak(ChromeKind.CONTACT) : null;
        }
        if (uncovered == 0) {
            return firstStrong != null ? Verdict.strong(firstStrong.kind()) : Verdict.weak(firstWeak.kind());
        }
        // "Subscribe via Kindle", "Nintendo's Online Privacy Policy": a label naming something, led or ended by its
        // chrome word
        if (firstStrong != null && n <= SHORT_LABEL && uncoveredLower == 0 && functionWords(line, true) == 0
                && (uncovered <= Math.max(1, n / 3) || uncovered * 2 <= n && endsInChrome(words))) {
            return Verdict.strong(firstStrong.kind());
        }
        if (strongTerms >= 2 && n <= 12 && functionWords(line, true) <= 1) {
            // "Get the latest via RSS, newsletter and Twitter": two chrome words of weight in a short label
            return Verdict.strong(firstStrong.kind());
        }
        if (n <= 12 && uncovered * 2 <= n && functionWords(line, false) <= 1) {
            return Verdict.weak((firstStrong != null ? firstStrong : firstWeak).kind());
        }
        return null;
    }

    /** Whether the first or the last word is a chrome word ("Privacy Policy" ends "Nintendo's Online Privacy Policy"). */
    private boolean endsInChrome(List<LineWords.Word> words) {
        LineWords.Word first = null;
        LineWords.Word last = null;
        for (LineWords.Word word : words) {
            if (word.isWord()) {
                first = first == null ? word : first;
                last = word;
            }
        }
        return first != null && (vocabulary.term(first.lower()) != null && vocabulary.term(first.lower()).strong()
                || vocabulary.term(last.lower()) != null && vocabulary.term(last.lower()).strong());
    }

    /** {@code ThisBlogThis!Share}, {@code TwitterFacebookEmail}: labels whose spaces a paste lost, all of them chrome. */
    private ChromeVocabulary.Term runTogether(LineWords.Word word) {
        if (!word.runTogether()) {
            return null;
        }
        List<String> pieces = word.pieces();
        ChromeVocabulary.Term strong = null;
        int known = 0;
        for (String piece : pieces) {
            ChromeVocabulary.Term term = vocabulary.term(piece);
            if (term != null) {
                known++;
                if (term.strong() && strong == null) {
                    strong = term;
                }
            } else if (!vocabulary.isJoining(piece) && !piece.equals("blogthis")) {
                return null;
            }
        }
        return known >= 2 && strong != null ? strong : null;
    }

    /** Weak evidence: dates, links, handles, follow prompts, syndication notes, navigation arrows. */
    private Verdict weakShape(String segment, LineWords words) {
        int n = words.wordCount();
        String stripped = stripLeading(segment);
        if (ChromePatterns.isDateOrTime(stripped) || n <= 4 && ChromePatterns.ARCHIVE_ENTRY.matcher(stripped).matches()) {
            return Verdict.weak(ChromeKind.DATE);
        }
        if (n <= 6 && ChromePatterns.WIRE_SOURCE.matcher(stripped).find()) {
            return Verdict.weak(ChromeKind.SYNDICATION);
        }
        if (n <= 16 && ChromePatterns.FOLLOW.matcher(segment).find()) {
            return Verdict.weak(ChromeKind.SOCIAL);
        }
        if (n <= 20 && ChromePatterns.SITE_VOICE.matcher(segment).find()) {
            return Verdict.weak(ChromeKind.SITE_LINKS);
        }
        if (n <= 10 && ChromePatterns.COMMENT_AUTHOR.matcher(stripped).matches()) {
            return Verdict.weak(ChromeKind.COMMENTS);
        }
        if (n <= 8 && hasLinkOrHandle(words)) {
            return Verdict.weak(ChromeKind.CONTACT);
        }
        if (n <= 12 && startsWithBy(words) && !ChromePatterns.withoutDates(segment).equals(segment)) {
            return Verdict.weak(ChromeKind.POST_META);
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

    private static boolean hasLinkOrHandle(LineWords words) {
        for (LineWords.Word word : words.words()) {
            if (word.type() == LineWords.Type.LINK || word.type() == LineWords.Type.HANDLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads as a sentence: enough words, and enough of them function words ("the", "is", "of"), which labels,
     * headlines and lists of links nearly lack. A title in title case is a label, however long.
     */
    boolean readsAsProse(LineWords words, String text) {
        int n = words.wordCount();
        if (n >= 30) {
            return true;
        }
        if (n < 5) {
            return false;
        }
        int function = functionWords(words, false);
        if (isTitleCase(words) && n < 20) {
            // "Apple's New iPad Mini As An Awesome Music Device": a headline, however many small words it has
            return false;
        }
        double ratio = (double) function / n;
        boolean endsSentence = endsSentence(text);
        if (endsSentence && text.strip().endsWith("?") && n < 10) {
            // "When do binomial coefficients have integer roots?": a post's title as often as a question
            return false;
        }
        // a headline ("How news orgs plan to avoid bad calls") has no full stop; a sentence has, however short
        // ("The last boat leaves at eleven.")
        return n >= 8 && ratio >= 0.25 && (endsSentence || n >= 14) || endsSentence && function >= 2
                || n >= 15 && ratio >= 0.15;
    }

    /**
     * Title case: nearly every word capitalized, the small words too ("In The New Issue Of"). German prose
     * capitalizes its nouns but not its articles and prepositions, so it is never title case.
     */
    private boolean isTitleCase(LineWords words) {
        int content = 0;
        int contentCapitalized = 0;
        int small = 0;
        int smallCapitalized = 0;
        boolean first = true;
        for (LineWords.Word word : words.words()) {
            if (!word.isWord()) {
                continue;
            }
            if (vocabulary.isFunctionWord(word.lower())) {
                if (!first) {
                    small++;
                    smallCapitalized += word.capitalized() ? 1 : 0;
                }
            } else {
                content++;
                contentCapitalized += word.capitalized() ? 1 : 0;
            }
            first = false;
        }
        return content > 0 && contentCapitalized * 10 >= content * 8 && smallCapitalized * 2 >= small;
    }

    private static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && "\"”’')".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
    }

    private int functionWords(LineWords words, boolean exceptJoining) {
        int count = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && vocabulary.isFunctionWord(word.lower()) && !(exceptJoining && vocabulary.isJoining(word.lower()))) {
                count++;
            }
        }
        return count;
    }

    private int lowercaseContent(LineWords words) {
        int count = 0;
        for (LineWords.Word word : words.words()) {
            if (word.isWord() && !word.capitalized() && !vocabulary.isFunctionWord(word.lower()) && vocabulary.term(word.lower()) == null) {
                count++;
            }
        }
        return count;
    }

    /**
     * A holder's or a site's name: capitalized words, "&", "Inc.", domains, with at most the small words names
     * have ("of", "the", "and") and hardly a lower-case word, so no sentence reads on after a copyright sign.
     */
    boolean isNameLike(String text) {
        LineWords words = LineWords.of(text);
        int lower = 0;
        int n = 0;
        for (LineWords.Word word : words.words()) {
            if (!word.isWord()) {
                continue;
            }
            n++;
            String w = word.lower();
            if (vocabulary.isFunctionWord(w)) {
                if (!(w.equals("the") || w.equals("of") || w.equals("and") || w.equals("by") || w.equals("for") || w.equals("de")
                        || w.equals("la") || w.equals("le") || w.equals("du") || w.equals("des") || w.equals("der") || w.equals("die")
                        || w.equals("das") || w.equals("und") || w.equals("von") || w.equals("et") || w.equals("in") || w.equals("a"))) {
                    return false;
                }
            } else if (!word.capitalized() && !hasInnerCapital(word.text()) && vocabulary.term(w) == null) {
                lower++;
            }
        }
        return n <= 14 && lower <= 1 + n / 5;
    }

    /** A comma- or separator-separated list of names or tags, not a sentence. */
    private boolean isListLike(String text) {
        LineWords words = LineWords.of(text);
        if (readsAsProse(words, text) || functionWords(words, true) > 1) {
            return false;
        }
        return text.indexOf(',') >= 0 || words.wordCount() <= 4 || isNameLike(text);
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
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

    private static String stripLeading(String segment) {
        int i = 0;
        while (i < segment.length() && ("{([«‹<*►▼▶◄•·-–— \"“".indexOf(segment.charAt(i)) >= 0)) {
            i++;
        }
        return segment.substring(i);
    }

    /**
     * The line cut at the separators between links ({@code |}, {@code •}, {@code ·}, a spaced dash) and at
     * sentence ends, so that "© 2012 Site. All rights reserved. | Privacy Policy" is read as three pieces.
     */
    static List<String> segments(String line) {
        List<String> segments = new ArrayList<>();
        int from = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            boolean cutHere = false;
            int next = i + 1;
            if ("|•·►▼■▪●♦★◆".indexOf(c) >= 0) {
                cutHere = true;
            } else if ("-–—/~»«:".indexOf(c) >= 0 && i > 0 && line.charAt(i - 1) == ' ' && i + 1 < length && line.charAt(i + 1) == ' '
                    && c != ':') {
                cutHere = true;
            } else if (".!?…".indexOf(c) >= 0 && isSentenceEnd(line, i)) {
                add(segments, line.substring(from, i + 1));
                from = i + 1;
                continue;
            }
            if (cutHere) {
                add(segments, line.substring(from, i));
                from = next;
            }
        }
        add(segments, line.substring(from));
        return segments;
    }

    private static void add(List<String> segments, String segment) {
        String s = segment.strip();
        if (!s.isEmpty()) {
            segments.add(s);
        }
    }

    /** A full stop (or ! ?) followed by a space and the start of another sentence, not after an abbreviation. */
    private static boolean isSentenceEnd(String line, int i) {
        int after = i + 1;
        while (after < line.length() && "\"”’')".indexOf(line.charAt(after)) >= 0) {
            after++;
        }
        if (after >= line.length() || line.charAt(after) != ' ') {
            return false;
        }
        int start = after + 1;
        if (start >= line.length()) {
            return false;
        }
        char first = line.charAt(start);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "©(\"“«[".indexOf(first) >= 0)) {
            return false;
        }
        if (line.charAt(i) != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && line.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String word = line.substring(wordStart, i).toLowerCase(Locale.ROOT);
        if (word.length() <= 1) {
            return false;
        }
        return !ABBREVIATIONS.contains(" " + word + " ") || Character.isUpperCase(first) && word.equals("inc");
    }
}
